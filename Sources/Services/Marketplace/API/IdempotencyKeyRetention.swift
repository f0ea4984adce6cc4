public import MeshPostgres

/// How long the marketplace keeps a stored `Idempotency-Key` and its response, and the purge of older
/// ones (so the table does not grow for ever).
///
/// A key may only be forgotten once no retry with it can come any more: a retry after that would make
/// the change again. The mesh's own clients retry for far less than the shortest retention allowed: the
/// adapters within one call (seconds), the processor while it redelivers a turn (minutes), and never
/// for a turn accepted more than `AdapterExecutor.maxChangeAge` (one hour) ago, even one an operator
/// put back from the dead letters. A key is purged once it is older than the retention, counted from
/// the first request's commit, which is after the turn was accepted.
public enum IdempotencyKeyRetention {
  /// The default retention: a day, as public payment APIs keep theirs.
  public static let standard = Duration.seconds(24 * 3600)
  /// The shortest retention accepted: twice the longest a client of the mesh retries a change.
  public static let minimum = Duration.seconds(2 * 3600)

  /// Deletes the keys older than `retention`, in batches (a short lock each), and returns how many went.
  /// It takes no key's advisory lock: a key past the retention has no retry left to race with.
  /// - Parameters:
  ///   - pool: the marketplace's database.
  ///   - retention: how long keys are kept; at least `minimum`.
  @discardableResult
  public static func purge(_ pool: PostgresPool, olderThan retention: Duration) async throws -> Int {
    try check(retention)
    var total = 0
    while true {
      let deleted = try await pool.execute("""
        DELETE FROM marketplace.idempotency_keys WHERE (user_id, key) IN (
          SELECT user_id, key FROM marketplace.idempotency_keys
          WHERE created_at < now() - make_interval(secs => $1::float8) LIMIT 5000)
        """, [Double(retention.components.seconds)], idempotent: true).affectedRows
      total += deleted
      if deleted < 5000 { return total }
    }
  }

  /// Refuses a retention shorter than `minimum`.
  /// - Parameter retention: the configured retention.
  public static func check(_ retention: Duration) throws {
    guard retention >= minimum else {
      throw MarketplaceConfigurationError("the idempotency key retention \(retention) is shorter than the minimum \(minimum): "
                                          + "a retry could come after its key was forgotten")
    }
  }

  /// How often the purge runs: a twenty-fourth of the retention (an hour by default), at least a minute.
  static func interval(for retention: Duration) -> Duration {
    max(retention / 24, .seconds(60))
  }

  /// Purges every `interval(for: retention)` until cancelled; a failed purge (the database away) waits for the next.
  static func purging(_ pool: PostgresPool, retention: Duration) -> Task<Void, Never> {
    Task {
      while !Task.isCancelled {
        _ = try? await purge(pool, olderThan: retention)
        try? await Task.sleep(for: interval(for: retention))
      }
    }
  }
}

/// A marketplace configuration that cannot run.
public struct MarketplaceConfigurationError: Error, Sendable, CustomStringConvertible {
  /// What is wrong.
  public let description: String

  init(_ description: String) { self.description = description }
}
