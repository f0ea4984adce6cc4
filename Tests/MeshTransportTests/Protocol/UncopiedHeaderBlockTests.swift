import Testing
@testable import MeshTransport

/// Header blocks nghttp2 reads in place (`NGHTTP2_NV_FLAG_NO_COPY_*`): only lower-case ASCII names go
/// uncopied (nghttp2 lower-cases only what it copies), and a session keeps such a block until its frame is
/// packed, then gives its storage back to the connection's pool.
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

  /// A client session submits a request block without a copy; the server session reads every field as
  /// written (the upper-case name lower-cased by nghttp2's copy); the block is held until the frame went
  /// out, then its very storage goes back to the pool.
  @Test func heldBlockIsSentThenGivenBack() throws {
    let server = Recorder()
    let serverSession = HTTP2Session(isServer: true, delegate: server)
    let client = HTTP2SessionDelegate()
    let clientSession = HTTP2Session(isServer: false, delegate: client)
    try serverSession.submitSettings([])
    try clientSession.submitSettings([])
    var pool = HeaderStoragePool()
    var block = pool.block(capacity: 256, fields: 8)
    block.add(":method", literal: "POST")
    block.add(":scheme", literal: "http")
    block.add(":authority", value: "upstream")
    block.add(":path", value: "/grpc.testing.TestService/UnaryCall")
    block.add("content-type", literal: "application/grpc")
    block.add("X-Upper", "Value-Kept")
    block.add("grpc-timeout", neverIndexed: "4999871u")
    let storage = block.withLaidOutBytes { $0.baseAddress }
    let id = clientSession.submitRequest(holding: &block)
    #expect(id == 1)
    #expect(block.storageCapacity == 0)
    #expect(clientSession.holdsBlocks)
    // Not packed yet: nothing is given back.
    clientSession.releasePackedBlocks(into: &pool)
    #expect(clientSession.holdsBlocks)
    var wire = OutboundChunks(sharesLargePieces: false)
    try clientSession.send(into: &wire)
    clientSession.releasePackedBlocks(into: &pool)
    #expect(!clientSession.holdsBlocks)
    let reused = pool.block(capacity: 16, fields: 1)
    #expect(reused.withLaidOutBytes { $0.baseAddress } == storage)
    try wire.drain { try serverSession.receive($0) }
    #expect(server.fields == [
      ":method=POST", ":scheme=http", ":authority=upstream", ":path=/grpc.testing.TestService/UnaryCall",
      "content-type=application/grpc", "x-upper=Value-Kept", "grpc-timeout=4999871u",
    ])
    #expect(server.completed == [1])
    withExtendedLifetime((client, server)) {}
  }

  /// A request waiting for a stream slot (the peer allows none yet) stays queued in nghttp2: its block is
  /// held through flushes until it is sent.
  @Test func queuedRequestKeepsItsBlock() throws {
    let client = HTTP2SessionDelegate()
    let clientSession = HTTP2Session(isServer: false, delegate: client)
    let server = Recorder()
    let serverSession = HTTP2Session(isServer: true, delegate: server)
    try clientSession.submitSettings([])
    try serverSession.submitSettings([(3, 0)]) // SETTINGS_MAX_CONCURRENT_STREAMS 0
    var fromServer = OutboundChunks(sharesLargePieces: false)
    try serverSession.send(into: &fromServer)
    try fromServer.drain { try clientSession.receive($0) }
    var pool = HeaderStoragePool()
    var block = pool.block(capacity: 128, fields: 4)
    block.add(":method", literal: "POST")
    block.add(":scheme", literal: "http")
    block.add(":path", value: "/a")
    _ = clientSession.submitRequest(holding: &block)
    var wire = OutboundChunks(sharesLargePieces: false)
    try clientSession.send(into: &wire)
    clientSession.releasePackedBlocks(into: &pool)
    #expect(clientSession.holdsBlocks)
    withExtendedLifetime((client, server)) {}
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
