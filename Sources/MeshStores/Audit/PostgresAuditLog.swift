import Foundation
import MeshCrypto
public import MeshPostgres

/// The audit log in PostgreSQL. Each row's hash is HMAC-SHA-256 over the previous row's hash and this
/// row's fields (length-prefixed), keyed by `chainKey`: with a secret key, even someone who can write to
/// the table cannot forge a consistent chain. Appends are serialised by a transaction advisory lock.
public final class PostgresAuditLog: AuditLog {
  /// The database.
  public let pool: PostgresPool
  private let chainKey: [UInt8]
  /// The hash a first row chains to.
  public static let genesis = [UInt8](repeating: 0, count: 32)
  static let lockKey: Int64 = 0x6D65_7368_6175_6474  // "meshaudt"

  /// Creates the log over a migrated database.
  /// - Parameters:
  ///   - pool: the database.
  ///   - chainKey: the HMAC key of the chain; keep it secret to make the chain unforgeable.
  public init(pool: PostgresPool, chainKey: [UInt8] = Array("mesh-audit-chain-v1".utf8)) {
    self.pool = pool
    self.chainKey = chainKey
  }

  /// Appends under a transaction advisory lock, chaining to the last row's hash.
  public func append(actor: String, action: String, subject: String, details: String) async throws -> AuditEntry {
    try await pool.withTransaction { connection in
      try await append(actor: actor, action: action, subject: subject, details: details, in: connection)
    }
  }

  /// Appends inside the caller's transaction, so the record commits (or not) with what it records.
  /// - Parameters:
  ///   - actor: who acted.
  ///   - action: what was done.
  ///   - subject: what it was done to.
  ///   - details: more about it.
  ///   - connection: a connection inside a transaction (the advisory lock lasts until it ends).
  public func append(actor: String, action: String, subject: String, details: String,
                     in connection: PostgresConnection) async throws -> AuditEntry {
    try StoreError.check("actor", actor, max: 200)
    try StoreError.check("action", action, max: 200)
    try StoreError.check("subject", subject, max: 500, allowEmpty: true)
    try StoreError.check("details", details, max: 16 * 1024, allowEmpty: true)
    let micros = Int64((Date().timeIntervalSince1970 * 1_000_000).rounded())
    try await connection.execute("SELECT pg_advisory_xact_lock($1)", [Self.lockKey])
    let last = try await connection.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    let previous = try last.first?.decode([UInt8].self, at: 0) ?? Self.genesis
    let hash = chainHash(previous: previous, micros: micros, actor: actor, action: action, subject: subject, details: details)
    let row = try await connection.execute("""
      INSERT INTO audit_log (at_us, actor, action, subject, details, prev_hash, hash)
      VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq
      """, [micros, actor, action, subject, details, previous, hash])
    guard let seq = try row.first?.decode(Int64.self, at: 0) else { throw PostgresError.connectionLost("insert returned no row") }
    return AuditEntry(sequence: seq, at: Date(timeIntervalSince1970: Double(micros) / 1_000_000), actor: actor,
                      action: action, subject: subject, details: details, hash: hash)
  }

  /// Entries after `sequence`, oldest first.
  /// - Parameters:
  ///   - sequence: the last sequence already seen (0 for the start).
  ///   - limit: the most to return.
  public func entries(after sequence: Int64 = 0, limit: Int = 100) async throws -> [AuditEntry] {
    let result = try await pool.execute("""
      SELECT seq, at_us, actor, action, subject, details, hash FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2
      """, [sequence, limit], idempotent: true)
    return try result.rows.map {
      AuditEntry(sequence: try $0.decode(Int64.self, at: 0),
                 at: Date(timeIntervalSince1970: Double(try $0.decode(Int64.self, at: 1)) / 1_000_000),
                 actor: try $0.decode(String.self, at: 2), action: try $0.decode(String.self, at: 3),
                 subject: try $0.decode(String.self, at: 4), details: try $0.decode(String.self, at: 5),
                 hash: try $0.decode([UInt8].self, at: 6))
    }
  }

  /// Walks the log in pages of 1000, recomputing each hash and checking each link.
  public func verify() async throws -> AuditVerification {
    var previous = Self.genesis
    var cursor: Int64 = 0
    var checked = 0
    while true {
      let page = try await pool.execute("""
        SELECT seq, at_us, actor, action, subject, details, prev_hash, hash FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT 1000
        """, [cursor], idempotent: true)
      if page.rows.isEmpty { break }
      for row in page.rows {
        let seq = try row.decode(Int64.self, at: 0)
        let storedPrevious = try row.decode([UInt8].self, at: 6)
        let stored = try row.decode([UInt8].self, at: 7)
        if storedPrevious != previous {
          return AuditVerification(checkedRows: checked, headHash: previous, firstBrokenSequence: seq,
                                   problem: "previous-hash link broken: a row before it was deleted, inserted or edited")
        }
        let expected = chainHash(previous: previous, micros: try row.decode(Int64.self, at: 1), actor: try row.decode(String.self, at: 2),
                                 action: try row.decode(String.self, at: 3), subject: try row.decode(String.self, at: 4),
                                 details: try row.decode(String.self, at: 5))
        if expected != stored {
          return AuditVerification(checkedRows: checked, headHash: previous, firstBrokenSequence: seq,
                                   problem: "contents do not match the row's hash: the row was edited")
        }
        previous = stored
        cursor = seq
        checked += 1
      }
    }
    return AuditVerification(checkedRows: checked, headHash: previous, firstBrokenSequence: nil, problem: nil)
  }

  private func chainHash(previous: [UInt8], micros: Int64, actor: String, action: String, subject: String,
                         details: String) -> [UInt8] {
    var message = previous
    func field(_ bytes: [UInt8]) {
      let count = UInt32(bytes.count)
      message += [UInt8(count >> 24), UInt8(count >> 16 & 0xff), UInt8(count >> 8 & 0xff), UInt8(count & 0xff)]
      message += bytes
    }
    field(Array(String(micros).utf8))
    field(Array(actor.utf8))
    field(Array(action.utf8))
    field(Array(subject.utf8))
    field(Array(details.utf8))
    return HMAC.sha256(key: chainKey, message: message)
  }
}
