@testable import MeshProtobuf
import MeshProtos
import Testing

/// JSON field names are cached by descriptor address; descriptor-built types are freed with their pool, and
/// the next pool's types get those addresses again. A stale entry printed a oneof's message with another
/// type's names (`"quickReplies":{"conversationId":[...]}`) when tests ran in another order.
@Suite struct DescriptorLifetimeTests {
  /// A pool built from the registry's files in either order, so each type lands where another type was.
  static func pool(reversed: Bool) throws -> DynamicDescriptorPool {
    let files = try ProtoRegistry.files.map { try DynamicProtoFile(serialized: $0.serializedDescriptor) }
    return try DynamicDescriptorPool(files: reversed ? files.reversed() : files)
  }

  @Test("pools made and freed one after another print and read every type with its own names")
  func poolsOneAfterAnother() throws {
    var chat = Mesh_Chat_V1_ChatMessage()
    chat.messageID = "m1"
    var replies = Mesh_Chat_V1_QuickReplies()
    replies.options = ["Yes", "No"]
    chat.rich = .quickReplies(replies)
    let chatWire = try chat.wireBytes()
    let chatJSON = try ProtobufJSON.encode(chat)
    var all = RoundTripTests.fullMessage()
    all.fAny = nil
    let allWire = try all.wireBytes()
    let allJSON = try ProtobufJSON.encode(all)
    for round in 0..<24 {
      let pool = try Self.pool(reversed: round % 2 == 1)
      // Types named in both orders, so that their names are cached under addresses the next pool reuses.
      for name in pool.messageNames {
        let descriptor = try #require(pool.message(name))
        _ = try? ProtobufJSON.json(fromWireBytes: [], descriptor: descriptor)
      }
      let chatType = try #require(pool.message("mesh.chat.v1.ChatMessage"))
      let allType = try #require(pool.message("mesh.testing.v1.AllTypes"))
      #expect(try ProtobufJSON.json(fromWireBytes: chatWire, descriptor: chatType) == chatJSON, "round \(round)")
      #expect(try ProtobufJSON.json(fromWireBytes: allWire, descriptor: allType) == allJSON, "round \(round)")
      #expect(try ProtobufJSON.wireBytes(fromJSON: chatJSON, descriptor: chatType) == chatWire, "round \(round)")
      withExtendedLifetime(pool) {}
    }
  }

  @Test("forgetting a type drops its cached names, and the next print caches them again")
  func forgetDropsNames() throws {
    let pool = try Self.pool(reversed: false)
    let descriptor = try #require(pool.message("mesh.chat.v1.QuickReplies"))
    _ = try ProtobufJSON.json(fromWireBytes: [], descriptor: descriptor)
    #expect(JSONFieldNames.isCached(descriptor.message))
    JSONFieldNames.forget([descriptor.message])
    #expect(!JSONFieldNames.isCached(descriptor.message))
    _ = try ProtobufJSON.json(fromWireBytes: [], descriptor: descriptor)
    #expect(JSONFieldNames.isCached(descriptor.message))
    withExtendedLifetime(pool) {}
  }
}
