public import Foundation

/// A session: who it belongs to, some string data, and when it expires.
public struct Session: Sendable, Equatable {
  /// The session's id: 256 random bits, hex.
  public let id: String
  /// The user it belongs to.
  public let userID: String
  /// Small string values (cart id, locale, ...).
  public let data: [String: String]
  /// When it stops being valid.
  public let expiresAt: Date
}

/// Sessions with a time to live.
public protocol SessionStore: Sendable {
  /// Creates a session.
  /// - Parameters:
  ///   - userID: its user.
  ///   - ttl: how long it lives.
  ///   - data: initial values.
  func create(userID: String, ttl: Duration, data: [String: String]) async throws -> Session
  /// The session, or nil when it does not exist or has expired.
  /// - Parameter id: the session id.
  func get(_ id: String) async throws -> Session?
  /// Extends a live session to `ttl` from now; returns nil when it had already expired.
  /// - Parameters:
  ///   - id: the session id.
  ///   - ttl: the new time to live.
  func touch(_ id: String, ttl: Duration) async throws -> Session?
  /// Deletes a session; returns whether it existed.
  /// - Parameter id: the session id.
  func delete(_ id: String) async throws -> Bool
  /// Deletes expired sessions; returns how many.
  func purgeExpired() async throws -> Int
}
