import MeshCore
import MeshProtobuf
import MeshProtos
import Testing

/// Walking and rewriting the strings of a message known only by its descriptor.
@Suite struct FieldWalkTests {
  static func chatMessage() -> Mesh_Chat_V1_ChatMessage {
    var message = Mesh_Chat_V1_ChatMessage()
    message.messageID = "m-1"
    message.text = "call me at +49 170 1234567"
    message.annotations = ["email": "ana@example.com"]
    var quick = Mesh_Chat_V1_QuickReplies()
    quick.options = ["yes", "", "no"]
    message.rich = .quickReplies(quick)
    var attachment = Mesh_Chat_V1_Attachment()
    attachment.contentType = "image/png"
    message.attachments = [attachment]
    return message
  }

  @Test func everyStringIsFoundWithItsPath() throws {
    let descriptor = Mesh_Chat_V1_ChatMessage.protobufDescriptor
    let found = try ProtobufFieldWalk.strings(in: try Self.chatMessage().wireBytes(), descriptor: descriptor)
    #expect(found.map(\.path) == ["messageId", "text", "attachments[0].contentType", "annotations[\"email\"]",
                                  "quickReplies.options[0]", "quickReplies.options[2]"])
    #expect(found.first { $0.path == "annotations[\"email\"]" }?.value == "ana@example.com")
  }

  @Test func rewrittenStringsReplaceTheOriginalsAndTheRestIsKept() throws {
    let original = Self.chatMessage()
    let bytes = try ProtobufFieldWalk.rewritingStrings(
      in: try original.wireBytes(), descriptor: Mesh_Chat_V1_ChatMessage.protobufDescriptor
    ) { path, value in
      path == "text" || path.hasPrefix("annotations") ? "[redacted \(value.count)]" : nil
    }
    let redacted = try Mesh_Chat_V1_ChatMessage(wireBytes: bytes)
    var expected = original
    expected.text = "[redacted 26]"
    expected.annotations = ["email": "[redacted 15]"]
    #expect(redacted == expected)
  }

  @Test func invalidBytesAreATypedError() {
    let error = #expect(throws: RPCError.self) {
      try ProtobufFieldWalk.strings(in: [0x22, 0x09], descriptor: Mesh_Chat_V1_ChatMessage.protobufDescriptor)
    }
    #expect(error?.code == .internal)
  }
}
