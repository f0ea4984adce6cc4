import Foundation
public import MeshCore
public import MeshCrypto
public import MeshPostgres
public import MeshProtos
public import MeshStores
import MeshServiceKit

/// `mesh.auth.v1.AuthService`: access tokens (EdDSA JWTs, short-lived), rotating refresh tokens, API
/// keys stored hashed, the JWKS for the gateway; every security event goes to the audit log.
public struct AuthServiceProvider: Mesh_Auth_V1_AuthService.ServiceProtocol {
  /// Access-token lifetime when the request names none.
  public static let defaultTTL: Duration = .seconds(15 * 60)
  /// The longest access-token lifetime granted.
  public static let maxTTL: Duration = SignInSessions.accessTokenLifetime
  /// Refresh-token lifetime.
  public static let refreshTTL: Duration = .seconds(30 * 24 * 3600)
  /// Scopes a password sign-in may ask for; `chat` when it asks for none.
  public static let userScopes: Set<String> = ["chat", "orders", "account"]

  let pool: PostgresPool
  private let issuer: TokenIssuer
  private let keys: APIKeyHasher
  let audit: PostgresAuditLog
  private let tokenKey: [UInt8]

  /// Creates the service.
  /// - Parameters:
  ///   - pool: the database (migrated).
  ///   - issuer: signs tokens.
  ///   - keys: hashes API keys with the server's pepper.
  ///   - audit: the audit log.
  public init(pool: PostgresPool, issuer: TokenIssuer, keys: APIKeyHasher, audit: PostgresAuditLog) {
    self.pool = pool
    self.issuer = issuer
    self.keys = keys
    self.audit = audit
    tokenKey = keys.digest(of: "mesh_refresh-token-key_v1")
  }

  /// Exchanges a password, a refresh token or an API key for an access token.
  public func issueToken(request: Mesh_Auth_V1_IssueTokenRequest, context: ServerContext) async throws
    -> Mesh_Auth_V1_IssueTokenResponse
  {
    let ttl = min(request.ttl.map(\.duration).flatMap { $0 > .zero ? $0 : nil } ?? Self.defaultTTL, Self.maxTTL)
    switch request.grant {
    case .password(let grant):
      guard let subject = try await ServiceErrors.mapping({ try await checkPassword(grant) }) else {
        try await record("anonymous", "auth.login.failed", "user/unknown", "password sign-in refused")
        throw RPCError(code: .unauthenticated, message: "invalid credentials")
      }
      let scopes = request.scopes.isEmpty ? ["chat"] : request.scopes
      guard scopes.allSatisfy(Self.userScopes.contains) else {
        throw RPCError(code: .permissionDenied, message: "a scope asked for is not granted to users")
      }
      // A sign-in opens a session: its id is the `sid` of every token it yields, refreshes included.
      let session = Base64URL.encode(SecureRandom.bytes(count: 12))
      let refresh = try await ServiceErrors.mapping {
        try await pool.withTransaction { connection in
          try await SignInSessions.open(session, subject: subject, on: connection)
          return try await newRefreshToken(subject: subject, scopes: scopes, session: session, on: connection)
        }
      }
      try await record(subject, "auth.login", "user/\(subject)", "scopes=\(scopes.joined(separator: ",")) session=\(session.prefix(8))")
      return try tokens(subject: subject, scopes: scopes, ttl: ttl, session: session, refresh: refresh)
    case .refreshToken(let token):
      let (subject, scopes, session, refresh) = try await useRefreshToken(token)
      try await record(subject, "auth.refresh", "user/\(subject)", "session=\(session.prefix(8))")
      return try tokens(subject: subject, scopes: scopes, ttl: ttl, session: session, refresh: refresh)
    case .apiKey(let key):
      guard let (owner, scopes) = try await ServiceErrors.mapping({ try await checkAPIKey(key) }) else {
        try await record("anonymous", "auth.apikey.refused", "key/\((try? keys.keyID(of: key)) ?? "malformed")", "")
        throw RPCError(code: .unauthenticated, message: "invalid API key")
      }
      try await record(owner, "auth.apikey.exchange", "key/\((try? keys.keyID(of: key)) ?? "")", "")
      var response = Mesh_Auth_V1_IssueTokenResponse()
      let (access, expiresAt) = try issuer.issue(subject: owner, scopes: scopes, ttl: ttl)
      response.accessToken = access
      response.expiresAt = Google_Protobuf_Timestamp(date: expiresAt)
      response.tokenType = "Bearer"
      return response
    case nil:
      throw RPCError(code: .invalidArgument, message: "a grant is required")
    }
  }

  /// Checks a token's signature, issuer, audience and lifetime.
  public func verifyToken(request: Mesh_Auth_V1_VerifyTokenRequest, context: ServerContext) async throws
    -> Mesh_Auth_V1_VerifyTokenResponse
  {
    var response = Mesh_Auth_V1_VerifyTokenResponse()
    do {
      let verified = try issuer.verify(request.token)
      response.valid = true
      var principal = Mesh_Auth_V1_Principal()
      principal.subject = verified.claims.subject ?? ""
      principal.scopes = (verified.claims["scope"]?.stringValue ?? "").split(separator: " ").map(String.init)
      if let exp = verified.claims.expiresAt { principal.expiresAt = Google_Protobuf_Timestamp(date: Date(timeIntervalSince1970: Double(exp))) }
      response.principal = principal
    } catch {
      response.valid = false
      response.error = "\(error)"
    }
    return response
  }

  /// Creates a key for the owner (the caller, when a caller identity is present); the secret is shown once.
  public func createApiKey(request: Mesh_Auth_V1_CreateApiKeyRequest, context: ServerContext) async throws
    -> Mesh_Auth_V1_CreateApiKeyResponse
  {
    let owner = try self.owner(request.owner, context)
    guard request.scopes.count <= 16, request.scopes.allSatisfy({ !$0.isEmpty && $0.utf8.count <= 64 && !$0.contains(" ") }) else {
      throw RPCError(code: .invalidArgument, message: "up to 16 scopes without spaces")
    }
    let (key, stored) = keys.generate()
    let ttlSeconds = request.ttl.map { Double($0.seconds) }
    try await ServiceErrors.mapping {
      try await pool.execute("""
        INSERT INTO api_keys (id, owner, digest, scopes, expires_at)
        VALUES ($1, $2, $3, $4, CASE WHEN $5::float8 IS NULL THEN NULL ELSE now() + make_interval(secs => $5::float8) END)
        """, [stored.id, owner, stored.digest, request.scopes.joined(separator: " "), ttlSeconds])
    }
    try await record(owner, "apikey.create", "key/\(stored.id)", "scopes=\(request.scopes.joined(separator: ","))")
    var response = Mesh_Auth_V1_CreateApiKeyResponse()
    response.keyID = stored.id
    response.secret = key
    return response
  }

  /// Revokes one of the caller's keys at once.
  public func revokeApiKey(request: Mesh_Auth_V1_RevokeApiKeyRequest, context: ServerContext) async throws
    -> Mesh_Auth_V1_RevokeApiKeyResponse
  {
    let caller = context.requestMetadata.firstString(forKey: CallerIdentity.userIDKey)
    let revoked = try await ServiceErrors.mapping {
      try await pool.execute("""
        UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR owner = $2)
        """, [request.keyID, caller]).affectedRows == 1
    }
    if revoked { try await record(caller ?? "operator", "apikey.revoke", "key/\(request.keyID)", "") }
    var response = Mesh_Auth_V1_RevokeApiKeyResponse()
    response.revoked = revoked
    return response
  }

  /// The owner's keys, without secrets.
  public func listApiKeys(request: Mesh_Auth_V1_ListApiKeysRequest, context: ServerContext) async throws
    -> Mesh_Auth_V1_ListApiKeysResponse
  {
    let owner = try self.owner(request.owner, context)
    let rows = try await ServiceErrors.mapping {
      try await pool.execute("""
        SELECT id, scopes, created_at, expires_at, revoked_at IS NOT NULL FROM api_keys WHERE owner = $1 ORDER BY created_at, id
        """, [owner], idempotent: true)
    }
    var response = Mesh_Auth_V1_ListApiKeysResponse()
    for row in rows.rows {
      var info = Mesh_Auth_V1_ApiKeyInfo()
      info.keyID = try row.decode(String.self, at: 0)
      info.owner = owner
      info.scopes = try row.decode(String.self, at: 1).split(separator: " ").map(String.init)
      info.createdAt = Google_Protobuf_Timestamp(date: try row.decode(Date.self, at: 2))
      if let expires = try row.decode(Date?.self, at: 3) { info.expiresAt = Google_Protobuf_Timestamp(date: expires) }
      info.revoked = try row.decode(Bool.self, at: 4)
      response.keys.append(info)
    }
    return response
  }

  /// The public keys tokens are signed with.
  public func getJwks(request: Mesh_Auth_V1_GetJwksRequest, context: ServerContext) async throws -> Mesh_Auth_V1_GetJwksResponse {
    var response = Mesh_Auth_V1_GetJwksResponse()
    response.jwksJson = issuer.jwksJSON
    return response
  }

  /// Sets a user's password (demo users, operators); stored as PBKDF2 with a fresh salt.
  /// - Parameters:
  ///   - username: the sign-in name.
  ///   - password: the password (never logged).
  ///   - subject: the user id tokens are issued for.
  public func setPassword(username: String, password: String, subject: String) async throws {
    guard !username.isEmpty, username.utf8.count <= 200, password.utf8.count >= 8, password.utf8.count <= 1024 else {
      throw RPCError(code: .invalidArgument, message: "a username and a password of 8 to 1024 bytes are needed")
    }
    let salt = SecureRandom.bytes(count: 16)
    let digest = PasswordHasher.derive(password: password, salt: salt, iterations: PasswordHasher.iterations)
    try await pool.execute("""
      INSERT INTO auth_passwords (username, subject, salt, iterations, digest) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (username) DO UPDATE SET subject = EXCLUDED.subject, salt = EXCLUDED.salt, iterations = EXCLUDED.iterations,
        digest = EXCLUDED.digest
      """, [username, subject, salt, PasswordHasher.iterations, digest])
    try await record("operator", "auth.password.set", "user/\(subject)", "")
  }

  // MARK: - Internals

  private func owner(_ requested: String, _ context: ServerContext) throws -> String {
    let caller = context.requestMetadata.firstString(forKey: CallerIdentity.userIDKey)
    let owner = requested.isEmpty ? (caller ?? "") : requested
    guard !owner.isEmpty, owner.utf8.count <= 200 else { throw RPCError(code: .invalidArgument, message: "an owner is required") }
    if let caller, caller != owner { throw RPCError(code: .permissionDenied, message: "keys belong to the caller") }
    return owner
  }

  private func checkPassword(_ grant: Mesh_Auth_V1_PasswordGrant) async throws -> String? {
    guard !grant.username.isEmpty, grant.username.utf8.count <= 200, grant.password.utf8.count <= 1024 else { return nil }
    let rows = try await pool.execute("SELECT subject, salt, iterations, digest FROM auth_passwords WHERE username = $1",
                                      [grant.username], idempotent: true)
    guard let row = rows.first else {
      // Spend the same time as a real check, so timing does not tell which usernames exist.
      _ = PasswordHasher.derive(password: grant.password, salt: [0], iterations: PasswordHasher.iterations)
      return nil
    }
    let digest = PasswordHasher.derive(password: grant.password, salt: try row.decode([UInt8].self, at: 1),
                                       iterations: try row.decode(Int.self, at: 2))
    return PasswordHasher.equal(digest, try row.decode([UInt8].self, at: 3)) ? try row.decode(String.self, at: 0) : nil
  }

  private func checkAPIKey(_ key: String) async throws -> (String, [String])? {
    guard key.utf8.count <= 200, let id = try? keys.keyID(of: key) else { return nil }
    let rows = try await pool.execute("""
      SELECT owner, digest, scopes FROM api_keys WHERE id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())
      """, [id], idempotent: true)
    guard let row = rows.first, keys.verify(key, against: APIKeyRecord(id: id, digest: try row.decode([UInt8].self, at: 1))) else {
      return nil
    }
    return (try row.decode(String.self, at: 0), try row.decode(String.self, at: 2).split(separator: " ").map(String.init))
  }

  func tokenID(_ token: String) -> String {
    HMAC.sha256(key: tokenKey, message: Array(token.utf8)).map { String(format: "%02x", $0) }.joined()
  }

  /// Marks a refresh token used and makes the next of its session, in one transaction that holds the
  /// session's row (so a sign-out cannot slip between the check and the new token). A token used twice
  /// ends its session, access tokens included (theft is assumed).
  private func useRefreshToken(_ token: String) async throws -> (String, [String], String, String) {
    guard !token.isEmpty, token.utf8.count <= 200 else { throw RPCError(code: .unauthenticated, message: "invalid refresh token") }
    let id = tokenID(token)
    enum Outcome { case ok(String, [String], String, String), reused(String, String), ended(String, String), invalid }
    let outcome: Outcome = try await ServiceErrors.mapping {
      try await pool.withTransaction { connection in
        // The session row first, then the token's: a revocation locks them in that order too.
        guard let family = try await connection.execute("SELECT family FROM refresh_tokens WHERE id = $1", [id]).first
          .map({ try $0.decode(String.self, at: 0) }) else { return Outcome.invalid }
        let open = try await SignInSessions.lockOpen(family, on: connection)
        let rows = try await connection.execute("""
          SELECT subject, scopes, used_at IS NOT NULL OR revoked, expires_at > now() FROM refresh_tokens WHERE id = $1 FOR UPDATE
          """, [id])
        guard let row = rows.first else { return Outcome.invalid }
        let subject = try row.decode(String.self, at: 0)
        guard open else { return .ended(subject, family) }
        if try row.decode(Bool.self, at: 2) {
          _ = try await SignInSessions.revoke(family, on: connection)
          return .reused(subject, family)
        }
        guard try row.decode(Bool.self, at: 3) else { return .invalid }
        _ = try await connection.execute("UPDATE refresh_tokens SET used_at = now() WHERE id = $1", [id])
        let scopes = try row.decode(String.self, at: 1).split(separator: " ").map(String.init)
        let next = try await newRefreshToken(subject: subject, scopes: scopes, session: family, on: connection)
        return .ok(subject, scopes, family, next)
      }
    }
    switch outcome {
    case .ok(let subject, let scopes, let session, let next): return (subject, scopes, session, next)
    case .reused(let subject, let family):
      try await record(subject, "auth.refresh.reuse", "user/\(subject)", "session=\(family.prefix(8)) revoked")
      throw RPCError(code: .unauthenticated, message: "refresh token already used; its session is revoked")
    case .ended(let subject, let family):
      try await record(subject, "auth.refresh.refused", "user/\(subject)", "session=\(family.prefix(8)) ended")
      throw RPCError(code: .unauthenticated, message: "the session has ended; sign in again")
    case .invalid:
      try await record("anonymous", "auth.refresh.refused", "token/unknown", "")
      throw RPCError(code: .unauthenticated, message: "invalid or expired refresh token")
    }
  }

  /// Stores a new refresh token of `session` (its keyed digest only) and returns it.
  private func newRefreshToken(subject: String, scopes: [String], session: String, on connection: PostgresConnection) async throws -> String {
    let refresh = Base64URL.encode(SecureRandom.bytes(count: 32))
    _ = try await connection.execute("""
      INSERT INTO refresh_tokens (id, subject, scopes, family, expires_at) VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5::float8))
      """, [tokenID(refresh), subject, scopes.joined(separator: " "), session, Double(Self.refreshTTL.components.seconds)])
    return refresh
  }

  private func tokens(subject: String, scopes: [String], ttl: Duration, session: String, refresh: String) throws
    -> Mesh_Auth_V1_IssueTokenResponse
  {
    let (access, expiresAt) = try issuer.issue(subject: subject, scopes: scopes, ttl: ttl, sessionID: session)
    var response = Mesh_Auth_V1_IssueTokenResponse()
    response.accessToken = access
    response.refreshToken = refresh
    response.expiresAt = Google_Protobuf_Timestamp(date: expiresAt)
    response.tokenType = "Bearer"
    response.sessionID = session
    return response
  }

  func record(_ actor: String, _ action: String, _ subject: String, _ details: String) async throws {
    _ = try await ServiceErrors.mapping { try await audit.append(actor: actor, action: action, subject: subject, details: details) }
  }
}
