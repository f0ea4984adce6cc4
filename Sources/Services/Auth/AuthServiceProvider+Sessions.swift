import Foundation
public import MeshCore
public import MeshProtos
import MeshServiceKit
import MeshStores

/// Ending sign-in sessions: sign-out, the revocation of all of a user's sessions, and the feed the
/// gateways poll to refuse the access tokens of ended sessions before they expire.
extension AuthServiceProvider {
  /// The scope that lets a caller end other users' sessions.
  public static let adminScope = "admin"

  /// Ends the session of a refresh token, or of the caller's access token (`x-mesh-session-id`, set by
  /// the gateway). A caller can only end their own sessions. Recorded in the audit log with the revocation.
  public func signOut(request: Mesh_Auth_V1_SignOutRequest, context: ServerContext) async throws -> Mesh_Auth_V1_SignOutResponse {
    let caller = context.requestMetadata.firstString(forKey: CallerIdentity.userIDKey)
    let session: String, subject: String
    if !request.refreshToken.isEmpty {
      guard request.refreshToken.utf8.count <= 200,
            let row = try await ServiceErrors.mapping({
              try await pool.execute("SELECT family, subject FROM refresh_tokens WHERE id = $1", [tokenID(request.refreshToken)],
                                     idempotent: true).first
            }) else {
        try await record("anonymous", "auth.logout.refused", "token/unknown", "")
        throw RPCError(code: .unauthenticated, message: "invalid refresh token")
      }
      session = try row.decode(String.self, at: 0)
      subject = try row.decode(String.self, at: 1)
      if let caller, caller != subject { throw RPCError(code: .permissionDenied, message: "a user can only sign themselves out") }
    } else {
      guard let caller, let sid = context.requestMetadata.firstString(forKey: CallerIdentity.sessionIDKey), !sid.isEmpty,
            sid.utf8.count <= 200 else {
        throw RPCError(code: .invalidArgument, message: "sign out with a refresh token, or with an access token of a sign-in")
      }
      session = sid
      subject = caller
    }
    let audit = self.audit
    let revoked = try await ServiceErrors.mapping {
      try await pool.withTransaction { connection in
        let revoked = try await SignInSessions.revoke(session, subject: subject, on: connection)
        // The record commits with the revocation, under the same transaction.
        if revoked {
          _ = try await audit.append(actor: subject, action: "auth.logout", subject: "user/\(subject)",
                                     details: "session=\(session.prefix(8)) revoked", in: connection)
        }
        return revoked
      }
    }
    var response = Mesh_Auth_V1_SignOutResponse()
    response.revoked = revoked
    return response
  }

  /// Ends every open session of a user: the user themselves (sign out everywhere), a caller with the
  /// `admin` scope, or a call from inside the mesh without a user (an operator's tool).
  public func revokeSessions(request: Mesh_Auth_V1_RevokeSessionsRequest, context: ServerContext) async throws
    -> Mesh_Auth_V1_RevokeSessionsResponse
  {
    let subject = request.subject
    guard !subject.isEmpty, subject.utf8.count <= 200 else { throw RPCError(code: .invalidArgument, message: "a subject is required") }
    guard request.reason.utf8.count <= 200, !request.reason.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) else {
      throw RPCError(code: .invalidArgument, message: "the reason is up to 200 bytes of printable text")
    }
    let caller = context.requestMetadata.firstString(forKey: CallerIdentity.userIDKey)
    let scopes = (context.requestMetadata.firstString(forKey: CallerIdentity.scopesKey) ?? "").split(separator: " ")
    if let caller, caller != subject, !scopes.contains(Substring(Self.adminScope)) {
      throw RPCError(code: .permissionDenied, message: "ending another user's sessions needs the scope 'admin'")
    }
    let actor = caller ?? "operator"
    let note = request.reason.isEmpty ? "" : " reason=" + Redaction.typedPlaceholders(request.reason)
    let audit = self.audit
    let ended = try await ServiceErrors.mapping {
      try await pool.withTransaction { connection in
        let ended = try await SignInSessions.revokeAll(subject: subject, on: connection)
        _ = try await audit.append(actor: actor, action: "auth.sessions.revoke", subject: "user/\(subject)",
                                   details: "sessions=\(ended.count)" + note, in: connection)
        return ended
      }
    }
    var response = Mesh_Auth_V1_RevokeSessionsResponse()
    response.sessionsRevoked = Int32(clamping: ended.count)
    return response
  }

  /// The revocations after the request's cursor whose access tokens may still be alive.
  public func listRevocations(request: Mesh_Auth_V1_ListRevocationsRequest, context: ServerContext) async throws
    -> Mesh_Auth_V1_ListRevocationsResponse
  {
    guard request.since >= 0, request.limit >= 0 else { throw RPCError(code: .invalidArgument, message: "since and limit are not negative") }
    let limit = request.limit == 0 ? SignInSessions.maxPage : Int(request.limit)
    let pool = self.pool
    let page = try await ServiceErrors.mapping { try await SignInSessions.feed(after: request.since, limit: limit, pool: pool) }
    var response = Mesh_Auth_V1_ListRevocationsResponse()
    response.revocations = page.revocations.map { revocation in
      var entry = Mesh_Auth_V1_Revocation()
      entry.sessionID = revocation.sessionID
      entry.expiresAt = Google_Protobuf_Timestamp(date: revocation.expiresAt)
      entry.sequence = revocation.sequence
      return entry
    }
    response.cursor = page.cursor
    response.more = page.more
    return response
  }
}
