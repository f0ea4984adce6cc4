@testable import MeshProtobuf
import MeshProtos
import Testing

/// The packer picks `protobuf_c_message_pack_to_buffer` for large messages and `protobuf_c_message_pack` for
/// small ones: both must give the same bytes for every shape of message, at every size.
@Suite struct PackerTests {
  typealias AllTypes = Mesh_Testing_V1_AllTypes
  typealias Tree = Mesh_Testing_V1_Tree

  /// Checks both packers agree, and that the bytes decode back to the message.
  static func expectSameBytes<Message: ProtobufMessage & Equatable>(
    _ message: Message, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let packed = try ProtobufPacker.packedBothWays(message)
    #expect(packed.sized == packed.plain, "sizes \(packed.sized.count) and \(packed.plain.count)",
            sourceLocation: sourceLocation)
    #expect(try Message(wireBytes: packed.sized) == message, sourceLocation: sourceLocation)
    // And what the codec produces (its choice by size) is the same again.
    #expect(try message.wireBytes() == packed.plain, sourceLocation: sourceLocation)
  }

  static func body(_ count: Int) -> [UInt8] { (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) } }

  @Test("a nested bytes payload from 0 B to 2 MiB, across the varint and threshold boundaries", arguments: [
    0, 1, 126, 127, 128, 129, 16_383, 16_384, 16_385, 8 * 1024 - 12, 8 * 1024, 65_536, 2_097_151, 2 * 1024 * 1024,
  ])
  func nestedPayload(size: Int) throws {
    var response = Grpc_Testing_SimpleResponse()
    var payload = Grpc_Testing_Payload()
    payload.body = Self.body(size)
    response.payload = payload
    response.username = "user"
    response.hostname = String(repeating: "h", count: size % 300)
    try Self.expectSameBytes(response)
  }

  @Test("every field kind, repeated and map fields, with large and small sub-messages")
  func everyFieldKind() throws {
    var message = RoundTripTests.fullMessage()
    try Self.expectSameBytes(message)
    message.fBytes = Self.body(70_000)
    message.rNested = (0..<300).map { RoundTripTests.nested(Int32($0), String(repeating: "n", count: $0)) }
    message.mUint32Nested = Dictionary(uniqueKeysWithValues: (0..<200).map {
      (UInt32($0), RoundTripTests.nested(-Int32($0), String(repeating: "m", count: 3 * $0)))
    })
    message.mStringBytes = ["large": Self.body(20_000), "": [], "small": [1]]
    message.rBytes = [Self.body(9_000), [], Self.body(200)]
    message.rInt32 = (0..<5_000).map { Int32($0) &* 40_503 }
    try Self.expectSameBytes(message)
  }

  @Test("every case of the oneofs, small and large", arguments: [
    AllTypes.OneOf_Choice.cString(""), .cString("text"), .cString(String(repeating: "s", count: 10_000)),
    .cInt64(.min), .cInt64(0), .cNested(AllTypes.Nested()), .cNested(RoundTripTests.nested(1, String(repeating: "x", count: 9_000))),
    .cColor(.unrecognized(-3)), .cColor(.unspecified), .cBytes([]), .cBytes([1, 2]), .cBytes(Self.body(12_000)),
  ])
  func oneofCases(choice: AllTypes.OneOf_Choice) throws {
    var message = AllTypes()
    message.choice = choice
    try Self.expectSameBytes(message)
    message.fBytes = Self.body(9_000)  // the same case inside a message over the threshold
    message.`self` = .protocol(0)
    try Self.expectSameBytes(message)
  }

  @Test("a tree 40 levels deep, through a oneof and repeated children, with a large leaf")
  func deepNesting() throws {
    var tree = Tree()
    tree.shape = .leafValue(7)
    tree.name = String(repeating: "leaf", count: 3_000)
    for level in 0..<40 {
      var parent = Tree()
      parent.name = "level \(level)"
      parent.shape = level % 2 == 0 ? .onlyChild(tree) : nil
      parent.children = level % 2 == 0 ? [] : [tree, Tree()]
      tree = parent
    }
    try Self.expectSameBytes(tree)
  }

  @Test("an empty message packs to nothing either way")
  func empty() throws {
    let packed = try ProtobufPacker.packedBothWays(AllTypes())
    #expect(packed.sized.isEmpty && packed.plain.isEmpty)
    try Self.expectSameBytes(Tree())
  }

  @Test("messages of descriptor-built types (oneof, map, nested, large bytes) pack the same both ways")
  func descriptorBuilt() throws {
    let pool = try DynamicDescriptorTests.pool()
    let descriptor = try #require(pool.message("mesh.testing.v1.AllTypes"))
    var message = RoundTripTests.fullMessage()
    message.fBytes = Self.body(30_000)
    message.mStringBytes = ["k": Self.body(10_000)]
    message.choice = .cNested(RoundTripTests.nested(3, String(repeating: "c", count: 9_000)))
    message.fAny = nil
    let json = try ProtobufJSON.encode(message)
    let packed = try ProtobufPacker.packedBothWays(json: json, descriptor: descriptor)
    #expect(packed.sized == packed.plain)
    #expect(try AllTypes(wireBytes: packed.sized) == message)
    // The public path through the dynamic descriptor gives those bytes too.
    #expect(try ProtobufJSON.wireBytes(fromJSON: json, descriptor: descriptor) == packed.plain)
    withExtendedLifetime(pool) {}
  }
}
