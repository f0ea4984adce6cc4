import Foundation
import MeshCore
import MeshPostgres
import MeshProtos
import MeshServiceKit
import MeshStores

/// A Record call's events on their way to `analytics_events`: stored in one INSERT per `capacity` events
/// (`jsonb_to_recordset` over one JSON parameter), not one autocommitted INSERT per event, each of which
/// was a statement, a round trip and a WAL flush of its own. The call validates and adds its events, and
/// stores what is pending when the batch is full, before it fails on a bad event, and before it answers.
struct AnalyticsEventBatch {
  /// One row of `analytics_events` as `jsonb_to_recordset` reads it (absent optionals are NULL).
  private struct Row: Encodable {
    var event_id: String
    var name: String
    /// Microseconds since 1970, exact (a timestamp as text would need the server's parsing rules).
    var at_us: Int64
    /// `bytea`'s hex input form, `\x0a1b…`.
    var user_pseudonym: String
    var labels: [String: String]
    var count: Int64?
    var amount: Double?
    var latency_us: Int64?
  }

  /// The statement: `ON CONFLICT DO NOTHING` keeps the first row of an event id, in the table or earlier
  /// in the same batch, so the affected rows are the new events and the rest are repeats.
  static let insert = """
    INSERT INTO analytics_events (event_id, name, at, user_pseudonym, labels, count, amount, latency_us)
    SELECT event_id, name, timestamptz 'epoch' + at_us * interval '1 microsecond', user_pseudonym, labels, count, amount, latency_us
    FROM jsonb_to_recordset($1::jsonb) AS r(event_id text, name text, at_us int8, user_pseudonym bytea, labels jsonb,
                                            count int8, amount float8, latency_us int8)
    ON CONFLICT (event_id) DO NOTHING
    """

  /// The most events one statement stores.
  let capacity: Int
  private var rows: [Row] = []
  /// New events and repeats stored so far.
  private(set) var accepted: Int64 = 0
  private(set) var duplicates: Int64 = 0

  init(capacity: Int = 500) {
    self.capacity = max(1, capacity)
    rows.reserveCapacity(self.capacity)
  }

  /// Whether `capacity` events wait (the caller stores them before adding more).
  var isFull: Bool { rows.count >= capacity }

  /// Checks `event` (number `position` of the call, for the message) and adds it with its labels redacted;
  /// throws INVALID_ARGUMENT for an event the table cannot hold, leaving the batch as it was.
  mutating func add(_ event: Mesh_Analytics_V1_Event, position: Int) throws {
    let invalid = RPCError(code: .invalidArgument,
                           message: "event \(position) needs an id, a name, a time in years 1-9999, and at most 32 labels of 4 KiB")
    // PostgreSQL's text and jsonb hold no NUL character; one would fail the whole statement.
    func fits(_ text: String, _ limit: Int) -> Bool { text.utf8.count <= limit && !text.utf8.contains(0) }
    guard !event.eventID.isEmpty, fits(event.eventID, 200), !event.name.isEmpty, fits(event.name, 100),
          event.labels.count <= 32, event.labels.allSatisfy({ fits($0.key, 100) && fits($0.value, 4096) }) else { throw invalid }
    var atMicroseconds = Int64(Date().timeIntervalSince1970 * 1_000_000)
    if let at = event.at {
      // Timestamp's own range (0001-01-01 to 9999-12-31), so the microseconds cannot overflow.
      guard at.seconds >= -62_135_596_800, at.seconds <= 253_402_300_799, at.nanos >= 0, at.nanos < 1_000_000_000 else { throw invalid }
      atMicroseconds = at.seconds * 1_000_000 + Int64(at.nanos / 1000)
    }
    var row = Row(event_id: event.eventID, name: event.name, at_us: atMicroseconds,
                  user_pseudonym: "\\x" + event.userPseudonym.map { String(format: "%02x", $0) }.joined(),
                  labels: event.labels.mapValues { Redaction.typedPlaceholders($0) })
    switch event.value {
    case .count(let value): row.count = value
    case .amount(let value): row.amount = value.isFinite ? value : nil
    case .latency(let value):
      // Duration's own range (about 10,000 years), so the microseconds cannot overflow.
      guard abs(value.seconds) <= 315_576_000_000, abs(value.nanos) < 1_000_000_000 else { throw invalid }
      row.latency_us = value.seconds * 1_000_000 + Int64(value.nanos / 1000)
    case nil: break
    }
    rows.append(row)
  }

  /// Stores the pending events in one statement (nothing when none wait) and counts them.
  mutating func store(in pool: PostgresPool) async throws {
    guard !rows.isEmpty else { return }
    // Taken before the statement: a failed one is not tried again by a later `store` of the same call.
    let pending = rows
    rows.removeAll(keepingCapacity: true)
    let json = String(decoding: try JSONEncoder().encode(pending), as: UTF8.self)
    // Idempotent: a statement cut by a lost connection runs again, and the event ids keep it counted once.
    let inserted = try await ServiceErrors.mapping { try await pool.execute(Self.insert, [json], idempotent: true).affectedRows }
    accepted += Int64(inserted)
    duplicates += Int64(pending.count - inserted)
  }
}
