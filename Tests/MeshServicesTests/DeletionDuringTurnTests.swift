import Foundation
import MeshChatService
import MeshCore
import MeshPostgres
import MeshPostgresTestSupport
import MeshProcessorService
import MeshProtos
import MeshServiceKit
import MeshTestSupport
import Testing

/// `DeleteMyData` racing a turn, through the real chat, processor, nlu and context servers on one
/// PostgreSQL. A turn held in its middle (the LLM peer holds the phrasing call until the test releases
/// it, after the turn read the message, the NLU and the dialogue state): the deletion waits for the
/// turn to commit, then deletes its reply and dialogue state too; nothing comes back afterwards and the
/// turn is acknowledged, not retried or dead-lettered. A turn accepted before a deletion but taken
/// after it is completed without a reply, a context or a retry.
@Suite(.postgresCluster, .serialized) struct DeletionDuringTurnTests {
  static func rows(_ pool: PostgresPool, _ sql: String, _ parameters: [any PostgresEncodable]) async throws -> Int {
    try await pool.execute(sql, parameters).first?.decode(Int.self, at: 0) ?? -1
  }

  /// What is left of a user and a conversation: conversations, messages, dialogue states, and queue rows
  /// (by state) of its turns.
  static func leftovers(_ pool: PostgresPool, user: String, conversation: String) async throws -> [String: Int] {
    var left: [String: Int] = [
      "conversations": try await rows(pool, "SELECT count(*) FROM chat_conversations WHERE user_id = $1", [user]),
      "messages": try await rows(pool, "SELECT count(*) FROM chat_messages WHERE user_id = $1", [user]),
      "contexts": try await rows(pool, "SELECT count(*) FROM conversation_contexts WHERE conversation_id = $1 OR user_id = $2",
                                 [conversation, user]),
    ]
    let states = try await pool.execute("""
      SELECT state, count(*)::int8 FROM queue_messages WHERE queue = 'chat_turns' AND split_part(idempotency_key, ':', 1) = $1
      GROUP BY state
      """, [conversation])
    for row in states.rows { left["queue." + (try row.decode(String.self, at: 0))] = Int(try row.decode(Int64.self, at: 1)) }
    return left
  }

  static func peer(_ port: Int, _ path: String) async throws -> String {
    let process = try PeerProcess("/usr/bin/curl", ["-sS", "--max-time", "10", "http://127.0.0.1:\(port)\(path)"])
    _ = try await process.waitForExit(seconds: 20)
    return process.text
  }

  /// Waits (generously: the machine may be loaded) until `condition` holds.
  static func eventually(_ what: String, seconds: Int = 60, _ condition: () async throws -> Bool) async throws {
    let deadline = ContinuousClock.now + .seconds(seconds)
    while ContinuousClock.now < deadline {
      if try await condition() { return }
      try await Task.sleep(for: .milliseconds(100))
    }
    Issue.record("timed out waiting until \(what)")
    throw CancellationError()
  }

  @Test func aDeletionWaitsForTheTurnInFlightAndNothingComesBack() async throws {
    var mesh = try await ChatFlowTests.Mesh.start()
    let server = try PeerProcess(try Repository.python, [LLMReplyTests.peer, "--port", "0", "--text", LLMReplyTests.text, "--delay", "0.01"])
    var turn: Task<Void, Never>?
    var deletion: Task<Mesh_Chat_V1_DeleteMyDataResponse, any Error>?
    var port = 0
    do {
      port = try PeerProcess.port(of: try await server.waitForLine(startingWith: "listening on", seconds: 30))
      var configuration = mesh.base
      configuration.settings.merge(["workers": "2", "llm_endpoint": "http://127.0.0.1:\(port)/v1", "llm_model": "hold",
                                    "llm_timeout_ms": "120000", "visibility_timeout": "300"]) { $1 }
      mesh.services.append(try await ProcessorServer.start(configuration))
      let pool = try #require(mesh.chat.pool)
      let user = "u-del-\(UUID().uuidString.prefix(8).lowercased())"
      try await ServiceHarness.withClient(mesh.chat) { client in
        let chat = Mesh_Chat_V1_ChatService.Client(wrapping: client)
        // The turn starts and is held in the phrasing call, its conversation's lock held. (Whether the
        // caller still gets the reply depends on who reads first, the chat service or the deletion.)
        turn = Task { _ = try? await ChatFlowTests.send(chat, "hello there", user: user, timeout: .seconds(120)) }
        let port = port
        try await Self.eventually("the turn reached the model") {
          (try await LLMReplyTests.calls(port: port)["calls"] as? [String: Any])?["hold"] as? Int == 1
        }
        let conversation = try #require(try await pool.execute("SELECT id::text FROM chat_conversations WHERE user_id = $1", [user])
          .first?.decode(String.self, at: 0))

        // The deletion waits for the turn's lock, having deleted nothing.
        deletion = Task { try await chat.deleteMyData(Mesh_Chat_V1_DeleteMyDataRequest(), metadata: ServiceHarness.user(user),
                                                      options: CallOptions(timeout: .seconds(120))) }
        try await Self.eventually("the deletion waits for the turn") {
          try await Self.rows(pool, """
            SELECT count(*) FROM pg_stat_activity
            WHERE wait_event_type = 'Lock' AND wait_event = 'advisory' AND query LIKE '%hashtext(id::text) AS key%'
            """, []) == 1
        }
        #expect(try await Self.leftovers(pool, user: user, conversation: conversation)["messages"] == 1)

        // The turn goes on and commits its reply; then the deletion takes everything, the reply too, and
        // the turn's completed queue row (acknowledged: nothing waits or is dead-lettered).
        _ = try await Self.peer(port, "/release")
        let deleted = try #require(try await deletion?.value)
        #expect(deleted.conversationsDeleted == 1 && deleted.messagesDeleted == 2)
        turn?.cancel()
        await turn?.value
        #expect(try await Self.leftovers(pool, user: user, conversation: conversation) == ["conversations": 0, "messages": 0, "contexts": 0])

        // Nothing comes back later: no redelivery of the turn, no dialogue state written after the deletion.
        try await Task.sleep(for: .seconds(2))
        #expect(try await Self.leftovers(pool, user: user, conversation: conversation) == ["conversations": 0, "messages": 0, "contexts": 0])
      }
    } catch {
      if port != 0 { _ = try? await Self.peer(port, "/release") }
      turn?.cancel()
      deletion?.cancel()
      server.stop()
      await mesh.stop()
      throw error
    }
    server.stop()
    await mesh.stop()
  }

  @Test func aTurnAcceptedBeforeADeletionIsCompletedWithoutAReply() async throws {
    var mesh = try await ChatFlowTests.Mesh.start()
    do {
      let pool = try #require(mesh.chat.pool)
      let user = "u-del-\(UUID().uuidString.prefix(8).lowercased())"
      try await ServiceHarness.withClient(mesh.chat) { client in
        let chat = Mesh_Chat_V1_ChatService.Client(wrapping: client)
        // No processor yet: the message is accepted and its turn waits in the queue.
        let early = await rpcCode { _ = try await ChatFlowTests.send(chat, "where is my order?", user: user, id: "d1",
                                                                     timeout: .milliseconds(800)) }
        #expect(early == .deadlineExceeded || early == .cancelled, "got \(String(describing: early))")
        let conversation = try #require(try await pool.execute("SELECT id::text FROM chat_conversations WHERE user_id = $1", [user])
          .first?.decode(String.self, at: 0))
        #expect(try await Self.leftovers(pool, user: user, conversation: conversation)["queue.ready"] == 1)

        let deleted = try await chat.deleteMyData(Mesh_Chat_V1_DeleteMyDataRequest(), metadata: ServiceHarness.user(user))
        #expect(deleted.conversationsDeleted == 1 && deleted.messagesDeleted == 1)

        // The processor takes the turn, finds the conversation gone, and completes it: no reply, no
        // dialogue state, no retry.
        _ = try await mesh.startProcessor()
        try await Self.eventually("the turn is completed") {
          try await Self.leftovers(pool, user: user, conversation: conversation)["queue.done"] == 1
        }
        #expect(try await Self.leftovers(pool, user: user, conversation: conversation)
          == ["conversations": 0, "messages": 0, "contexts": 0, "queue.done": 1])
        #expect(try await Self.rows(pool, """
          SELECT attempts FROM queue_messages WHERE queue = 'chat_turns' AND split_part(idempotency_key, ':', 1) = $1
          """, [conversation]) == 1)
      }
    } catch {
      await mesh.stop()
      throw error
    }
    await mesh.stop()
  }
}
