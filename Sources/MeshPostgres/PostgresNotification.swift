/// A message sent by `NOTIFY channel, 'payload'` (or `pg_notify`) and received by a listener.
public struct PostgresNotification: Sendable, Equatable {
  /// The channel it was sent on.
  public let channel: String
  /// The payload text; empty when the listener reconnected and may have missed messages on `channel`.
  public let payload: String
  /// The process id of the sending backend; 0 for the synthetic reconnection notice.
  public let senderPID: Int32

  /// Creates a notification.
  /// - Parameters:
  ///   - channel: the channel name.
  ///   - payload: the payload text.
  ///   - senderPID: the sending backend's process id.
  public init(channel: String, payload: String, senderPID: Int32) {
    self.channel = channel
    self.payload = payload
    self.senderPID = senderPID
  }
}
