public import MeshPostgres

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
    let metrics = metrics ?? {
      let made = QueueMetrics(queue: queue)
      made.attach(pool: pool, queue: queue)
      return made
    }()
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<max(concurrency, 1) {
        group.addTask {
          while !Task.isCancelled {
            do {
              for message in try await self.receive(queue: queue, limit: 1, visibilityTimeout: visibilityTimeout,
                                                    wait: .seconds(30)) {
                await self.handle(message, metrics: metrics, handler)
              }
            } catch {
              if Task.isCancelled { return }
              try? await Task.sleep(for: .milliseconds(200))
            }
          }
        }
      }
    }
  }

  private func handle(_ message: QueueMessage, metrics: QueueMetrics,
                      _ handler: @Sendable (QueueMessage, PostgresConnection) async throws -> Void) async {
    if message.attempts > 1 { metrics.redeliveries.increment() }
    do {
      try await complete(message) { connection in try await handler(message, connection) }
      metrics.handledOK.increment()
    } catch is StoreError {
      metrics.handledFailed.increment()
      // Lease lost: another delivery owns the message; nothing to give back.
    } catch where (error as? PostgresError)?.isConnectionProblem == true {
      // The outcome is unknown; the lease expires and the message comes back if it did not commit.
      metrics.handledFailed.increment()
    } catch {
      metrics.handledFailed.increment()
      if (try? await fail(message, error: "\(error)")) == .dead { metrics.deadLettered.increment() }
    }
  }
}
