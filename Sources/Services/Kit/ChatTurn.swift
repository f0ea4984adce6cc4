public import Foundation

/// One user message waiting for the processor: the durable queue's payload between chat and processor.
/// It names the stored message and never carries its text, which stays sealed in the chat history.
public struct ChatTurn: Sendable, Equatable, Codable {
  /// The queue the turns go through.
  public static let queue = "chat_turns"
  /// The NOTIFY channel on which the processor announces a stored reply (payload: `replyKey`).
  public static let replyChannel = "chat_reply"
  /// The NOTIFY channel on which a reply's text streams while the processor produces it (payload:
  /// the turn's `idempotencyKey`, a line feed, and the whole text so far).
  public static let replyChunkChannel = "chat_reply_chunk"

  /// The stored user message's id.
  public var messageID: Int64
  /// The client's id of the message (the idempotency key of the turn).
  public var clientMessageID: String
  /// The conversation.
  public var conversationID: UUID
  /// Who wrote it.
  public var userID: String
  /// The user's locale.
  public var locale: String
  /// When the chat service accepted the message.
  public var acceptedAt: Date
  /// The W3C `traceparent` of the call that sent the message, so the processor's work joins its trace
  /// (nil from producers that predate it).
  public var traceParent: String?
  /// The request id of that call.
  public var requestID: String?

  /// Creates a turn.
  public init(messageID: Int64, clientMessageID: String, conversationID: UUID, userID: String, locale: String,
              acceptedAt: Date = Date()) {
    self.messageID = messageID
    self.clientMessageID = clientMessageID
    self.conversationID = conversationID
    self.userID = userID
    self.locale = locale
    self.acceptedAt = acceptedAt
  }

  /// The queue's idempotency key: one turn per client message per conversation.
  public var idempotencyKey: String { Self.idempotencyKey(conversationID: conversationID, clientMessageID: clientMessageID) }

  /// The idempotency key of the turn of a client message, before the turn exists.
  /// - Parameters:
  ///   - conversationID: the conversation.
  ///   - clientMessageID: the client's id of the message.
  public static func idempotencyKey(conversationID: UUID, clientMessageID: String) -> String {
    "\(conversationID.uuidString.lowercased()):\(clientMessageID)"
  }

  /// The client id of the assistant's reply to this turn: one reply per turn, enforced by the store's
  /// unique (conversation, client id).
  public var replyClientID: String { Self.replyClientID(for: clientMessageID) }

  /// The reply's client id for a user message's client id.
  /// - Parameter clientMessageID: the user message's client id.
  public static func replyClientID(for clientMessageID: String) -> String { "reply:" + clientMessageID }
}
