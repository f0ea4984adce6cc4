import Foundation
import MeshHTTP
import MeshPostgres

/// The `Idempotency-Key` of a mutating request, and the replay of its first response.
///
/// Inside the transaction of the change: a transaction advisory lock on (user, key) makes concurrent
/// requests with one key wait for each other; a stored response is replayed (with
/// `Idempotent-Replayed: true`); a stored key whose request differed (method, path or body) is refused
/// with 422 `idempotency_key_reused`; otherwise the change runs and a successful (2xx) response is
/// stored with it, in the same commit. A refusal (4xx) is not stored: the retry is judged again.
struct IdempotencyKey: Sendable {
  /// The header that carries the key.
  static let header = "Idempotency-Key"
  /// The longest key accepted.
  static let maxBytes = 255

  let userID: String
  let key: String
  /// Method, path and canonical body, whose SHA-256 PostgreSQL computes.
  let fingerprint: [UInt8]

  /// The request's key, or nil when it has none.
  /// - Throws: `MarketplaceError` 400 when the key is empty, too long or not printable ASCII.
  static func of(_ request: HTTPRequest, userID: String) throws -> IdempotencyKey? {
    guard let key = request.headers[header] else { return nil }
    guard !key.isEmpty, key.utf8.count <= maxBytes, key.utf8.allSatisfy({ $0 >= 0x21 && $0 <= 0x7e }) else {
      throw MarketplaceError.badRequest("\(header) must be 1-\(maxBytes) printable ASCII characters")
    }
    return IdempotencyKey(userID: userID, key: key,
                          fingerprint: Array("\(request.method) \(request.path)\n".utf8) + canonical(request.body))
  }

  /// A JSON body with its keys sorted and no insignificant space, so that a retry whose encoder wrote the
  /// same object in another order counts as the same request; any other body as it is.
  static func canonical(_ body: [UInt8]) -> [UInt8] {
    guard !body.isEmpty, let object = try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]),
          let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .fragmentsAllowed])
    else { return body }
    return Array(data)
  }

  /// Runs `change` once per key within the caller's transaction, replaying the stored response of an
  /// earlier success.
  /// - Parameters:
  ///   - key: the request's key; nil runs `change` as is.
  ///   - connection: the change's transaction.
  ///   - change: the change; it returns a response with a whole body.
  static func run(_ key: IdempotencyKey?, on connection: PostgresConnection,
                  _ change: () async throws -> HTTPResponse) async throws -> HTTPResponse {
    guard let key else { return try await change() }
    try await connection.execute("SELECT pg_advisory_xact_lock(hashtext('idempotency'), hashtext($1 || ':' || $2))",
                                 [key.userID, key.key])
    if let stored = try await connection.execute("""
      SELECT request_hash = sha256($3::bytea), status::int8, response_body FROM marketplace.idempotency_keys
      WHERE user_id = $1 AND key = $2
      """, [key.userID, key.key, key.fingerprint]).first {
      guard try stored.decode(Bool.self, at: 0) else {
        throw MarketplaceError.invalid("idempotency_key_reused",
                                       "this \(header) was used for another request; use a new key for a new request")
      }
      return HTTPResponse(status: Int(try stored.decode(Int64.self, at: 1)),
                          headers: ["Content-Type": "application/json", "Idempotent-Replayed": "true"],
                          body: .bytes(try stored.decode([UInt8].self, at: 2)))
    }
    let response = try await change()
    guard (200..<300).contains(response.status), case .bytes(let body) = response.body else { return response }
    try await connection.execute("""
      INSERT INTO marketplace.idempotency_keys (user_id, key, request_hash, status, response_body)
      VALUES ($1, $2, sha256($3::bytea), $4, $5)
      """, [key.userID, key.key, key.fingerprint, response.status, body])
    return response
  }
}
