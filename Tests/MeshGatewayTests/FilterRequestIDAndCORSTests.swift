import MeshConfig
import MeshCore
import MeshGateway
import Testing

@Suite("Request id and CORS (edge filters, in memory)")
struct FilterRequestIDAndCORSTests {
  @Test("A valid x-request-id is kept, not echoed; an absent or invalid one is replaced by a fresh one, echoed")
  func requestID() throws {
    let filter = RequestIDFilter()
    let kept = filter.filter(edgeHead("GET", "/", headers: [("x-request-id", "abc-123")]))
    #expect(kept.proceededHead?.header("x-request-id") == "abc-123")
    // The client knows the id it sent: the response does not repeat it.
    #expect(kept.addedHeaders.isEmpty)

    let generated = filter.filter(edgeHead("GET", "/"))
    let id = try #require(generated.proceededHead?.header("x-request-id"))
    #expect(id.count == 36 && RequestIDFilter.isValid(id))
    #expect(generated.addedHeaders.first { $0.0 == "x-request-id" }?.1 == id)
    #expect(filter.filter(edgeHead("GET", "/")).proceededHead?.header("x-request-id") != id)

    for bad in ["", "a b", "x\r\ninjected: 1", String(repeating: "a", count: 129), "é"] {
      let replaced = filter.filter(edgeHead("GET", "/", headers: [("x-request-id", bad)]))
      let head = try #require(replaced.proceededHead)
      #expect(head.headers.filter { $0.name == "x-request-id" }.count == 1)
      #expect(head.header("x-request-id") != bad && RequestIDFilter.isValid(head.header("x-request-id") ?? ""))
      #expect(replaced.addedHeaders.map(\.0) == ["x-request-id"] && replaced.addedHeaders.first?.1 == head.header("x-request-id"))
    }
    // Two ids sent: the request gets exactly one, a fresh one.
    let two = filter.filter(edgeHead("GET", "/", headers: [("x-request-id", "a"), ("x-request-id", "b")]))
    #expect(two.proceededHead?.headers.filter { $0.name == "x-request-id" }.count == 1)
  }

  @Test("request_id_response: always echoes a kept id too; never echoes none, a made id still goes upstream")
  func requestIDResponse() throws {
    let always = RequestIDFilter(response: .always)
    let kept = always.filter(edgeHead("GET", "/", headers: [("x-request-id", "abc-123")]))
    #expect(kept.proceededHead?.header("x-request-id") == "abc-123")
    #expect(kept.addedHeaders.map { "\($0.0)=\($0.1)" } == ["x-request-id=abc-123"])
    let made = always.filter(edgeHead("GET", "/", headers: [("x-request-id", "a b")]))
    let madeID = try #require(made.proceededHead?.header("x-request-id"))
    #expect(madeID != "a b" && made.addedHeaders.map { "\($0.0)=\($0.1)" } == ["x-request-id=\(madeID)"])

    let never = RequestIDFilter(response: .never)
    for sent in [[], [("x-request-id", "abc-123")], [("x-request-id", "a b")]] {
      let result = never.filter(edgeHead("GET", "/", headers: sent))
      let id = try #require(result.proceededHead?.header("x-request-id"), "\(sent)")
      #expect(RequestIDFilter.isValid(id) && (sent.first?.1 == "abc-123") == (id == "abc-123"))
      #expect(result.addedHeaders.isEmpty, "\(sent)")
    }
  }

  @Test("CORS: preflight answered for allowed origins, methods and headers; refused otherwise")
  func preflight() throws {
    let filter = CORSFilter(policy: CORSPolicy(allowedOrigins: ["https://app.example"], allowedMethods: ["GET", "POST"],
                                               maxAgeSeconds: 300))
    let asked = edgeHead("OPTIONS", "/grpc.testing.TestService/EmptyCall", headers: [
      ("origin", "https://app.example"), ("access-control-request-method", "POST"),
      ("access-control-request-headers", "Content-Type, X-Grpc-Web, authorization"),
    ])
    guard case .respond(let status, let headers, let body) = filter.filter(asked) else {
      Issue.record("a preflight is answered by the filter")
      return
    }
    let answer = Dictionary(headers, uniquingKeysWith: { a, _ in a })
    #expect(status == 204 && body.isEmpty)
    #expect(answer["access-control-allow-origin"] == "https://app.example")
    #expect(answer["access-control-allow-methods"] == "GET, POST")
    #expect(answer["access-control-allow-headers"]?.contains("x-grpc-web") == true)
    #expect(answer["access-control-max-age"] == "300" && answer["vary"] == "origin")

    let otherOrigin = edgeHead("OPTIONS", "/", headers: [("origin", "https://evil.example"), ("access-control-request-method", "POST")])
    #expect(filter.filter(otherOrigin).respondedStatus == 403)
    let badMethod = edgeHead("OPTIONS", "/", headers: [("origin", "https://app.example"), ("access-control-request-method", "DELETE")])
    #expect(filter.filter(badMethod).respondedStatus == 403)
    let badHeader = edgeHead("OPTIONS", "/", headers: [("origin", "https://app.example"), ("access-control-request-method", "GET"),
                                                      ("access-control-request-headers", "x-secret")])
    #expect(filter.filter(badHeader).respondedStatus == 403)
  }

  @Test("CORS: actual requests get allow and expose headers (grpc-status, grpc-message, retry-after); others none")
  func actualRequests() {
    let filter = CORSFilter(policy: CORSPolicy(allowedOrigins: ["https://app.example"]))
    let allowed = filter.filter(edgeHead("POST", "/x", headers: [("origin", "https://app.example")]))
    let headers = Dictionary(allowed.addedHeaders, uniquingKeysWith: { a, _ in a })
    #expect(allowed.proceededHead != nil)
    #expect(headers["access-control-allow-origin"] == "https://app.example")
    let exposed = headers["access-control-expose-headers"] ?? ""
    for name in ["grpc-status", "grpc-message", "retry-after", "x-ratelimit-limit-name"] { #expect(exposed.contains(name)) }

    let foreign = filter.filter(edgeHead("POST", "/x", headers: [("origin", "https://evil.example")]))
    #expect(foreign.proceededHead != nil && !foreign.addedHeaders.contains { $0.0.hasPrefix("access-control-") })
    let sameOrigin = filter.filter(edgeHead("POST", "/x"))
    #expect(sameOrigin.addedHeaders.isEmpty)
    // A plain OPTIONS (no access-control-request-method) is not a preflight: it goes to the route.
    #expect(filter.filter(edgeHead("OPTIONS", "/x", headers: [("origin", "https://app.example")])).proceededHead != nil)
  }

  @Test("CORS: * answers * without credentials and the caller's origin with them")
  func wildcard() {
    let open = CORSFilter(policy: CORSPolicy(allowedOrigins: ["*"]))
    #expect(open.filter(edgeHead("GET", "/", headers: [("origin", "https://a.example")])).addedHeaders
      .contains { $0 == ("access-control-allow-origin", "*") })
    let credentialed = CORSFilter(policy: CORSPolicy(allowedOrigins: ["*"], allowCredentials: true))
    let headers = credentialed.filter(edgeHead("GET", "/", headers: [("origin", "https://a.example")])).addedHeaders
    #expect(headers.contains { $0 == ("access-control-allow-origin", "https://a.example") })
    #expect(headers.contains { $0 == ("access-control-allow-credentials", "true") })
  }
}
