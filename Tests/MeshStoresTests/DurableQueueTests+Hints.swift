import Foundation
import MeshMetrics
import MeshPostgres
import MeshPostgresTestSupport
import MeshStores
import Synchronization
import Testing

extension DurableQueueTests {
  /// A consumer done with a message waits without a dequeue unless a notification woke no waiter: a
  /// message enqueued while its only worker is busy must still be taken when that worker finishes. The
  /// poll interval and idle wait are far longer than the cap, so only the hint can bring it in.
  @Test func aMessageSentWhileEveryWorkerIsBusyIsTakenWhenOneFinishes() async throws {
    let pool = try await TestCluster.shared.migratedPool()
    let queue = PostgresDurableQueue(pool: pool, pollInterval: .seconds(3600))
    defer { queue.stop(); pool.close() }
    let name = "hinted_\(UUID().uuidString.prefix(8).lowercased())"
    let started = Mutex<[String]>([])
    let gate = Mutex(false)
    let consumer = Task {
      await queue.consume(queue: name, concurrency: 1, idleWait: .seconds(3600), metrics: QueueMetrics(queue: name, registry: MetricsRegistry()),
                          carryingMark: { message, _, _ in
                            started.withLock { $0.append(String(decoding: message.payload, as: UTF8.self)) }
                            // The first message is held until the second is sent: the worker is busy then.
                            for _ in 0..<6000 where !gate.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(20)) }
                          },
                          committed: { _, _ in })
    }
    defer { consumer.cancel() }
    #expect(try await Self.eventually { queue.idleReceivers(queue: name) == 1 }, "the worker never went to sleep")
    _ = try await queue.enqueue(Array("first".utf8), queue: name, idempotencyKey: "first")
    #expect(try await Self.eventually { started.withLock { $0 } == ["first"] })
    _ = try await queue.enqueue(Array("second".utf8), queue: name, idempotencyKey: "second")
    // Its notification finds no waiter (the one worker is in the handler): a hint is kept. (At least one:
    // when the listener's LISTEN took effect late, "first"'s notification can find the worker already
    // dequeuing after the listener's start-up wake-up and leave one too; an extra hint costs one dequeue.)
    #expect(try await Self.eventually { queue.unclaimedHints(queue: name) >= 1 }, "the notification left no hint")
    gate.withLock { $0 = true }
    #expect(try await Self.eventually { try await queue.counts(queue: name) == [.done: 2] }, "the second message was not taken")
    #expect(started.withLock { $0 } == ["first", "second"])
    // Both taken, the worker sleeps again.
    #expect(try await Self.eventually { queue.idleReceivers(queue: name) == 1 })
    consumer.cancel()
    await consumer.value
  }
}
