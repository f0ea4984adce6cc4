public import MeshPostgres
import Synchronization

extension PostgresDurableQueue {
  /// Consumes a queue until the task is cancelled: `concurrency` workers each receive a message, run
  /// `handler` inside the transaction that completes it (so the handler's writes and the completion
  /// commit together), and on a handler error give the message back for a retry with backoff.
  /// Database errors pause the worker briefly and it carries on, so a restarting server is ridden out.
  /// - Parameters:
  ///   - queue: the queue's name.
  ///   - concurrency: how many messages are handled at once.
  ///   - visibilityTimeout: how long a message stays hidden while handled; longer than the handler takes.
  ///   - metrics: the queue's metrics (depth, age, redeliveries, dead letters); by default in the
  ///     process's registry, read from the table at each scrape.
  ///   - handler: the work; it gets the message and the completing transaction's connection.
  public func consume(queue: String, concurrency: Int = 1, visibilityTimeout: Duration = .seconds(30),
                      metrics: QueueMetrics? = nil,
                      handler: @escaping @Sendable (QueueMessage, PostgresConnection) async throws -> Void) async {
    await consume(queue: queue, concurrency: concurrency, visibilityTimeout: visibilityTimeout, metrics: metrics,
                  handler: handler, committed: { _, _ in })
  }

  /// `consume`, with `committed` called once per message whose handling committed, with what the handler
  /// returned from its last run. The handler may run more than once for one delivery (the transaction is
  /// retried after a serialization failure or a deadlock) and again for a redelivery; what is counted or
  /// announced once per message belongs in `committed`, not in the handler. A commit whose outcome is
  /// unknown (the connection broke at COMMIT) calls nothing.
  /// - Parameters:
  ///   - queue: the queue's name.
  ///   - concurrency: how many messages are handled at once.
  ///   - visibilityTimeout: how long a message stays hidden while handled.
  ///   - metrics: the queue's metrics.
  ///   - handler: the work, inside the completing transaction.
  ///   - committed: runs after the completing transaction committed.
  public func consume<Outcome: Sendable>(
    queue: String, concurrency: Int = 1, visibilityTimeout: Duration = .seconds(30), metrics: QueueMetrics? = nil,
    handler: @escaping @Sendable (QueueMessage, PostgresConnection) async throws -> Outcome,
    committed: @escaping @Sendable (QueueMessage, Outcome) -> Void
  ) async {
    await consumeLoop(queue: queue, scaling: ConsumerScaling(floor: concurrency, ceiling: concurrency),
                      visibilityTimeout: visibilityTimeout, metrics: metrics,
                      run: { message in try await self.complete(message) { connection in try await handler(message, connection) } },
                      committed: committed)
  }

  /// `consume` for a handler that carries the done mark in its first statement (`QueueCompletion`): a
  /// statement and a round trip less per message. A handler that does not carry it (an early return)
  /// still completes the message: the queue marks it after the handler, in the same transaction.
  /// - Parameters:
  ///   - queue: the queue's name.
  ///   - concurrency: how many messages are handled at once, at least (the workers that always run).
  ///   - maxConcurrency: how many at most: while every worker is busy, one more starts, up to this; one
  ///     idle for `idleWait` retires (`ConsumerScaling`). Nil: `concurrency`, a fixed count.
  ///   - visibilityTimeout: how long a message stays hidden while handled.
  ///   - idleWait: how long a worker waits for a message before it retires (above the floor) or waits again.
  ///   - metrics: the queue's metrics.
  ///   - handler: the work, inside the completing transaction, with the mark to carry.
  ///   - committed: runs after the completing transaction committed.
  public func consume<Outcome: Sendable>(
    queue: String, concurrency: Int = 1, maxConcurrency: Int? = nil, visibilityTimeout: Duration = .seconds(30),
    idleWait: Duration = .seconds(10), metrics: QueueMetrics? = nil,
    carryingMark handler: @escaping @Sendable (QueueMessage, QueueCompletion, PostgresConnection) async throws -> Outcome,
    committed: @escaping @Sendable (QueueMessage, Outcome) -> Void
  ) async {
    await consumeLoop(queue: queue, scaling: ConsumerScaling(floor: concurrency, ceiling: maxConcurrency ?? concurrency),
                      visibilityTimeout: visibilityTimeout, idleWait: idleWait, metrics: metrics,
                      run: { message in
                        try await self.complete(message, carryingMark: { connection, completion in
                          try await handler(message, completion, connection)
                        })
                      },
                      committed: committed)
  }

  private func consumeLoop<Outcome: Sendable>(
    queue: String, scaling: ConsumerScaling, visibilityTimeout: Duration, idleWait: Duration = .seconds(30),
    metrics: QueueMetrics?, run: @escaping @Sendable (QueueMessage) async throws -> Outcome,
    committed: @escaping @Sendable (QueueMessage, Outcome) -> Void
  ) async {
    let metrics = metrics ?? {
      let made = QueueMetrics(queue: queue)
      made.attach(pool: pool, queue: queue)
      return made
    }()
    let state = SharedScaling(scaling)
    metrics.workers.set(Double(scaling.workers))
    // Workers ask this task (the group's owner, the only one that may add to it) to start another.
    let (starts, starter) = AsyncStream.makeStream(of: Void.self)
    let worker: @Sendable () async -> Void = {
      // Whether the last receive brought a message this worker has since handled (its next receive then
      // looks only on a hint: `receive(afterHandling:)`).
      var handled = false
      while !Task.isCancelled {
        do {
          let messages = try await self.receive(queue: queue, limit: 1, visibilityTimeout: visibilityTimeout, wait: idleWait,
                                                afterHandling: handled)
          handled = false
          if messages.isEmpty {
            if let left = state.value.withLock({ $0.foundNothing() ? $0.workers : nil }) {
              metrics.workers.set(Double(left))
              return
            }
            continue
          }
          if let now = state.value.withLock({ $0.tookMessage() ? $0.workers : nil }) {
            metrics.workers.set(Double(now))
            starter.yield()
          }
          for message in messages { await self.handle(message, metrics: metrics, run, committed: committed) }
          state.value.withLock { $0.finishedMessage() }
          handled = true
        } catch {
          handled = false
          if Task.isCancelled { break }
          try? await Task.sleep(for: .milliseconds(200))
        }
      }
      metrics.workers.set(Double(state.value.withLock { $0.stopped(); return $0.workers }))
    }
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<scaling.floor { group.addTask(operation: worker) }
      // Ends when this task is cancelled (the stream finishes with it); the group then waits for the workers.
      for await _ in starts { group.addTask(operation: worker) }
    }
    starter.finish()
  }

  private func handle<Outcome: Sendable>(_ message: QueueMessage, metrics: QueueMetrics,
                                         _ run: @Sendable (QueueMessage) async throws -> Outcome,
                                         committed: @Sendable (QueueMessage, Outcome) -> Void) async {
    if message.attempts > 1 { metrics.redeliveries.increment() }
    do {
      let outcome = try await run(message)
      metrics.handledOK.increment()
      committed(message, outcome)
    } catch StoreError.leaseLost {
      metrics.handledFailed.increment()
      // Another delivery owns the message; nothing to give back. (Any other store error of the handler is
      // a failure like the rest: retried with backoff, then dead-lettered.)
    } catch where (error as? PostgresError)?.isConnectionProblem == true {
      // The outcome is unknown; the lease expires and the message comes back if it did not commit.
      metrics.handledFailed.increment()
    } catch {
      metrics.handledFailed.increment()
      if (try? await fail(message, error: "\(error)")) == .dead { metrics.deadLettered.increment() }
    }
  }
}

/// The consumer's `ConsumerScaling`, shared by its workers (a `Mutex` cannot be captured by their closures itself).
private final class SharedScaling: Sendable {
  let value: Mutex<ConsumerScaling>
  init(_ scaling: ConsumerScaling) { value = Mutex(scaling) }
}
