/// Receives `NOTIFY` messages on a dedicated connection, reconnecting when it breaks. Each time its
/// `LISTEN` takes effect (the first time too) it yields one empty-payload notification per channel, since
/// messages sent before that were not heard: a consumer that found nothing and began waiting while the
/// listener was still connecting would otherwise sleep through them. Listeners treat notifications as
/// hints and re-check the data.
public final class PostgresListener: Sendable {
  /// The notifications, in the order they arrived; ends when the listener is stopped.
  public let notifications: AsyncStream<PostgresNotification>
  private let task: Task<Void, Never>

  /// Starts listening.
  /// - Parameters:
  ///   - configuration: where to connect.
  ///   - channels: channel names: letters, digits and `_` only, since `LISTEN` takes no parameters.
  public init(configuration: PostgresConfiguration, channels: [String]) throws {
    for channel in channels where !Self.isValidChannel(channel) {
      throw PostgresError.invalidArgument("channel name \"\(channel)\" must be 1-63 of [A-Za-z0-9_]")
    }
    let (stream, continuation) = AsyncStream<PostgresNotification>.makeStream(bufferingPolicy: .bufferingNewest(4096))
    notifications = stream
    task = Task {
      var delay = Duration.milliseconds(50)
      while !Task.isCancelled {
        do {
          let connection = try await PostgresConnection.connect(configuration)
          for channel in channels { try await connection.execute("LISTEN \"\(channel)\"") }
          for channel in channels { continuation.yield(PostgresNotification(channel: channel, payload: "", senderPID: 0)) }
          delay = .milliseconds(50)
          while !Task.isCancelled {
            if let notification = try await connection.nextNotification() { continuation.yield(notification) }
          }
        } catch {
          try? await Task.sleep(for: delay)
          delay = min(delay * 2, .seconds(1))
        }
      }
      continuation.finish()
    }
    continuation.onTermination = { [task] _ in task.cancel() }
  }

  /// Stops listening and ends `notifications`.
  public func stop() { task.cancel() }

  deinit { task.cancel() }

  static func isValidChannel(_ name: String) -> Bool {
    !name.isEmpty && name.utf8.count <= 63
      && name.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 95 }
  }
}
