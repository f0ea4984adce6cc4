import CNGHTTP2
import Testing
@testable import MeshTransport

/// Our sessions turn RFC 7540's priorities off (SETTINGS_NO_RFC7540_PRIORITIES = 1, RFC 9218 §2.1): the
/// setting goes out in our SETTINGS on both sides, and a closed stream is freed at once instead of being
/// kept in nghttp2's priority tree.
@Suite struct SessionPrioritiesTests {
  @Test func settingsCarryNoRFC7540Priorities() throws {
    // The session holds its delegate unretained: the test keeps it alive.
    let delegate = HTTP2SessionDelegate()
    defer { withExtendedLifetime(delegate) {} }
    for isServer in [true, false] {
      let session = HTTP2Session(isServer: isServer, delegate: delegate)
      try session.submitSettings([(Int32(NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS.rawValue), 100)])
      let entries = try Self.firstSettings(sentBy: session, isServer: isServer)
      #expect(entries.contains { $0.id == 9 && $0.value == 1 }, "server \(isServer): \(entries)")
      #expect(entries.contains { $0.id == 3 && $0.value == 100 }, "server \(isServer): \(entries)")
    }
  }

  /// A caller's own value is sent as it is, not a second time.
  @Test func callersValueIsKept() throws {
    let delegate = HTTP2SessionDelegate()
    defer { withExtendedLifetime(delegate) {} }
    let session = HTTP2Session(isServer: true, delegate: delegate)
    try session.submitSettings([(HTTP2Session.noRFC7540Priorities, 0)])
    let entries = try Self.firstSettings(sentBy: session, isServer: true)
    #expect(entries.filter { $0.id == 9 }.map(\.value) == [0])
    #expect(HTTP2Session.settingName(HTTP2Session.noRFC7540Priorities) == "SETTINGS_NO_RFC7540_PRIORITIES")
  }

  /// A whole exchange (request with END_STREAM, Trailers-Only response): afterwards neither session knows
  /// the stream, where nghttp2's server session would otherwise keep it closed in its priority tree.
  @Test func closedStreamIsFreed() throws {
    let client = Ender(), server = Ender()
    let clientSession = HTTP2Session(isServer: false, delegate: client)
    let serverSession = HTTP2Session(isServer: true, delegate: server)
    try clientSession.submitSettings([])
    try serverSession.submitSettings([])
    var request = HeaderBlock()
    request.add(":method", literal: "POST")
    request.add(":scheme", literal: "http")
    request.add(":authority", value: "upstream")
    request.add(":path", value: "/grpc.testing.TestService/EmptyCall")
    #expect(clientSession.submitRequest(headers: request) == 1)
    try exchange(clientSession, serverSession)
    #expect(server.requests == [1])
    var response = HeaderBlock()
    response.add(":status", literal: "200")
    response.add("grpc-status", value: "0")
    #expect(serverSession.submitResponse(streamID: 1, headers: response, hasData: false))
    try exchange(clientSession, serverSession)
    #expect(server.closed == [1])
    #expect(client.closed == [1])
    #expect(nghttp2_session_find_stream(serverSession.raw, 1) == nil)
    #expect(nghttp2_session_find_stream(clientSession.raw, 1) == nil)
    withExtendedLifetime((client, server)) {}
  }

  /// Bytes both ways until neither session has anything to send.
  private func exchange(_ client: HTTP2Session, _ server: HTTP2Session) throws {
    for _ in 0..<8 {
      var toServer = OutboundChunks(sharesLargePieces: false), toClient = OutboundChunks(sharesLargePieces: false)
      try client.send(into: &toServer)
      try toServer.drain { try server.receive($0) }
      try server.send(into: &toClient)
      try toClient.drain { try client.receive($0) }
      if !client.wantsWrite && !server.wantsWrite { return }
    }
  }

  /// The entries of the first SETTINGS frame a session sends (after the client's connection preface).
  private static func firstSettings(sentBy session: HTTP2Session, isServer: Bool) throws -> [(id: Int, value: UInt32)] {
    var wire = OutboundChunks(sharesLargePieces: false)
    try session.send(into: &wire)
    var bytes: [UInt8] = []
    try wire.drain { bytes.append(contentsOf: $0) }
    let start = isServer ? 0 : 24
    guard bytes.count >= start + 9, bytes[start + 3] == 4 else { return [] }
    let length = Int(bytes[start]) << 16 | Int(bytes[start + 1]) << 8 | Int(bytes[start + 2])
    let payload = bytes[(start + 9)..<min(bytes.count, start + 9 + length)]
    return stride(from: payload.startIndex, to: payload.endIndex - 5, by: 6).map { at in
      (Int(payload[at]) << 8 | Int(payload[at + 1]),
       payload[(at + 2)...(at + 5)].reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
    }
  }
}

/// Ends the request's DATA at once (END_STREAM), and records requests and closed streams.
private final class Ender: HTTP2SessionDelegate {
  var requests: [Int32] = []
  var closed: [Int32] = []

  override func sessionHeadersComplete(streamID: Int32, category: HTTP2Session.HeadersCategory, endStream: Bool) {
    if category == .request { requests.append(streamID) }
  }

  override func sessionReadData(streamID: Int32, into buffer: UnsafeMutableRawBufferPointer) -> HTTP2Session.DataRead {
    .end(0, trailers: false)
  }

  override func sessionStreamClosed(streamID: Int32, errorCode: UInt32) { closed.append(streamID) }
}
