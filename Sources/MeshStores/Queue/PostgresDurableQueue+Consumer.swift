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
  ///   - handler: the work; it gets the message and the completing transaction's connection.
  public func consume(queue: String, concurrency: Int = 1, visibilityTimeout: Duration = .seconds(30),
                      handler: @escaping @Sendable (QueueMessage, PostgresConnection) async throws -> Void) async {
    await withTaskGroup(of: Void.self) { group in
      for _ in 0..<max(concurrency, 1) {
        group.addTask {
          while !Task.isCancelled {
            do {
              for message in try await self.receive(queue: queue, limit: 1, visibilityTimeout: visibilityTimeout,
                                                    wait: .seconds(30)) {
                await self.handle(message, handler)
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

  private func handle(_ message: QueueMessage,
                      _ handler: @Sendable (QueueMessage, PostgresConnection) async throws -> Void) async {
    do {
      try await complete(message) { connection in try await handler(message, connection) }
    } catch is StoreError {
      // Lease lost: another delivery owns the message; nothing to give back.
    } catch where (error as? PostgresError)?.isConnectionProblem == true {
      // The outcome is unknown; the lease expires and the message comes back if it did not commit.
    } catch {
      _ = try? await fail(message, error: "\(error)")
    }
  }
}
