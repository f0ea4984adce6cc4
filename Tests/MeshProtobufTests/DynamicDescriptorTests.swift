import MeshCore
import MeshProtobuf
import MeshProtos
import Testing

/// Descriptors built at run time from serialized FileDescriptorProtos (what `mesh call` gets by
/// reflection) read and write exactly what the generated code does: every field kind, oneofs, maps,
/// proto3 optional, nested and well-known types, through proto3 JSON both ways.
@Suite struct DynamicDescriptorTests {
  static func pool() throws -> DynamicDescriptorPool {
    try DynamicDescriptorPool(files: try ProtoRegistry.files.map { try DynamicProtoFile(serialized: $0.serializedDescriptor) })
  }

  @Test("JSON of a message with every field kind is the same through the dynamic and the generated descriptor")
  func everyFieldKind() throws {
    let pool = try Self.pool()
    let message = RoundTripTests.fullMessage()
    var wire: [UInt8] = []
    try message.appendWireBytes(to: &wire)
    let dynamic = try #require(pool.message("mesh.testing.v1.AllTypes"))
    let generated = try ProtobufJSON.encode(message)
    let viaDynamic = try ProtobufJSON.json(fromWireBytes: wire, descriptor: dynamic)
    #expect(viaDynamic == generated, "\(viaDynamic)\n\(generated)")
    // And back: JSON → wire through the dynamic descriptor decodes to the same message.
    let bytes = try ProtobufJSON.wireBytes(fromJSON: generated, descriptor: dynamic)
    let decoded = try bytes.withUnsafeBytes { try Mesh_Testing_V1_AllTypes(wireBytes: $0) }
    #expect(decoded == message)
    withExtendedLifetime(pool) {}  // the descriptors live in the pool
  }

  @Test("the chat API's messages (oneof, map, nested listing, enum, timestamp) round-trip")
  func chatMessages() throws {
    let pool = try Self.pool()
    var chat = Mesh_Chat_V1_ChatMessage()
    chat.messageID = "m1"
    chat.text = "hello"
    chat.role = .assistant
    chat.annotations = ["a": "1", "b": "2"]
    var replies = Mesh_Chat_V1_QuickReplies()
    replies.options = ["Yes", "No"]
    chat.rich = .quickReplies(replies)
    var sent = Google_Protobuf_Timestamp()
    sent.seconds = 1_700_000_000
    sent.nanos = 5_000_000
    chat.sentAt = sent
    var wire: [UInt8] = []
    try chat.appendWireBytes(to: &wire)
    let descriptor = try #require(pool.message("mesh.chat.v1.ChatMessage"))
    let json = try ProtobufJSON.json(fromWireBytes: wire, descriptor: descriptor)
    #expect(json == (try ProtobufJSON.encode(chat)))
    #expect(json.contains(#""quickReplies":{"options":["Yes","No"]}"#) && json.contains("2023-11-14T22:13:20.005Z"), "\(json)")
    let back = try ProtobufJSON.wireBytes(fromJSON: json, descriptor: descriptor)
    #expect(try back.withUnsafeBytes { try Mesh_Chat_V1_ChatMessage(wireBytes: $0) } == chat)
    withExtendedLifetime(pool) {}
  }

  @Test("bad input: not a descriptor, a type missing from the files, invalid JSON for a dynamic type")
  func badInput() throws {
    #expect(throws: DynamicDescriptorError.self) { try DynamicProtoFile(serialized: [0xFF, 0xFF, 0xFF]) }
    let chat = try #require(ProtoRegistry.files.first { $0.name == "mesh/chat/v1/chat.proto" })
    // Without the files it imports, its fields' types cannot be resolved.
    #expect(throws: DynamicDescriptorError.self) { try DynamicDescriptorPool(files: [try DynamicProtoFile(serialized: chat.serializedDescriptor)]) }
    let pool = try Self.pool()
    let descriptor = try #require(pool.message("mesh.chat.v1.SendMessageRequest"))
    #expect(throws: RPCError.self) { try ProtobufJSON.wireBytes(fromJSON: #"{"text": 5}"#, descriptor: descriptor) }
    #expect(throws: RPCError.self) { try ProtobufJSON.json(fromWireBytes: [0x0A, 0x05, 0x41], descriptor: descriptor) }
    withExtendedLifetime(pool) {}
  }
}
