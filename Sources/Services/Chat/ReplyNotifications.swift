import MeshPostgres
import MeshServiceKit

/// The chat service's one LISTEN connection, for both the replies' announcements (`chat_reply`, to
/// `ReplyWaiters`) and their streamed text (`chat_reply_chunk`, to `ReplyTextStreams`). One connection
/// rather than one per channel: PostgreSQL wakes every listening backend of the database for each NOTIFY
/// (and a turn sends several), whatever channels it listens to.
final class ReplyNotifications: Sendable {
  private let listener: PostgresListener
  private let task: Task<Void, Never>

  /// Starts listening (the connection is made in the background) and routing to `waiters` and `texts`.
  init(configuration: PostgresConfiguration, waiters: ReplyWaiters, texts: ReplyTextStreams) throws {
    let listener = try PostgresListener(configuration: configuration,
                                        channels: [ChatTurn.replyChannel, ChatTurn.replyChunkChannel])
    self.listener = listener
    task = Task {
      for await notification in listener.notifications {
        switch notification.channel {
        case ChatTurn.replyChannel: waiters.deliver(notification.payload)
        case ChatTurn.replyChunkChannel: texts.deliver(notification.payload)
        default: continue
        }
      }
    }
  }

  /// Stops listening.
  func stop() {
    listener.stop()
    task.cancel()
  }
}
