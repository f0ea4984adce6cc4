import Foundation
import MeshAnalyticsService
import MeshChatService
import MeshContextService
import MeshCore
import MeshMetrics
import MeshNLUService
import MeshPostgres
import MeshPostgresTestSupport
import MeshProcessorService
import MeshProtos
import MeshServiceKit
import MeshTransport
import Testing

/// chat, processor, nlu, context and analytics as real servers on loopback over one PostgreSQL. The
/// adapters are not running here (the marketplace is another branch's work): their addresses point at
/// a closed port, which is the adapter-down case the assistant must answer honestly.
@Suite(.postgresCluster, .serialized) struct ChatFlowTests {
  struct Mesh {
    var services: [RunningService]
    var chat: RunningService
    var base: ServiceConfiguration

    static func start() async throws -> Mesh {
      let base = try ServiceHarness.configuration()
      let nlu = try await NLUServer.start(base)
      let context = try await ContextServer.start(base)
      let analytics = try await AnalyticsServer.start(base)
      let chat = try await ChatServer.start(base)
      var mesh = Mesh(services: [nlu, context, analytics, chat], chat: chat, base: base)
      mesh.base.dependencies = ["nlu": nlu.target, "context": context.target, "analytics": analytics.target]
      // Nothing listens on port 1 of loopback: every adapter call fails fast.
      for adapter in ["order", "shipping", "payment", "user", "search"] { mesh.base.dependencies[adapter] = "127.0.0.1:1" }
      return mesh
    }

    mutating func startProcessor() async throws -> RunningService {
      var configuration = base
      configuration.settings["workers"] = "2"
      let processor = try await ProcessorServer.start(configuration)
      services.append(processor)
      return processor
    }

    func stop() async {
      for service in services.reversed() { await service.shutdown(gracePeriod: .seconds(1)) }
    }
  }

  /// A message sent and its reply.
  struct Exchange {
    var echoed: Mesh_Chat_V1_ChatMessage
    var reply: Mesh_Chat_V1_ChatMessage
  }

  static func send(_ chat: Mesh_Chat_V1_ChatService.Client, _ text: String, user: String = "u-ann", conversation: String = "",
                   id: String? = nil, timeout: Duration = .seconds(20)) async throws -> Exchange {
    var request = Mesh_Chat_V1_SendMessageRequest()
    request.text = text
    request.conversationID = conversation
    request.clientMessageID = id
    request.locale = "en"
    let response = try await chat.sendMessage(request, metadata: ServiceHarness.user(user), options: CallOptions(timeout: timeout))
    return Exchange(echoed: try #require(response.echoed), reply: try #require(response.reply))
  }

  @Test func conversationsRepliesRetriesAndBadInput() async throws {
    var mesh = try await Mesh.start()
    do {
      _ = try await mesh.startProcessor()
      let pool = try #require(mesh.chat.pool)
      try await ServiceHarness.withClient(mesh.chat) { client in
        let chat = Mesh_Chat_V1_ChatService.Client(wrapping: client)
        let hello = try await Self.send(chat, "hello there", id: "m1")
        #expect(hello.reply.role == .assistant)
        #expect(hello.reply.text.hasPrefix("Hello! I can check or track an order"))
        #expect(hello.reply.quickReplies.options.contains("Find a product"))
        let conversation = hello.echoed.conversationID
        #expect(!conversation.isEmpty)

        // A retried send is one turn: the same reply, and one assistant message in the history.
        let again = try await Self.send(chat, "hello there", conversation: conversation, id: "m1")
        #expect(again.reply.messageID == hello.reply.messageID && again.reply.text == hello.reply.text)
        // Also when the retry of a first message carries no conversation id (the first reply was lost).
        let lost = try await Self.send(chat, "hello there", id: "m1")
        #expect(lost.echoed.conversationID == conversation && lost.reply.messageID == hello.reply.messageID)

        let human = try await Self.send(chat, "I want to talk to a human agent", conversation: conversation, id: "m2")
        #expect(human.reply.text.contains("I've passed this conversation to a person (ticket T-"))
        let tickets = try await pool.execute("SELECT count(*) FROM support_tickets WHERE conversation_id = $1::uuid",
                                              [conversation]).first?.decode(Int.self, at: 0)
        #expect(tickets == 1)

        // The order adapter is down: the assistant says so and invents nothing.
        let order = try await Self.send(chat, "where is my order 10042?", conversation: conversation, id: "m3")
        #expect(order.reply.text == "Sorry, I can't reach that service right now. Please try again in a moment.")
        // Where the turns' time went is on /metrics (the process's registry), stage by stage, for the operators.
        let metrics = MetricsRegistry.process.exposition()
        for stage in ["queue (accepted → handler starts)", "processor.nlu call", "processor.reply store",
                      "processor.commit (reply, done mark, NOTIFY)", "processor.adapter call: order.", "chat.store and enqueue"] {
          #expect(metrics.contains("mesh_assistant_turn_stage_seconds_count{stage=\"\(stage)"), "\(stage)")
        }

        let injection = "Robert'); DROP TABLE chat_messages;-- <script>alert(1)</script> {{7*7}}"
        let odd = try await Self.send(chat, injection, conversation: conversation, id: "m4")
        #expect(!odd.reply.text.contains("49") && !odd.reply.text.contains("<script>"))

        var history = Mesh_Chat_V1_GetHistoryRequest()
        history.conversationID = conversation
        let messages = try await chat.getHistory(history, metadata: ServiceHarness.user("u-ann")).messages
        #expect(messages.map(\.role) == [.user, .assistant, .user, .assistant, .user, .assistant, .user, .assistant])
        #expect(messages[6].text == injection)
        #expect(messages[1].annotations["intent"] == "greeting")

        // Bodies are ciphertext in the table.
        let sealed = try await pool.execute("SELECT body_sealed FROM chat_messages WHERE conversation_id = $1::uuid", [conversation])
        #expect(sealed.rows.count == 8)
        for row in sealed.rows { #expect(!String(decoding: try row.decode([UInt8].self, at: 0), as: UTF8.self).contains("hello")) }

        // Bad input.
        #expect(await rpcCode { _ = try await Self.send(chat, "   ") } == .invalidArgument)
        #expect(await rpcCode { _ = try await Self.send(chat, String(repeating: "x", count: 1 << 20)) } == .invalidArgument)
        #expect(await rpcCode { _ = try await Self.send(chat, "hi", user: "u-bob", conversation: conversation) } == .notFound)
        #expect(await rpcCode { _ = try await Self.send(chat, "hi", conversation: "not-a-uuid") } == .invalidArgument)
        #expect(try await chat.getHistory(history, metadata: ServiceHarness.user("u-bob")).messages.isEmpty)
        var anonymous = Mesh_Chat_V1_SendMessageRequest()
        anonymous.text = "hi"
        #expect(await rpcCode { _ = try await chat.sendMessage(anonymous) } == .unauthenticated)

        // StreamReply: the text, then the final message.
        var stream = Mesh_Chat_V1_SendMessageRequest()
        stream.text = "thanks"
        stream.conversationID = conversation
        stream.clientMessageID = "m5"
        let chunks = try await chat.streamReply(stream, metadata: ServiceHarness.user("u-ann")) { responses in
          var chunks: [Mesh_Chat_V1_ReplyChunk] = []
          for try await chunk in responses { chunks.append(chunk) }
          return chunks
        }
        #expect(chunks.count == 2 && chunks.first?.textDelta == "You're welcome! Anything else I can help with?")
        #expect(chunks.last?.finalMessage.text == chunks.first?.textDelta)

        // Analytics saw every turn once, with the outcome of each (the processor sends its events after
        // the turns, in batches: the last may land a moment after its reply).
        let channels = ServiceChannels(mesh.base)
        defer { channels.close() }
        let analytics = Mesh_Analytics_V1_AnalyticsService.Client(wrapping: try channels.client("analytics"))
        var summary = try await analytics.summary(Mesh_Analytics_V1_SummaryRequest())
        let deadline = ContinuousClock.now + .seconds(20)
        while summary.turns < 5, ContinuousClock.now < deadline {
          try await Task.sleep(for: .milliseconds(100))
          summary = try await analytics.summary(Mesh_Analytics_V1_SummaryRequest())
        }
        #expect(summary.turns == 5 && summary.handedOff == 1)
      }
    } catch {
      // What the processor said about the turns, to explain the failure.
      if let rows = try? await mesh.chat.pool?.execute("SELECT state, attempts, coalesce(last_error, '') FROM queue_messages") {
        for row in rows.rows { Issue.record("queue: \((try? row.decode(String.self, at: 0)) ?? "") \((try? row.decode(Int.self, at: 1)) ?? 0) \((try? row.decode(String.self, at: 2)) ?? "")") }
      }
      await mesh.stop()
      throw error
    }
    await mesh.stop()
  }

  @Test func aTurnLeftByAStoppedProcessorIsAnsweredOnceByTheNext() async throws {
    var mesh = try await Mesh.start()
    do {
      try await ServiceHarness.withClient(mesh.chat) { client in
        let chat = Mesh_Chat_V1_ChatService.Client(wrapping: client)
        // No processor: the message is stored and queued, the call times out.
        let early = await rpcCode { _ = try await Self.send(chat, "hello", id: "d1", timeout: .milliseconds(800)) }
        #expect(early == .deadlineExceeded || early == .cancelled, "got \(String(describing: early))")
        let processor = try await mesh.startProcessor()
        // The client retries with the same id and gets the one reply.
        let reply = try await Self.send(chat, "hello", id: "d1")
        #expect(reply.reply.text.hasPrefix("Hello!"))
        let conversation = reply.echoed.conversationID
        await processor.shutdown(gracePeriod: .seconds(1))
        _ = try await mesh.startProcessor()
        let replayed = try await Self.send(chat, "hello", conversation: conversation, id: "d1")
        #expect(replayed.reply.messageID == reply.reply.messageID)
        let count = try await #require(mesh.chat.pool).execute("""
          SELECT count(*) FROM chat_messages WHERE conversation_id = $1::uuid AND role = 'assistant'
          """, [conversation]).first?.decode(Int.self, at: 0)
        #expect(count == 1)
      }
    } catch {
      await mesh.stop()
      throw error
    }
    await mesh.stop()
  }
}
