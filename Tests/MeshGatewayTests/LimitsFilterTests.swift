import MeshCore
import MeshGateway
import Testing

@Suite("Limits, path normalisation and deny rules (edge filters, in memory)")
struct LimitsFilterTests {
  @Test("URL length, header count and bytes, and methods are limited; the body limit is exposed")
  func limits() {
    let filter = RequestLimitsFilter(limits: RequestLimits(maxURLBytes: 32, maxHeaderCount: 3, maxHeaderBytes: 200,
                                                           maxBodyBytes: 1024, allowedMethods: ["GET", "POST"]))
    #expect(filter.filter(edgeHead("GET", "/ok")).proceededHead?.target == "/ok")
    #expect(filter.filter(edgeHead("GET", "/" + String(repeating: "a", count: 32))).rejectedCode == .invalidArgument)
    let many = (0..<4).map { ("x-h\($0)", "v") }
    #expect(filter.filter(edgeHead("GET", "/ok", headers: many)).rejectedCode == .invalidArgument)
    #expect(filter.filter(edgeHead("GET", "/ok", headers: [("x-big", String(repeating: "b", count: 200))])).rejectedCode == .invalidArgument)
    #expect(filter.filter(edgeHead("TRACE", "/ok")).rejectedCode == .unimplemented)
    #expect(filter.filter(edgeHead("POST", "/ok", headers: [("a", "1"), ("b", "2"), ("c", "3")])).proceededHead != nil)
    #expect(filter.limits.maxBodyBytes == 1024)
  }

  @Test("Normalisation: dot segments, //, unreserved escapes", arguments: [
    ("/a/b/../c", "/a/c"), ("/a/./b", "/a/b"), ("//a///b", "/a/b"), ("/%61dmin/", "/admin/"), ("/a/%7Euser", "/a/~user"),
    ("/a/%2e%2E/b", "/b"), ("/a/%20b", "/a/%20b"), ("/a/%c3%a9", "/a/%C3%A9"), ("/", "/"), ("/a/..", "/"), ("/a/b/.", "/a/b/"),
    ("/grpc.testing.TestService/EmptyCall", "/grpc.testing.TestService/EmptyCall"),
    // Around the shortcut for paths that are normal already.
    ("/a/", "/a/"), ("/a/.../b", "/a/.../b"), ("/.a/b./..c", "/.a/b./..c"), ("/a/.", "/a/"), ("/a/./", "/a/"),
    ("/a//", "/a/"), ("/a/b/..", "/a/"), ("/a\\b", "/a\\b"),
  ])
  func normalises(input: String, expected: String) {
    #expect(PathNormalizer.normalize(input) == .success(expected))
  }

  @Test("Normalisation refuses what cannot be made safe", arguments: [
    ("/a/%2F/b", PathNormalizer.Failure.encodedSeparator), ("/a%2fb", .encodedSeparator), ("/a/%5Cb", .encodedSeparator),
    ("/..", .escapesRoot), ("/a/../../etc/passwd", .escapesRoot), ("/%2e%2e/x", .escapesRoot), ("/a/%zz", .malformedEscape),
    ("/a/%4", .malformedEscape), ("a/b", .notAbsolute), ("/a b", .invalidCharacter), ("/a\u{7F}", .invalidCharacter),
  ])
  func refuses(input: String, failure: PathNormalizer.Failure) {
    #expect(PathNormalizer.normalize(input) == .failure(failure))
  }

  @Test("The normalisation filter rewrites the target, keeps the query, and refuses with INVALID_ARGUMENT")
  func normalisationFilter() {
    let filter = PathNormalizationFilter()
    #expect(filter.filter(edgeHead("GET", "/v1/../admin//users?x=%2F&y=1")).proceededHead?.target == "/admin/users?x=%2F&y=1")
    #expect(filter.filter(edgeHead("GET", "/v1/%2F..%2Fadmin")).rejectedCode == .invalidArgument)
    #expect(filter.filter(edgeHead("POST", "/pkg.Service/Method")).proceededHead?.target == "/pkg.Service/Method")
    #expect(filter.filter(edgeHead("GET", "/a/./b")).proceededHead?.target == "/a/b")
    #expect(filter.filter(edgeHead("GET", "/a/b?")).proceededHead?.target == "/a/b?")
    #expect(filter.filter(edgeHead("GET", "/a/../b?q=/../")).proceededHead?.target == "/b?q=/../")
    #expect(filter.filter(edgeHead("GET", "/a b?x")).rejectedCode == .invalidArgument)
  }

  @Test("Deny rules by path prefix, exact path, method and header, after normalisation")
  func denyRules() {
    let rules = [
      DenyRule(pathPrefix: "/admin/"),
      DenyRule(path: "/v1/orders", method: "DELETE"),
      DenyRule(header: ("user-agent", .contains("sqlmap"))),
      DenyRule(pathPrefix: "/internal", header: ("x-debug", .present)),
      DenyRule(header: ("x-env", .exact("Staging"))),
      DenyRule(header: ("referer", .prefix("http://evil."))),
    ]
    let chain: [any EdgeRequestFilter] = [PathNormalizationFilter(), DenyRulesFilter(rules: rules)]
    func run(_ head: EdgeRequestHead) -> EdgeFilterResult {
      var head = head
      for filter in chain {
        let result = filter.filter(head)
        guard case .proceed(let next, _) = result else { return result }
        head = next
      }
      return .proceed(head, responseHeaders: [])
    }
    #expect(run(edgeHead("GET", "/admin/users")).rejectedCode == .permissionDenied)
    #expect(run(edgeHead("GET", "/public/../admin/users")).rejectedCode == .permissionDenied)
    #expect(run(edgeHead("GET", "/%61dmin/users")).rejectedCode == .permissionDenied)
    #expect(run(edgeHead("GET", "/administrator")).proceededHead != nil)
    #expect(run(edgeHead("DELETE", "/v1/orders")).rejectedCode == .permissionDenied)
    #expect(run(edgeHead("GET", "/v1/orders")).proceededHead != nil)
    #expect(run(edgeHead("GET", "/x", headers: [("user-agent", "Mozilla SQLMap/1.5")])).rejectedCode == .permissionDenied)
    #expect(run(edgeHead("GET", "/internal/x")).proceededHead != nil)
    #expect(run(edgeHead("GET", "/internal/x", headers: [("x-debug", "")])).rejectedCode == .permissionDenied)
    #expect(run(edgeHead("GET", "/x", headers: [("x-env", "staging")])).rejectedCode == .permissionDenied)
    #expect(run(edgeHead("GET", "/x", headers: [("x-env", "staging2")])).proceededHead != nil)
    #expect(run(edgeHead("GET", "/x", headers: [("referer", "http://evil.example/")])).rejectedCode == .permissionDenied)
  }
}
