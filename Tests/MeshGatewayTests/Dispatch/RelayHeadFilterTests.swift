import MeshConfig
import MeshCore
@testable import MeshGateway
import MeshLogging
import MeshRateLimit
import MeshTransport
import Testing

/// The relay's edge filters and interceptors on a call's header fields in place (`RelayHead`), alone and in
/// memory: each decides as it does on the usual path's head for the same request.
@Suite("Relay head: filters and interceptors on the fields in place")
struct RelayHeadFilterTests {
  static let method = MethodDescriptor(path: "/relay.Test/Echo")!

  static func head(_ fields: [(String, String)], method: MethodDescriptor = method) -> RelayHead {
    RelayHead(method: method, authority: "gateway.test", peer: "ipv4:10.1.2.3:5000", isSecure: false,
              fields: RequestHeaderFields(fields))
  }

  static func names(_ head: RelayHead) -> [String] { head.fields.textFields.map(\.0) }

  @Test("Request id: a valid one kept, not echoed; absent, invalid or duplicate ones replaced by one fresh id, echoed")
  func requestID() throws {
    var kept = Self.head([("x-request-id", "abc-123")])
    #expect(RequestIDFilter().filter(inPlace: &kept).proceeds)
    #expect(kept.fields.onlyString(named: "x-request-id") == "abc-123")
    #expect(kept.responseFields.textFields.isEmpty)
    for sent in [[], [("x-request-id", "a b")], [("x-request-id", "a"), ("x-request-id", "b")]] {
      var head = Self.head(sent + [("x-other", "1")])
      #expect(RequestIDFilter().filter(inPlace: &head).proceeds)
      let id = try #require(head.fields.onlyString(named: "x-request-id"), "\(sent)")
      #expect(RequestIDFilter.isValid(id) && id.count == 36 && id != "a" && id != "b")
      #expect(head.responseFields.textFields.map { "\($0.0)=\($0.1)" } == ["x-request-id=\(id)"])
      #expect(head.fields.contains(named: "x-other"))
    }
  }

  @Test("Request id with request_id_response always (every id echoed) and never (none echoed, a made one still sent on)")
  func requestIDResponse() throws {
    for response in [RequestIDResponseSpec.always, .never] {
      let filter = RequestIDFilter(response: response)
      for sent in [[("x-request-id", "abc-123")], [], [("x-request-id", "a b")]] as [[(String, String)]] {
        var head = Self.head(sent)
        #expect(filter.filter(inPlace: &head).proceeds)
        let id = try #require(head.fields.onlyString(named: "x-request-id"), "\(response) \(sent)")
        #expect(RequestIDFilter.isValid(id) && (sent.first?.1 == "abc-123") == (id == "abc-123"))
        let echoed = head.responseFields.textFields.map { "\($0.0)=\($0.1)" }
        #expect(echoed == (response == .never ? [] : ["x-request-id=\(id)"]), "\(response) \(sent)")
      }
    }
  }

  @Test("Trace parent: a valid one continued with the gateway's span, duplicates replaced by a new trace; none in the response")
  func traceParent() throws {
    let sent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"
    var head = Self.head([("traceparent", sent)])
    #expect(TraceParentFilter().filter(inPlace: &head).proceeds)
    let value = try #require(head.fields.onlyString(named: "traceparent"))
    let span = try #require(TraceParent(header: value))
    #expect(span.traceID == "0af7651916cd43dd8448eb211c80319c" && span.parentID != "b7ad6b7169203331")
    #expect(head.responseFields.textFields.isEmpty)
    var twice = Self.head([("traceparent", sent), ("traceparent", sent)])
    #expect(TraceParentFilter().filter(inPlace: &twice).proceeds)
    let fresh = try #require(twice.fields.onlyString(named: "traceparent"))
    #expect(TraceParent(header: fresh)?.traceID != span.traceID)
  }

  @Test("Limits: a header too large or too many fields refused as the usual path refuses them")
  func limits() {
    let filter = RequestLimitsFilter(limits: RequestLimits(maxHeaderCount: 5, maxHeaderBytes: 1024))
    for (fields, refused) in [
      ([("x-a", "1")], false),
      ([("x-big", String(repeating: "v", count: 1000))], true),
      ((0..<4).map { ("x-\($0)", "v") }, true),
      ((0..<3).map { ("x-\($0)", "v") }, false),
    ] as [([(String, String)], Bool)] {
      var head = Self.head(fields)
      let usual = filter.filter(edgeHead("POST", Self.method.path,
                                         headers: [("content-type", "application/grpc"), ("host", "gateway.test")] + fields))
      let inPlace = filter.filter(inPlace: &head)
      #expect(inPlace.endCode == (refused ? .invalidArgument : nil), "\(fields.count) fields")
      if case .reject(let error) = usual { #expect(inPlace.endCode == error.code) } else { #expect(inPlace.proceeds) }
    }
  }

  @Test("Limits: a relayed call (POST) refused with UNIMPLEMENTED where the limits accept no POST, as on the usual path")
  func limitsOnMethod() {
    for (methods, refused) in [(["GET"], true), (["GET", "POST"], false), ([], true)] as [(Set<String>, Bool)] {
      let filter = RequestLimitsFilter(limits: RequestLimits(allowedMethods: methods))
      var head = Self.head([("x-a", "1")])
      let usual = filter.filter(edgeHead("POST", Self.method.path, headers: [("content-type", "application/grpc")]))
      #expect(filter.filter(inPlace: &head).endCode == (refused ? .unimplemented : nil), "\(methods)")
      if case .reject(let error) = usual { #expect(error.code == .unimplemented && refused) } else { #expect(!refused) }
    }
  }

  @Test("Path: a gRPC method's path goes on; one the usual path would rewrite goes there; a bad one is refused")
  func path() throws {
    var normal = Self.head([])
    #expect(PathNormalizationFilter().filter(inPlace: &normal).proceeds)
    var dotted = Self.head([], method: try #require(MethodDescriptor(path: "/./Echo")))
    #expect(PathNormalizationFilter().filter(inPlace: &dotted).isUsualPath)
    var climbing = Self.head([], method: try #require(MethodDescriptor(path: "/../Echo")))
    #expect(PathNormalizationFilter().filter(inPlace: &climbing).endCode == .invalidArgument)
  }

  @Test("Deny rules read header values in place, case-insensitively")
  func denyRules() {
    let filter = DenyRulesFilter(rules: [DenyRule(header: ("x-client", .prefix("Bad")))])
    var bad = Self.head([("x-client", "ok"), ("x-client", "BADBOT/1")])
    #expect(filter.filter(inPlace: &bad).endCode == .permissionDenied)
    var good = Self.head([("x-client", "ok")])
    #expect(filter.filter(inPlace: &good).proceeds)
  }

  @Test("Identity fields a client sent are stripped in every letter case; others kept in order", arguments: [
    "x-mesh-user-id", "X-Mesh-User-Id", "X-MESH-SCOPES", "x-MESH-auth-method",
  ])
  func identityStripped(name: String) {
    var head = Self.head([("x-a", "1"), (name, "mallory"), ("x-mesh", "kept"), ("x-b", "2")])
    #expect(IdentityStripInterceptor().admitNow(inPlace: &head))
    #expect(Self.names(head) == ["x-a", "x-mesh", "x-b"])
  }

  @Test("The reserved prefix read as two words is the byte-wise, letter-case-blind check, byte for byte")
  func reservedPrefixWordWise() {
    // The byte-wise check `isReserved` was: ASCII letters folded, every other byte as it is.
    func byteWise(_ name: [UInt8]) -> Bool {
      let prefix = Array("x-mesh-".utf8)
      guard name.count >= prefix.count else { return false }
      return zip(name, prefix).allSatisfy { byte, expected in
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 == expected : byte == expected
      }
    }
    // Every byte at every place of the prefix (a letter's other case, `-`'s 0x20-bit twin CR, ...), then
    // names around its length.
    for place in 0..<7 {
      for byte in UInt8.min...UInt8.max {
        var name = Array("x-mesh-user-id".utf8)
        name[place] = byte
        #expect(name.withUnsafeBytes { IdentityMetadata.isReserved($0) } == byteWise(name), "\(name)")
      }
    }
    for name in ["", "x", "x-mesh", "x-mesh-", "X-MESH-", "x-mesh_", "y-mesh-a", "x-meshy", "X-Mesh-User-Id"] {
      let bytes = Array(name.utf8)
      #expect(bytes.withUnsafeBytes { IdentityMetadata.isReserved($0) } == byteWise(bytes), "\(name)")
    }
  }

  @Test("The local limit keys a relayed call by the host its connection parsed once, one budget per host")
  func localLimitByConnectionHost() throws {
    let limiter = LocalRateLimitInterceptor(rules: [try LocalRateLimitRule(name: "per-ip", requestsPerSecond: 0.01,
                                                                           burst: 2, keys: [.clientIP])],
                                            clock: VirtualClock(start: 1_000_000_000))
    func head(peer: String, host: String? = nil) -> RelayHead {
      RelayHead(method: Self.method, authority: nil, peer: peer, peerHost: host, isSecure: false,
                fields: RequestHeaderFields([]))
    }
    // Made from the peer when the connection gave none: two connections (ports) of one host share a budget.
    #expect(head(peer: "ipv6:[::1]:5000").peerHost == "::1")
    var first = head(peer: "ipv4:10.0.0.1:1000"), second = head(peer: "ipv4:10.0.0.1:1001")
    #expect(try limiter.admitNow(inPlace: &first))
    #expect(try limiter.admitNow(inPlace: &second))
    var over = head(peer: "ipv4:10.0.0.9:7", host: "10.0.0.1")
    #expect(throws: RPCError.self) { try limiter.admitNow(inPlace: &over) }
    // The connection's host is the key, not the peer text: another host has its own budget.
    var other = head(peer: "ipv4:10.0.0.1:1002", host: "10.0.0.2")
    #expect(try limiter.admitNow(inPlace: &other))
  }

  @Test("A filter without an in-place form runs on an adapted head; a chain that must rewrite is undone")
  func adapterAndRevert() {
    let filters = InPlaceFilterChain.make([RequestIDFilter(), RewritingFilter()])
    #expect(filters[1] is EdgeFilterAdapter)
    let received = [("x-request-id", "bad id"), ("x-mesh-user-id", "mallory")]
    var head = Self.head(received)
    #expect(InPlaceFilterChain.run(filters, on: &head).isUsualPath)
    head.fields.revertEdits()
    #expect(head.fields.textFields.map { "\($0.0)=\($0.1)" } == received.map { "\($0.0)=\($0.1)" })
  }

  @Test("Only the fields that may cross go upstream")
  func forwarded() {
    var head = Self.head([("user-agent", "curl"), ("connection", "x"), ("x-keep", "1"), ("te", "trailers")])
    head.fields.removeAll(where: ForwardedMetadata.dropped)
    #expect(Self.names(head) == ["x-keep"])
  }

  @Test("A relayed field is dropped by its bytes exactly when the usual path drops it by name", arguments: [
    "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "host", "content-type",
    "content-length", "user-agent", "grpc-timeout", "grpc-encoding", "grpc-accept-encoding", "grpc-status",
    "grpc-message", "grpc-status-details-bin", ":path", ":", "",
    // The same lengths, one byte apart, and neighbours in length.
    "tf", "hosT", "upgradx", "connectiom", "keep-alivf", "user-agenx", "grpc-statux", "content-typf", "grpc-timeoux",
    "grpc-messagx", "grpc-encodinx", "content-lengtx", "proxy-connectiom", "transfer-encodinx", "grpc-accept-encodinx",
    "grpc-status-details-bix", "x-grpc-status", "grpc-statu", "t", "x-request-id",
  ])
  func droppedByBytes(name: String) {
    let bytes = Array(name.utf8)
    #expect(bytes.withUnsafeBytes { ForwardedMetadata.dropped($0) } == ForwardedMetadata.dropped(name))
  }

  @Test("A sent traceparent is read from its bytes by TraceParent's rules", arguments: [
    "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
    "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-00",
    "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-ff",
    "01-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
    "01-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01-later",
    "01-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01x",
    "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01-",
    "ff-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
    "0g-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
    "00-0AF7651916CD43DD8448EB211C80319C-b7ad6b7169203331-01",
    "00-00000000000000000000000000000000-b7ad6b7169203331-01",
    "00-0af7651916cd43dd8448eb211c80319c-0000000000000000-01",
    "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-0g",
    "00_0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
    "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-1",
    "", "00",
  ])
  func traceParentBytes(sent: String) throws {
    let expected = TraceParent(header: sent)
    #expect(Array(sent.utf8).withUnsafeBytes { TraceParentBytes.isValid($0) } == (expected != nil))
    var head = Self.head([("x-a", "1"), ("traceparent", sent)])
    #expect(TraceParentFilter().filter(inPlace: &head).proceeds)
    let value = try #require(head.fields.onlyString(named: "traceparent"))
    let written = try #require(TraceParent(header: value), "\(value)")
    #expect(value.utf8.count == 55 && value.hasPrefix("00-"))
    #expect(head.responseFields.textFields.isEmpty)
    #expect(Self.names(head) == ["x-a", "traceparent"])
    if let expected {
      // Continued: the trace and its flags kept, a span of the gateway's own.
      #expect(written.traceID == expected.traceID && written.flags == expected.flags)
      #expect(written.parentID != expected.parentID)
    } else {
      #expect(written.flags == 1 && !sent.contains(written.traceID))
    }
  }

  @Test("A fresh request id written as bytes: a version-4 UUID's layout, different every time")
  func requestIDBytes() {
    var seen: Set<String> = []
    for _ in 0..<200 {
      let id = RequestIDFilter.generate()
      let characters = Array(id)
      #expect(characters.count == 36 && RequestIDFilter.isValid(id))
      for (index, character) in characters.enumerated() {
        if [8, 13, 18, 23].contains(index) {
          #expect(character == "-", "\(id)")
        } else {
          #expect(character.isHexDigit && !character.isUppercase, "\(id)")
        }
      }
      #expect(characters[14] == "4" && "89ab".contains(characters[19]), "\(id)")
      seen.insert(id)
    }
    #expect(seen.count == 200)
  }
}

/// A filter with no in-place form that rewrites the request (adds a header): the relay leaves such calls
/// to the usual path.
private struct RewritingFilter: EdgeRequestFilter {
  func filter(_ request: EdgeRequestHead) -> EdgeFilterResult {
    var head = request
    head.headers.append(("x-added", "1"))
    return .proceed(head, responseHeaders: [])
  }
}

extension InPlaceFilterResult {
  var proceeds: Bool { if case .proceed = self { true } else { false } }
  var isUsualPath: Bool { if case .usualPath = self { true } else { false } }
  var endCode: Status.Code? { if case .end(let status, _) = self { status.code } else { nil } }
}

@Suite("Access log time: the second formatted once, the same text as LogTimestamp")
struct AccessLogTimeTests {
  @Test(arguments: [(0, 0), (1_764_720_000, 5), (1_764_720_000, 999), (1_764_720_001, 42), (1_764_719_999, 100)])
  func sameTextAsLogTimestamp(seconds: Int, milliseconds: Int) {
    let time = LogTimestamp(seconds: seconds, milliseconds: milliseconds)
    #expect(AccessLogTime.text(for: time) == time.iso8601)
  }
}
