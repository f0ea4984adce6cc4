// Throughput of the durable queue and the chat store against the embedded PostgreSQL (fsync on, as
// `mesh up` runs it), or against --url. Figures are printed, never asserted.
//
//   swift run -c release StoreBenchmark [--messages N] [--concurrency C] [--url URL] [--fsync-off] [--unprepared]
import Foundation
import MeshCrypto
import MeshPostgres
import MeshStores

struct Options {
  var messages = 4000
  var concurrency = 8
  var url: String?
  var fsyncOff = false
  var unprepared = false

  init(_ arguments: [String]) {
    var index = 0
    while index < arguments.count {
      let value = index + 1 < arguments.count ? arguments[index + 1] : ""
      switch arguments[index] {
      case "--messages": messages = Int(value) ?? messages; index += 1
      case "--concurrency": concurrency = Int(value) ?? concurrency; index += 1
      case "--url": url = value; index += 1
      case "--fsync-off": fsyncOff = true
      case "--unprepared": unprepared = true
      default: print("ignoring \(arguments[index])")
      }
      index += 1
    }
  }
}

func measure(_ label: String, operations: Int, unit: String = "ops", _ body: () async throws -> Void) async rethrows {
  let start = ContinuousClock.now
  try await body()
  let elapsed = ContinuousClock.now - start
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  let rate = Double(operations) / seconds
  let padded = label.count < 40 ? label + String(repeating: " ", count: 40 - label.count) : label
  print(padded + String(format: " %7d %@ in %6.2f s = %8.0f %@/s", operations, unit, seconds, rate, unit))
}

/// Splits `total` items over `workers` tasks.
func parallel(_ workers: Int, _ total: Int, _ body: @escaping @Sendable (Int) async throws -> Void) async throws {
  try await withThrowingTaskGroup(of: Void.self) { group in
    for w in 0..<workers {
      group.addTask { for i in stride(from: w, to: total, by: workers) { try await body(i) } }
    }
    try await group.waitForAll()
  }
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let root = "/tmp/meshbench-\(UUID().uuidString.prefix(8))"
var embedded: EmbeddedPostgres?
var configuration: PostgresConfiguration
if let url = options.url {
  configuration = PostgresConfiguration(connectionString: url)
} else {
  try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
  let cluster = try EmbeddedPostgres(dataDirectory: root + "/data", settings: options.fsyncOff ? ["fsync": "off"] : [:])
  try await cluster.start()
  embedded = cluster
  configuration = cluster.configuration
}

configuration.preparesStatements = !options.unprepared
do {
  let n = options.messages
  let c = options.concurrency
  print("StoreBenchmark: \(n) messages, concurrency \(c), \(options.url == nil ? "embedded cluster" : "given server")"
        + "\(options.fsyncOff ? " (fsync off)" : " (fsync on)")\(options.unprepared ? ", unprepared" : ", prepared statements"), \(ProcessInfo.processInfo.activeProcessorCount) cores")
  let pool = PostgresPool(configuration: configuration, maxConnections: c)
  try await StoreMigrations.migrate(pool)
  let queue = PostgresDurableQueue(pool: pool)
  let run = UUID().uuidString.prefix(8)

  let payload = [UInt8](repeating: 0x61, count: 256)
  try await measure("enqueue (256 B, idempotency key)", operations: n, unit: "msg") {
    try await parallel(c, n) { i in _ = try await queue.enqueue(payload, queue: "bench-\(run)", idempotencyKey: "k\(i)") }
  }
  try await measure("dequeue + complete, batches of 1", operations: n / 2, unit: "msg") {
    try await parallel(c, n / 2) { _ in
      for message in try await queue.dequeue(queue: "bench-\(run)", limit: 1) { _ = try await queue.complete(message) }
    }
  }
  let left = n - n / 2
  try await measure("dequeue + complete, batches of 10", operations: left, unit: "msg") {
    try await parallel(c, (left + 9) / 10) { _ in
      for message in try await queue.dequeue(queue: "bench-\(run)", limit: 10) { _ = try await queue.complete(message) }
    }
  }
  let counts = try await queue.counts(queue: "bench-\(run)")
  print("  queue state after: \(counts.map { "\($0.key.rawValue)=\($0.value)" }.sorted().joined(separator: " "))")

  let chat = PostgresChatHistoryStore(pool: pool, keyring: try Keyring(keys: [AEADKey.random(id: "bench")], currentKeyID: "bench"))
  var conversations: [Conversation] = []
  for i in 0..<c { conversations.append(try await chat.createConversation(userID: "bench-\(run)-\(i)", title: "bench")) }
  let conversationList = conversations
  let body = String(repeating: "Looking for running shoes, size 42, under 100 dollars. ", count: 4)
  try await measure("chat insert (AES-GCM + redacted copy)", operations: n, unit: "msg") {
    try await parallel(c, n) { i in
      let conversation = conversationList[i % conversationList.count]
      _ = try await chat.append(body, role: .user, conversationID: conversation.id, userID: conversation.userID, clientMessageID: nil)
    }
  }
  let pageSize = 50
  let start = ContinuousClock.now
  let (read, pages) = try await withThrowingTaskGroup(of: (Int, Int).self) { group in
    for conversation in conversationList {
      group.addTask {
        var cursor: Int64? = nil
        var count = 0
        var pages = 0
        repeat {
          let page = try await chat.messages(conversationID: conversation.id, userID: conversation.userID, after: cursor, limit: pageSize)
          count += page.messages.count
          pages += 1
          cursor = page.nextCursor
        } while cursor != nil
        return (count, pages)
      }
    }
    var total = (0, 0)
    for try await (count, pages) in group { total.0 += count; total.1 += pages }
    return total
  }
  let elapsed = ContinuousClock.now - start
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  print("chat paged read (50/page, decrypt)".padding(toLength: 40, withPad: " ", startingAt: 0)
        + String(format: " %7d msg in %6.2f s = %8.0f msg/s (%d pages, %.0f pages/s)", read, seconds, Double(read) / seconds,
                 pages, Double(pages) / seconds))
  queue.stop()
  pool.close()
} catch {
  print("StoreBenchmark failed: \(error)")
}
if let embedded {
  try? await embedded.stop()
  try? FileManager.default.removeItem(atPath: root)
}
