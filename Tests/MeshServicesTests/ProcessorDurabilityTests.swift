import AdapterSupport
import Foundation
import Marketplace
import MarketplaceAdapters
import MeshAnalyticsService
import MeshChatService
import MeshContextService
import MeshCore
import MeshNLUService
import MeshPostgres
import MeshPostgresTestSupport
import MeshProtos
import MeshServiceKit
import MeshTestSupport
import MeshTransport
import Synchronization
import Testing

/// Crashes in the middle of a load of conversations: the processor is killed with SIGKILL (and a new one
/// started), then PostgreSQL is stopped and started again. Every message the chat service stored must end
/// with exactly one reply, and none may be lost. The processor runs as its own process (`mesh serve
/// processor`), as in production; the other services run in the test process on real sockets.
@Suite(.durablePostgresCluster, .serialized) struct ProcessorDurabilityTests {
  static let users = 8
  static let turnsPerUser = 6

  /// What each user says, in turn; `{order}` is one of their orders.
  static let script = [
    "where is my order {order}?", "hello", "show me black shoes under 150 euros", "track my parcel for order {order}",
    "was I charged for order {order}?", "thanks",
  ]

  @Test func everyStoredMessageIsAnsweredOnceThroughAProcessorKillAndADatabaseRestart() async throws {
    let cluster = try TestCluster.shared
    let group = EventLoopGroup(threads: 2)
    let pool = cluster.pool(max: 2)
    var started: [RunningService] = []
    let processors = Processors()
    let marketplace = try await Marketplace.start(
      MarketplaceConfiguration(port: 0, database: cluster.configuration, seed: 7,
                               counts: .init(listings: 500, users: 60, orders: 600)), group: group)
    let adapters = try MarketplaceAdapters.start(AdapterConfiguration(marketplace: MarketplaceClientConfiguration(
      baseURL: "http://127.0.0.1:\(marketplace.address.port)", timeout: .seconds(3))), group: group)
    func stopEverything() async {
      for processor in processors.all { processor.stop() }
      for service in started.reversed() { await service.shutdown(gracePeriod: .seconds(1)) }
      await adapters.stop()
      await marketplace.stop()
      pool.close()
      group.shutdown()
    }
    do {
      var base = try ServiceHarness.configuration()
      let nlu = try await NLUServer.start(base)
      started.append(nlu)
      let context = try await ContextServer.start(base)
      started.append(context)
      let analytics = try await AnalyticsServer.start(base)
      started.append(analytics)
      let chat = try await ChatServer.start(base)
      started.append(chat)
      base.dependencies = ["nlu": nlu.target, "context": context.target, "analytics": analytics.target]
      for name in ["order", "shipping", "payment", "user", "search"] { base.dependencies[name] = "127.0.0.1:\(adapters.address.port)" }
      let deps = base.dependencies.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
      let url = cluster.connectionURL
      func startProcessor() async throws {
        let processor = try PeerProcess(Repository.product("mesh"), [
          "serve", "processor", "--database-url", url, "--deps", deps, "--set", "workers=2,visibility_timeout=3",
        ])
        processors.add(processor)
        _ = try await processor.waitForLine(startingWith: "mesh serve: processor on", seconds: 60)
      }
      try await startProcessor()

      // Users with orders, and the script each will follow.
      let rows = try await pool.execute("""
        SELECT user_id, min(id) FROM marketplace.orders GROUP BY user_id ORDER BY user_id LIMIT \(Self.users)
        """)
      let people = try rows.rows.map { (try $0.decode(String.self, at: 0), try $0.decode(String.self, at: 1)) }
      #expect(people.count == Self.users)

      let acknowledged = Acknowledged()
      try await ServiceHarness.withClient(chat) { client in
        let chatClient = Mesh_Chat_V1_ChatService.Client(wrapping: client)
        try await withThrowingTaskGroup(of: Void.self) { tasks in
          for (index, person) in people.enumerated() {
            tasks.addTask {
              var conversation = ""
              for turn in 0..<Self.turnsPerUser {
                let text = Self.script[(turn + index) % Self.script.count].replacingOccurrences(of: "{order}", with: person.1)
                let reply = try await Self.send(text, clientID: "u\(index)-t\(turn)", conversation: conversation, user: person.0,
                                                chat: chatClient)
                if conversation.isEmpty { conversation = reply.conversation }
                acknowledged.add(conversation: reply.conversation, clientID: "u\(index)-t\(turn)")
              }
            }
          }
          // The crashes, while the conversations flow.
          tasks.addTask {
            try await Task.sleep(for: .seconds(1))
            // Kill it while it holds a turn, so that turn must be redelivered (looked for up to 10 s).
            let watch = cluster.pool(max: 1)
            defer { watch.close() }
            let inflight = "SELECT count(*) FROM queue_messages WHERE state = 'inflight'"
            for _ in 0..<2_000 {
              if try await watch.execute(inflight).first?.decode(Int.self, at: 0) ?? 0 > 0 { break }
              try await Task.sleep(for: .milliseconds(5))
            }
            if let victim = processors.all.last { kill(victim.processIdentifier, SIGKILL) }
            try await Task.sleep(for: .milliseconds(500))
            try await startProcessor()
            try await Task.sleep(for: .seconds(2))
            try await cluster.embedded.stop(mode: "fast")
            try await Task.sleep(for: .seconds(2))
            try await cluster.embedded.start()
          }
          try await tasks.waitForAll()
        }
      }

      // Every stored user message has exactly one reply (the processor stores replies under `reply:<id>`).
      let sent = acknowledged.all
      #expect(sent.count == Self.users * Self.turnsPerUser)
      let counts = try await pool.execute("""
        SELECT u.client_id, count(r.id) FROM chat_messages u
        LEFT JOIN chat_messages r ON r.conversation_id = u.conversation_id AND r.client_id = 'reply:' || u.client_id
        WHERE u.role = 'user' GROUP BY u.client_id
        """)
      var replies: [String: Int] = [:]
      for row in counts.rows { replies[try row.decode(String.self, at: 0)] = try row.decode(Int.self, at: 1) }
      for (_, clientID) in sent { #expect(replies[clientID] == 1, "\(clientID): \(replies[clientID] ?? 0) replies") }
      #expect(replies.count == sent.count, "stored user messages: \(replies.count), acknowledged: \(sent.count)")
      let assistant = try await pool.execute("SELECT count(*) FROM chat_messages WHERE role = 'assistant'").first
      #expect(try assistant?.decode(Int.self, at: 0) == sent.count)
      let redelivered = try await pool.execute("SELECT count(*) FROM queue_messages WHERE attempts > 1").first
      print("durability: \(sent.count) messages, each answered once; turns redelivered after the crashes: "
            + "\(try redelivered?.decode(Int.self, at: 0) ?? -1); processors started: \(processors.all.count)")
    } catch {
      for processor in processors.all { print("processor output:\n\(processor.text.suffix(2_000))") }
      await stopEverything()
      throw error
    }
    await stopEverything()
  }

  /// Sends one message, retrying with the same client id (so the chat service treats it as one turn)
  /// while the processor or the database is down.
  static func send(_ text: String, clientID: String, conversation: String, user: String,
                   chat: Mesh_Chat_V1_ChatService.Client) async throws -> (conversation: String, text: String) {
    var request = Mesh_Chat_V1_SendMessageRequest()
    request.text = text
    request.conversationID = conversation
    request.clientMessageID = clientID
    var lastError: (any Error)?
    for _ in 0..<40 {
      do {
        let response = try await chat.sendMessage(request, metadata: CallerIdentity.metadata(for: user),
                                                   options: CallOptions(timeout: .seconds(8)))
        let reply = try #require(response.reply)
        return (response.echoed?.conversationID ?? reply.conversationID, reply.text)
      } catch {
        lastError = error
        try await Task.sleep(for: .milliseconds(500))
      }
    }
    throw lastError ?? RPCError(code: .unknown, message: "no reply")
  }
}

/// The messages whose send returned a reply, by conversation and client id.
final class Acknowledged: Sendable {
  private let entries = Mutex<[(String, String)]>([])
  func add(conversation: String, clientID: String) { entries.withLock { $0.append((conversation, clientID)) } }
  var all: [(String, String)] { entries.withLock { $0 } }
}

/// The processor processes a test started, the killed ones included.
final class Processors: Sendable {
  private let entries = Mutex<[PeerProcess]>([])
  func add(_ process: PeerProcess) { entries.withLock { $0.append(process) } }
  var all: [PeerProcess] { entries.withLock { $0 } }
}
