@testable import MeshProtobuf
import MeshCore
import MeshProtos
import Testing

/// A message's large byte fields leave the packer as the arrays the message holds (the transport writes
/// them by reference); the pieces in order are always the bytes of the message packed whole.
@Suite struct SplitPackerTests {
  typealias AllTypes = Mesh_Testing_V1_AllTypes

  /// Whether `piece` is `array`'s own storage (shared), not a copy of it.
  static func shares(_ piece: [UInt8], _ array: [UInt8]) -> Bool {
    piece.withUnsafeBufferPointer { a in array.withUnsafeBufferPointer { b in a.baseAddress == b.baseAddress } }
      && piece.count == array.count
  }

  /// The arrays of the pieces (one for a whole message).
  static func arrays(_ pieces: WirePieces) -> [[UInt8]] {
    switch pieces {
    case .whole(let bytes): [bytes]
    case .pieces(let pieces): pieces
    }
  }

  static func expectPieces<Message: ProtobufMessage>(
    _ message: Message, sharing arrays: [[UInt8]], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let pieces = try message.wirePieces()
    #expect(pieces.joined == (try message.wireBytes()), sourceLocation: sourceLocation)
    let all = Self.arrays(pieces)
    for array in arrays {
      #expect(all.contains { Self.shares($0, array) }, "an array of \(array.count) bytes was copied",
              sourceLocation: sourceLocation)
    }
    #expect(all.allSatisfy { !$0.isEmpty }, "an empty piece", sourceLocation: sourceLocation)
  }

  @Test("the interop response: its 64 KiB body is the handler's array, after the packed header bytes")
  func interopResponse() throws {
    var response = Grpc_Testing_SimpleResponse()
    var payload = Grpc_Testing_Payload()
    payload.body = PackerTests.body(65_536)
    response.payload = payload
    try Self.expectPieces(response, sharing: [payload.body])
    let pieces = Self.arrays(try response.wirePieces())
    #expect(pieces.count == 2 && Self.shares(pieces[1], payload.body))
    // Fields after the large one come after it.
    response.hostname = "host"
    response.username = "user"
    try Self.expectPieces(response, sharing: [payload.body])
  }

  @Test("below 8 KiB a message is one piece")
  func smallIsWhole() throws {
    var payload = Grpc_Testing_Payload()
    payload.body = PackerTests.body(8 * 1024 - 1)
    let whole = try payload.wireBytes()
    guard case .whole(let bytes) = try payload.wirePieces() else { Issue.record("a small message in pieces"); return }
    #expect(bytes == whole)
    guard case .whole(let empty) = try AllTypes().wirePieces() else { Issue.record("an empty message in pieces"); return }
    #expect(empty.isEmpty)
  }

  @Test("large arrays anywhere: first field, repeated, map values, oneof, one array set twice")
  func largeArraysAnywhere() throws {
    let a = PackerTests.body(9_000), b = PackerTests.body(20_000), c = PackerTests.body(8_192)
    var message = AllTypes()
    message.fBytes = a
    try Self.expectPieces(message, sharing: [a])
    message = RoundTripTests.fullMessage()
    message.fBytes = a
    message.rBytes = [b, [], [1, 2], c]
    message.mStringBytes = ["x": b, "y": [3]]
    message.choice = .cBytes(c)
    message.fString = String(repeating: "s", count: 10_000)  // a large string is packed, not shared
    try Self.expectPieces(message, sharing: [a, b, c])
    var only = AllTypes()
    only.rBytes = [a, a]
    try Self.expectPieces(only, sharing: [a])
  }
}
