public import MeshCore
public import MeshProtos
import MeshServiceKit
import MeshStores

extension ChatServiceProvider {
  /// Deletes the caller's data, and only the caller's: the user comes from the gateway's identity, never
  /// from the request. Conversations, messages with their redacted analytics copies, attachments,
  /// tickets, dialogue state, preferences, sessions and refresh tokens go in one transaction of the
  /// database the services share, with the audit log's record of it (the auth service's hash-chained
  /// log; counts only). A second call finds nothing more and is recorded again: each request is a
  /// security event. The credentials stay, so the user can sign in again to a fresh start.
  public func deleteMyData(request: Mesh_Chat_V1_DeleteMyDataRequest, context: ServerContext) async throws
    -> Mesh_Chat_V1_DeleteMyDataResponse
  {
    let user = try CallerIdentity.userID(of: context)
    guard request.reason.utf8.count <= 200, !request.reason.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7f }) else {
      throw RPCError(code: .invalidArgument, message: "the reason is up to 200 bytes of printable text")
    }
    // The reason is the user's own text: redacted, like every free text stored beside an id.
    let note = request.reason.isEmpty ? "" : "reason=" + Redaction.typedPlaceholders(request.reason)
    let pool = self.pool
    let report = try await ServiceErrors.mapping {
      try await UserDataDeletion.deleteAll(userID: user, pool: pool, audit: PostgresAuditLog(pool: pool), actor: user,
                                           scope: .personalData, note: note)
    }
    var response = Mesh_Chat_V1_DeleteMyDataResponse()
    response.conversationsDeleted = Int32(clamping: report.conversations)
    response.messagesDeleted = Int32(clamping: report.messages)
    response.sessionsRevoked = Int32(clamping: report.sessions + report.refreshTokens)
    response.preferencesDeleted = report.preferences
    response.auditSequence = report.auditSequence ?? 0
    return response
  }
}
