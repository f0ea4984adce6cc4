import Foundation
public import MeshCore
public import MeshProtos
public import MeshStores
import MeshServiceKit

/// `mesh.session.v1.SessionService` over the session store: create with a TTL, read, refresh
/// (`Touch`), revoke (`EndSession`). The channel and attributes live in the session's data.
public struct SessionServiceProvider: Mesh_Session_V1_SessionService.ServiceProtocol {
  /// The TTL of a session created without one.
  public static let defaultTTL: Duration = .seconds(30 * 60)
  /// The longest TTL granted; longer requests are cut to it.
  public static let maxTTL: Duration = .seconds(30 * 24 * 3600)

  private let store: PostgresSessionStore

  /// Creates the service over a store.
  /// - Parameter store: where sessions live.
  public init(store: PostgresSessionStore) { self.store = store }

  /// Creates a session for the user; a caller identity, when present, must be that user.
  public func createSession(request: Mesh_Session_V1_CreateSessionRequest, context: ServerContext) async throws
    -> Mesh_Session_V1_Session
  {
    try checkCaller(context, owns: request.userID)
    let ttl = try Self.ttl(request.ttl)
    var data = request.attributes.reduce(into: [String: String]()) { $0["attr." + $1.key] = $1.value }
    data["channel"] = String(request.channel.rawValue)
    let session = try await ServiceErrors.mapping { try await store.create(userID: request.userID, ttl: ttl, data: data) }
    return Self.message(session)
  }

  /// The session, NOT_FOUND when it does not exist, expired, was ended, or belongs to another caller.
  public func getSession(request: Mesh_Session_V1_GetSessionRequest, context: ServerContext) async throws
    -> Mesh_Session_V1_Session
  {
    let session = try await ServiceErrors.mapping { try await store.get(request.sessionID) }
    return Self.message(try visible(session, to: context))
  }

  /// Extends a live session by `extend_by` (the default TTL when unset) from now.
  public func touch(request: Mesh_Session_V1_TouchRequest, context: ServerContext) async throws -> Mesh_Session_V1_Session {
    let ttl = try Self.ttl(request.extendBy)
    let current = try await ServiceErrors.mapping { try await store.get(request.sessionID) }
    _ = try visible(current, to: context)
    let session = try await ServiceErrors.mapping { try await store.touch(request.sessionID, ttl: ttl) }
    return Self.message(try visible(session, to: context))
  }

  /// Revokes the session at once; `ended` is false when there was no such live session.
  public func endSession(request: Mesh_Session_V1_EndSessionRequest, context: ServerContext) async throws
    -> Mesh_Session_V1_EndSessionResponse
  {
    var response = Mesh_Session_V1_EndSessionResponse()
    let current = try await ServiceErrors.mapping { try await store.get(request.sessionID) }
    guard let current, (try? checkCaller(context, owns: current.userID)) != nil else { return response }
    response.ended = try await ServiceErrors.mapping { try await store.delete(request.sessionID) }
    return response
  }

  private func checkCaller(_ context: ServerContext, owns userID: String) throws {
    guard let caller = context.requestMetadata.firstString(forKey: CallerIdentity.userIDKey) else { return }
    guard caller == userID else { throw RPCError(code: .permissionDenied, message: "a session can only be made for the caller") }
  }

  private func visible(_ session: Session?, to context: ServerContext) throws -> Session {
    guard let session, (try? checkCaller(context, owns: session.userID)) != nil else {
      throw RPCError(code: .notFound, message: "no such session")
    }
    return session
  }

  static func ttl(_ requested: Google_Protobuf_Duration?) throws -> Duration {
    guard let requested else { return defaultTTL }
    let ttl = requested.duration
    guard ttl > .zero else { throw RPCError(code: .invalidArgument, message: "the TTL must be positive") }
    return min(ttl, maxTTL)
  }

  static func message(_ session: Session) -> Mesh_Session_V1_Session {
    var message = Mesh_Session_V1_Session()
    message.sessionID = session.id
    message.userID = session.userID
    message.channel = Mesh_Session_V1_Channel(rawValue: Int32(session.data["channel"] ?? "") ?? 0)
    message.expiresAt = Google_Protobuf_Timestamp(date: session.expiresAt)
    for (key, value) in session.data where key.hasPrefix("attr.") { message.attributes[String(key.dropFirst(5))] = value }
    return message
  }
}
