import Foundation
import MeshPostgres
import MeshPostgresTestSupport
import MeshStores
import Testing

@Suite(.postgresCluster) struct DurableQueueTests {
  func makeQueue(_ policy: QueuePolicy = QueuePolicy()) async throws -> (PostgresDurableQueue, PostgresPool) {
    let pool = try await TestCluster.shared.migratedPool()
    return (PostgresDurableQueue(pool: pool, policy: policy, pollInterval: .milliseconds(200)), pool)
  }

  /// Checks `condition` every 20 ms until it holds or `cap` passes; whether it held. The tests wait for
  /// events this way, never for a fixed time: the cap is only there so a broken queue fails instead of
  /// hanging, and is generous for a loaded machine (load 30 on 2 cores).
  static func eventually(cap: Duration = .seconds(120), _ condition: () async throws -> Bool) async throws -> Bool {
    let end = ContinuousClock.now + cap
    while ContinuousClock.now < end {
      if try await condition() { return true }
      try await Task.sleep(for: .milliseconds(20))
    }
    return try await condition()
  }

  /// What each receiver got. A receiver still asleep after `cap` (a lost wake-up: the tests' poll interval
  /// is far longer) is cancelled, and its `CancellationError` fails the test.
  static func received(_ receivers: [Task<[QueueMessage], any Error>], cap: Duration = .seconds(120)) async throws -> [[QueueMessage]] {
    let watchdog = Task {
      try await Task.sleep(for: cap)
      for receiver in receivers { receiver.cancel() }
    }
    defer { watchdog.cancel() }
    var got: [[QueueMessage]] = []
    for receiver in receivers { got.append(try await receiver.value) }
    return got
  }

  @Test func idempotencyKeyStoresOnce() async throws {
    let (queue, pool) = try await makeQueue()
    defer { queue.stop(); pool.close() }
    let first = try await queue.enqueue(Array("a".utf8), queue: "dedupe", idempotencyKey: "k1")
    let again = try await queue.enqueue(Array("b".utf8), queue: "dedupe", idempotencyKey: "k1")
    #expect(!first.duplicate)
    #expect(again.duplicate)
    #expect(again.id == first.id)
    let messages = try await queue.dequeue(queue: "dedupe", limit: 10)
    #expect(messages.map(\.payload) == [Array("a".utf8)])
  }

  @Test func completionNeedsTheCurrentLease() async throws {
    let (queue, pool) = try await makeQueue()
    defer { queue.stop(); pool.close() }
    _ = try await queue.enqueue([1], queue: "lease", idempotencyKey: "m")
    let first = try #require(try await queue.dequeue(queue: "lease").first)
    #expect(try await queue.dequeue(queue: "lease").isEmpty)
    // The visibility timeout passes (brought to now rather than waited for, which a loaded machine could
    // overrun before the check above): the message is delivered again, and the first lease is void.
    #expect(try await queue.extendLease(first, by: .zero))
    let second = try #require(try await queue.dequeue(queue: "lease").first)
    #expect(second.id == first.id)
    #expect(second.attempts == 2)
    #expect(try await queue.complete(first) == false)
    #expect(try await queue.complete(second) == true)
    // Completion is idempotent for the same delivery.
    #expect(try await queue.complete(second) == true)
    #expect(try await queue.complete(first) == false)
    #expect(try await queue.counts(queue: "lease") == [.done: 1])
    #expect(try await queue.purgeCompleted(queue: "lease", olderThan: .seconds(3600)) == 0)
    #expect(try await queue.purgeCompleted(queue: "lease", olderThan: .zero) == 1)
    #expect(try await queue.counts(queue: "lease").isEmpty)
  }

  @Test func failuresBackOffThenDeadLetter() async throws {
    // A backoff no machine passes between the failure and the next dequeue (at 100 ms, a loaded one did).
    let policy = QueuePolicy(maxAttempts: 2, baseBackoff: .seconds(600), maxBackoff: .seconds(600))
    let (queue, pool) = try await makeQueue(policy)
    defer { queue.stop(); pool.close() }
    _ = try await queue.enqueue([7], queue: "retry", idempotencyKey: "x")
    let one = try #require(try await queue.dequeue(queue: "retry").first)
    #expect(try await queue.fail(one, error: "boom 1") == .ready)
    // Backing off: not visible at once.
    #expect(try await queue.dequeue(queue: "retry").isEmpty)
    let waiting = try await pool.execute("SELECT visible_at > now() + interval '60 seconds' FROM queue_messages WHERE id = $1", [one.id])
    #expect(try waiting.first?.decode(Bool.self, at: 0) == true)
    // The backoff passes (brought to now): a receiver's poll finds the message (no notification comes).
    try await pool.execute("UPDATE queue_messages SET visible_at = now() WHERE id = $1", [one.id])
    let two = try #require(try await queue.receive(queue: "retry", wait: .seconds(120)).first)
    #expect(two.attempts == 2)
    #expect(try await queue.fail(two, error: "boom 2") == .dead)
    let dead = try await queue.deadLetters(queue: "retry")
    #expect(dead.map(\.idempotencyKey) == ["x"])
    #expect(dead.first?.lastError == "boom 2")
    #expect(try await queue.requeueDead(id: one.id))
    let three = try #require(try await queue.dequeue(queue: "retry").first)
    #expect(three.attempts == 1)
  }

  @Test func expiredLastLeaseGoesToDeadLetters() async throws {
    let (queue, pool) = try await makeQueue(QueuePolicy(maxAttempts: 1))
    defer { queue.stop(); pool.close() }
    _ = try await queue.enqueue([1], queue: "expire", idempotencyKey: "e")
    let only = try #require(try await queue.dequeue(queue: "expire").first)
    // Its lease runs out (brought to now).
    #expect(try await queue.extendLease(only, by: .zero))
    #expect(try await queue.dequeue(queue: "expire").isEmpty)
    #expect(try await queue.counts(queue: "expire") == [.dead: 1])
  }

  @Test func concurrentConsumersCompleteEachMessageOnce() async throws {
    let (queue, pool) = try await makeQueue()
    defer { queue.stop(); pool.close() }
    let total = 200
    for i in 0..<total { _ = try await queue.enqueue(Array("m\(i)".utf8), queue: "work", idempotencyKey: "m\(i)") }
    let ids = try await withThrowingTaskGroup(of: [Int64].self) { group in
      for _ in 0..<4 {
        group.addTask {
          var mine: [Int64] = []
          while true {
            let batch = try await queue.dequeue(queue: "work", limit: 5)
            if batch.isEmpty { return mine }
            for message in batch where try await queue.complete(message) { mine.append(message.id) }
          }
        }
      }
      return try await group.reduce(into: []) { $0 += $1 }
    }
    #expect(ids.count == total)
    #expect(Set(ids).count == total)
  }

  @Test func idleReceiverWakesOnEnqueue() async throws {
    // A poll interval and a wait far longer than the cap, so only the NOTIFY can bring the message in.
    let pool = try await TestCluster.shared.migratedPool()
    let queue = PostgresDurableQueue(pool: pool, pollInterval: .seconds(3600))
    defer { queue.stop(); pool.close() }
    let receiver = Task { try await queue.receive(queue: "wake", wait: .seconds(3600)) }
    #expect(try await Self.eventually { queue.idleReceivers(queue: "wake") == 1 }, "the receiver never went to sleep")
    _ = try await queue.enqueue(Array("hi".utf8), queue: "wake", idempotencyKey: "w")
    let got = try await Self.received([receiver])
    #expect(got.flatMap { $0.map(\.payload) } == [Array("hi".utf8)])
  }

  @Test func eachEnqueueWakesAnIdleReceiverAndNoneIsLeftAsleep() async throws {
    // One notification wakes one waiter: with three idle receivers and three messages sent one at a
    // time, every receiver must still get one (a lost wake-up would leave one asleep for the 60 s poll).
    // A poll interval and waits far longer than the cap: a lost wake-up leaves a receiver asleep, and the
    // cap ends the test.
    let pool = try await TestCluster.shared.migratedPool()
    let queue = PostgresDurableQueue(pool: pool, pollInterval: .seconds(3600))
    defer { queue.stop(); pool.close() }
    let receivers = (0..<3).map { _ in Task { try await queue.receive(queue: "wake-one", wait: .seconds(3600)) } }
    #expect(try await Self.eventually { queue.idleReceivers(queue: "wake-one") == 3 }, "the receivers never went to sleep")
    for index in 0..<3 {
      _ = try await queue.enqueue([UInt8(index)], queue: "wake-one", idempotencyKey: "w\(index)")
      // One at a time: the next message is sent once this one's receiver has woken and left.
      #expect(try await Self.eventually { queue.idleReceivers(queue: "wake-one") == 2 - index }, "message \(index) woke no receiver")
    }
    let payloads = try await Self.received(receivers).flatMap { $0.map(\.payload) }
    #expect(payloads.sorted { $0[0] < $1[0] } == [[0], [1], [2]])
  }

  @Test func transactionalCompletionCommitsWithTheWork() async throws {
    let (queue, pool) = try await makeQueue()
    defer { queue.stop(); pool.close() }
    try await pool.execute("CREATE TABLE IF NOT EXISTS processed (key text PRIMARY KEY)")
    _ = try await queue.enqueue([1], queue: "tx", idempotencyKey: "t1")
    let message = try #require(try await queue.dequeue(queue: "tx").first)
    struct Crash: Error {}
    await #expect(throws: Crash.self) {
      try await queue.complete(message) { connection in
        try await connection.execute("INSERT INTO processed VALUES ($1)", [message.idempotencyKey])
        throw Crash()
      }
    }
    #expect(try await pool.execute("SELECT count(*) FROM processed").first?.decode(Int.self, at: 0) == 0)
    try await queue.complete(message) { try await $0.execute("INSERT INTO processed VALUES ($1)", [message.idempotencyKey]) }
    #expect(try await pool.execute("SELECT count(*) FROM processed").first?.decode(Int.self, at: 0) == 1)
    await #expect(throws: StoreError.leaseLost(messageID: message.id)) {
      try await queue.complete(message) { _ in }
    }
  }

  @Test func badInputIsRefused() async throws {
    let (queue, pool) = try await makeQueue(QueuePolicy(maxPayloadBytes: 64))
    defer { queue.stop(); pool.close() }
    await #expect(throws: StoreError.valueTooLarge(field: "payload", size: 65, limit: 64)) {
      try await queue.enqueue([UInt8](repeating: 0, count: 65), queue: "q", idempotencyKey: "k")
    }
    await #expect(throws: StoreError.self) { try await queue.enqueue([1], queue: "q", idempotencyKey: "") }
    await #expect(throws: StoreError.self) { try await queue.enqueue([1], queue: String(repeating: "q", count: 500), idempotencyKey: "k") }
    let nasty = "x'); DELETE FROM queue_messages; --"
    _ = try await queue.enqueue(Array(nasty.utf8), queue: "q", idempotencyKey: nasty)
    #expect(try await queue.dequeue(queue: "q").first?.idempotencyKey == nasty)
  }
}

extension DurableQueueTests {
  @Test func consumerHandlesRetriesAndCompletesOnce() async throws {
    let (queue, pool) = try await makeQueue(QueuePolicy(maxAttempts: 3, baseBackoff: .milliseconds(20)))
    defer { queue.stop(); pool.close() }
    try await pool.execute("CREATE TABLE IF NOT EXISTS consumed (key text NOT NULL)")
    for i in 0..<30 { _ = try await queue.enqueue(Array("c\(i)".utf8), queue: "consume", idempotencyKey: "c\(i)") }
    _ = try await queue.enqueue(Array("poison".utf8), queue: "consume", idempotencyKey: "poison")
    let consumer = Task {
      await queue.consume(queue: "consume", concurrency: 3) { message, connection in
        let key = String(decoding: message.payload, as: UTF8.self)
        struct Poison: Error {}
        if key == "poison" { throw Poison() }
        // Every third message fails on its first delivery, then succeeds.
        if message.attempts == 1, key.hasSuffix("3") { throw Poison() }
        try await connection.execute("INSERT INTO consumed VALUES ($1)", [key])
      }
    }
    var counts: [QueueMessageState: Int] = [:]
    _ = try await Self.eventually {
      counts = try await queue.counts(queue: "consume")
      return counts[.done] == 30 && counts[.dead] == 1
    }
    consumer.cancel()
    await consumer.value
    #expect(counts == [.done: 30, .dead: 1])
    let row = try await pool.execute("SELECT count(*), count(DISTINCT key) FROM consumed").first
    #expect(try row?.decode(Int.self, at: 0) == 30)
    #expect(try row?.decode(Int.self, at: 1) == 30)
  }
}
