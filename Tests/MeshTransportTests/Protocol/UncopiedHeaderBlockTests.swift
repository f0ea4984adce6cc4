import Testing
@testable import MeshTransport

/// Header blocks nghttp2 reads in place (`NGHTTP2_NV_FLAG_NO_COPY_*`): only lower-case ASCII names go
/// uncopied (nghttp2 lower-cases only what it copies), and a session keeps a response's block until its
/// frame is sent, then gives its storage back to the connection's pool.
@Suite struct UncopiedHeaderBlockTests {
  /// Every length from 1 to 24 bytes (a word, two overlapping halves, three single bytes), with an
  /// upper-case letter or a byte past ASCII at each position, and the letters' neighbours '@' and '['.
  @Test func onlyLowerCaseASCIINamesPass() {
    for length in 1...24 {
      let lower = [UInt8]((0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) })
      #expect(lower.withUnsafeBytes { HeaderBlock.isLowerCaseASCII($0) }, "length \(length)")
      for position in 0..<length {
        for (byte, passes) in [(UInt8(ascii: "A"), false), (UInt8(ascii: "Z"), false), (UInt8(ascii: "M"), false),
                               (0xC3, false), (0x80, false), (UInt8(ascii: "@"), true), (UInt8(ascii: "["), true),
                               (UInt8(ascii: "-"), true), (UInt8(ascii: ":"), true), (UInt8(ascii: "9"), true)] {
          var name = lower
          name[position] = byte
          #expect(name.withUnsafeBytes { HeaderBlock.isLowerCaseASCII($0) } == passes,
                  "length \(length), byte \(byte) at \(position)")
        }
      }
    }
    #expect(HeaderBlock.isLowerCaseASCII(UnsafeRawBufferPointer(start: nil, count: 0)))
  }

  @Test func upperCaseNamesAreCopied() {
    var block = HeaderBlock()
    block.add(":path", "/grpc.testing.TestService/UnaryCall")
    block.add("X-Configured", "1")
    block.add("x-request-id", "5f0c")
    block.add("content-tYpe", "application/grpc")
    #expect(block.uncopiedNames == [":path", "x-request-id"])
    // Never-indexed stays never-indexed when uncopied.
    #expect(block.neverIndexedNames == ["x-request-id"])
  }

  /// A server session answers a request with a response block it does not copy; the client session reads
  /// every field as written (the upper-case name lower-cased by nghttp2's copy); the block is held until
  /// the frame went out, then its very storage goes back to the pool.
  @Test func heldBlockIsSentThenGivenBack() throws {
    let (clientSession, serverSession, client, server) = try connectedSessions()
    var pool = HeaderStoragePool()
    var block = pool.block(capacity: 256, fields: 8)
    block.add(":status", literal: "200")
    block.add("content-type", literal: "application/grpc")
    block.add("X-Upper", "Value-Kept")
    block.add("grpc-status", value: "0")
    block.add("x-request-id", "5f0c")
    let storage = block.withLaidOutBytes { $0.baseAddress }
    #expect(serverSession.submitResponse(streamID: 1, holding: &block, hasData: false))
    #expect(block.storageCapacity == 0)
    #expect(serverSession.heldBlockCount == 1)
    // Not sent yet: nothing is given back.
    serverSession.giveBackBlocks(into: &pool)
    #expect(serverSession.heldBlockCount == 1)
    var wire = OutboundChunks(sharesLargePieces: false)
    try serverSession.send(into: &wire)
    #expect(serverSession.heldBlockCount == 0)
    serverSession.giveBackBlocks(into: &pool)
    #expect(!serverSession.hasFinishedBlocks)
    let reused = pool.block(capacity: 16, fields: 1)
    #expect(reused.withLaidOutBytes { $0.baseAddress } == storage)
    try wire.drain { try clientSession.receive($0) }
    #expect(client.fields == [
      ":status=200", "content-type=application/grpc", "x-upper=Value-Kept", "grpc-status=0", "x-request-id=5f0c",
    ])
    #expect(client.completed == [1])
    withExtendedLifetime((client, server)) {}
  }

  /// A flush that stops at its byte limit: a block comes back once its own frame was packed and sent,
  /// not when nghttp2's queue is empty; one whose frame waits behind the limit stays held.
  @Test func flushStoppedAtItsLimitKeepsOnlyUnsentBlocks() throws {
    let (_, serverSession, client, server) = try connectedSessions()
    var pool = HeaderStoragePool()
    var block = pool.block(capacity: 64, fields: 2)
    block.add(":status", literal: "200")
    block.add("grpc-status", value: "0")
    #expect(serverSession.submitResponse(streamID: 1, holding: &block, hasData: false))
    serverSession.submitPing()
    var wire = OutboundChunks(sharesLargePieces: false)
    // The PING goes first (nghttp2's urgent queue), alone under a one-byte limit.
    try serverSession.send(into: &wire, limit: 1)
    #expect(serverSession.heldBlockCount == 1)
    try serverSession.send(into: &wire)
    #expect(serverSession.heldBlockCount == 0)
    serverSession.giveBackBlocks(into: &pool)
    #expect(!serverSession.hasFinishedBlocks)
    withExtendedLifetime((client, server)) {}
  }

  /// A client and a server session past their SETTINGS, with stream 1 opened by a request.
  private func connectedSessions() throws -> (HTTP2Session, HTTP2Session, Recorder, Recorder) {
    let client = Recorder(), server = Recorder()
    let clientSession = HTTP2Session(isServer: false, delegate: client)
    let serverSession = HTTP2Session(isServer: true, delegate: server)
    try clientSession.submitSettings([])
    try serverSession.submitSettings([])
    var request = HeaderBlock()
    request.add(":method", literal: "POST")
    request.add(":scheme", literal: "http")
    request.add(":authority", value: "upstream")
    request.add(":path", value: "/grpc.testing.TestService/UnaryCall")
    #expect(clientSession.submitRequest(headers: request) == 1)
    var wire = OutboundChunks(sharesLargePieces: false)
    try clientSession.send(into: &wire)
    try wire.drain { try serverSession.receive($0) }
    var back = OutboundChunks(sharesLargePieces: false)
    try serverSession.send(into: &back)
    try back.drain { try clientSession.receive($0) }
    #expect(server.completed == [1])
    client.fields = []
    return (clientSession, serverSession, client, server)
  }
}

/// Records the header fields and completed header blocks a session received.
private final class Recorder: HTTP2SessionDelegate {
  var fields: [String] = []
  var completed: [Int32] = []

  override func sessionHeader(streamID: Int32, name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) -> Bool {
    fields.append(String(decoding: name, as: UTF8.self) + "=" + String(decoding: value, as: UTF8.self))
    return true
  }

  override func sessionHeadersComplete(streamID: Int32, category: HTTP2Session.HeadersCategory, endStream: Bool) {
    completed.append(streamID)
  }
}
