public import Foundation

/// Who wrote a chat message.
public enum ChatRole: String, Sendable, Codable {
  /// The person chatting.
  case user
  /// The assistant's reply.
  case assistant
  /// Instructions or notices from the system.
  case system
}

/// A conversation of one user.
public struct Conversation: Sendable, Equatable {
  /// Its id.
  public let id: UUID
  /// The user who owns it.
  public let userID: String
  /// A short title.
  public let title: String
  /// When it started.
  public let createdAt: Date
}

/// One decrypted chat message.
public struct ChatMessage: Sendable, Equatable {
  /// Its id; ids grow in insertion order, and pages follow them.
  public let id: Int64
  /// The conversation it belongs to.
  public let conversationID: UUID
  /// The author's role.
  public let role: ChatRole
  /// The plaintext body.
  public let body: String
  /// The id of the key that sealed the stored body.
  public let keyID: String
  /// When it was stored.
  public let createdAt: Date
}

/// One page of a conversation, oldest first.
public struct ChatPage: Sendable, Equatable {
  /// The messages of this page.
  public let messages: [ChatMessage]
  /// Pass as `after` to read the next page; nil when this is the last.
  public let nextCursor: Int64?
}

/// What a deletion request removed.
public struct DeletedUserData: Sendable, Equatable {
  /// Conversations removed.
  public let conversations: Int
  /// Messages removed (their analytics copies went with them).
  public let messages: Int
}

/// The chat history: conversations and messages, bodies encrypted at rest.
public protocol ChatHistoryStore: Sendable {
  /// Starts a conversation.
  /// - Parameters:
  ///   - userID: its owner.
  ///   - title: a short title.
  func createConversation(userID: String, title: String) async throws -> Conversation

  /// Appends a message; with a `clientMessageID`, appending the same one twice stores it once.
  /// - Parameters:
  ///   - body: the plaintext.
  ///   - role: the author's role.
  ///   - conversationID: the conversation.
  ///   - userID: the conversation's owner (checked).
  ///   - clientMessageID: an idempotency key from the caller.
  func append(_ body: String, role: ChatRole, conversationID: UUID, userID: String,
              clientMessageID: String?) async throws -> ChatMessage

  /// Reads a page of messages after `cursor`, oldest first.
  /// - Parameters:
  ///   - conversationID: the conversation.
  ///   - userID: its owner (checked).
  ///   - cursor: the previous page's `nextCursor`, nil for the first page.
  ///   - limit: the page size.
  func messages(conversationID: UUID, userID: String, after cursor: Int64?, limit: Int) async throws -> ChatPage

  /// The user's conversations, newest first.
  /// - Parameters:
  ///   - userID: the owner.
  ///   - limit: the most to return.
  func conversations(userID: String, limit: Int) async throws -> [Conversation]

  /// The conversation in which the user already sent a message with this client id, if any: a retried
  /// first message (sent without a conversation id) lands in the conversation the first try made.
  /// - Parameters:
  ///   - clientMessageID: the client's message id.
  ///   - userID: the sender.
  func conversation(ofClientMessage clientMessageID: String, userID: String) async throws -> UUID?

  /// Deletes everything stored for a user (a data-deletion request).
  /// - Parameter userID: the user.
  func deleteUserData(userID: String) async throws -> DeletedUserData
}
