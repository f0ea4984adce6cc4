import Foundation
import MeshCore
import MeshPostgres
import MeshPostgresTestSupport
import MeshProtos
import MeshServiceKit
import MeshStores
import Testing

/// Bad input in every text field of the chat API, through the real chat, processor, nlu and context
/// servers: a message that is not UTF-8 on the wire gets a status and stores nothing; injection strings
/// as the client message id, the locale, an attachment's name and type and a deletion's reason are
/// plain data (stored and echoed as sent, or refused), and every table is still there afterwards.
@Suite(.postgresCluster, .serialized) struct ChatBadInputTests {
  static let injections = [
    "Robert'); DROP TABLE chat_messages;--", "' OR '1'='1", "$1::uuid; SELECT pg_sleep(10)", "<script>alert(1)</script>",
    "{{7*7}} ${7*7} %s%n", "../../etc/passwd",
  ]

  @Test func invalidUTF8AndInjectionStringsInEveryTextField() async throws {
    var mesh = try await ChatFlowTests.Mesh.start()
    do {
      _ = try await mesh.startProcessor()
      let pool = try #require(mesh.chat.pool)
      let user = "u-bad-\(UUID().uuidString.prefix(8).lowercased())"
      try await ServiceHarness.withClient(mesh.chat) { client in
        let chat = Mesh_Chat_V1_ChatService.Client(wrapping: client)

        // The text field (3) holding bytes that are not UTF-8: refused when the request is decoded.
        let raw = RPCMethod<RawMessage, RawMessage>(Mesh_Chat_V1_ChatService.Method.sendMessage.descriptor, kind: .unary)
        for bytes: [UInt8] in [[0x1A, 0x02, 0xC3, 0x28], [0x1A, 0x03, 0x61, 0xFF, 0x62], [0x22, 0x02, 0xED, 0xA0]] {
          let code = await rpcCode { _ = try await client.unary(raw, request: RawMessage(bytes), metadata: ServiceHarness.user(user)) }
          #expect(code == .internal || code == .invalidArgument, "\(bytes): \(String(describing: code))")
        }
        #expect(try await pool.execute("SELECT count(*) FROM chat_messages WHERE user_id = $1", [user]).first?.decode(Int.self, at: 0) == 0)

        // Injection strings as the client message id and the locale: data, echoed and stored as sent.
        var conversation = ""
        for (index, injection) in Self.injections.enumerated() {
          var request = Mesh_Chat_V1_SendMessageRequest()
          request.text = "hello \(injection)"
          request.conversationID = conversation
          request.clientMessageID = injection
          request.locale = injection
          let response = try await chat.sendMessage(request, metadata: ServiceHarness.user(user), options: CallOptions(timeout: .seconds(30)))
          let (echoed, reply) = (try #require(response.echoed), try #require(response.reply))
          #expect(echoed.messageID == injection)
          #expect(reply.role == .assistant && !reply.text.contains("49"), "\(reply.text)")
          conversation = echoed.conversationID
          // The same id again is the same turn: the first reply, not a second one.
          let again = try await chat.sendMessage(request, metadata: ServiceHarness.user(user), options: CallOptions(timeout: .seconds(30)))
          #expect(again.reply?.messageID == reply.messageID, "\(index)")
        }
        let ids = try await pool.execute("SELECT client_id FROM chat_messages WHERE user_id = $1 AND role = 'user' ORDER BY id", [user])
          .rows.map { try $0.decode(String.self, at: 0) }
        #expect(ids == Self.injections)

        // An attachment whose name and content type are injection strings: stored as given.
        let attachment = try await chat.uploadAttachment(metadata: ServiceHarness.user(user)) { writer in
          var header = Mesh_Chat_V1_AttachmentChunk.Header()
          header.conversationID = conversation
          header.fileName = Self.injections[0]
          header.contentType = Self.injections[1]
          var first = Mesh_Chat_V1_AttachmentChunk()
          first.header = header
          try await writer.write(first)
          var data = Mesh_Chat_V1_AttachmentChunk()
          data.data = Array("a receipt".utf8)
          try await writer.write(data)
        }
        let stored = try #require(try await pool.execute("SELECT file_name, content_type FROM chat_attachments WHERE id = $1::uuid",
                                                         [attachment.attachmentID]).first)
        #expect(try stored.decode(String.self, at: 0) == Self.injections[0] && stored.decode(String.self, at: 1) == Self.injections[1])

        // An injection string as the deletion's reason: recorded redacted, and the deletion happens.
        var deletion = Mesh_Chat_V1_DeleteMyDataRequest()
        deletion.reason = Self.injections[0]
        let deleted = try await chat.deleteMyData(deletion, metadata: ServiceHarness.user(user))
        #expect(deleted.messagesDeleted == Int32(2 * Self.injections.count))
      }
      // Every table is still there, and the server still answers.
      for table in ["chat_messages", "chat_conversations", "chat_attachments", "sessions", "queue_messages", "audit_log"] {
        #expect(try await pool.execute("SELECT count(*) FROM \(table)").first != nil, "\(table)")
      }
      try await ServiceHarness.withClient(mesh.chat) { client in
        let reply = try await ChatFlowTests.send(Mesh_Chat_V1_ChatService.Client(wrapping: client), "hello", user: "u-bad-after")
        #expect(reply.reply.text.hasPrefix("Hello!"))
      }
    } catch {
      await mesh.stop()
      throw error
    }
    await mesh.stop()
  }
}
