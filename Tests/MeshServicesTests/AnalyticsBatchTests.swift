import Foundation
@testable import MeshAnalyticsService
import MeshCore
import MeshPostgres
import MeshPostgresTestSupport
import MeshProtos
import MeshServiceKit
import Testing

/// A Record call's events go to PostgreSQL in one INSERT per `eventsPerStatement`, not one per event; every
/// one is stored before the answer, and a bad event fails the call after the events before it are stored.
/// Rows written by one statement share its transaction id (`xmin`): the count of distinct ones is the count
/// of statements that stored them.
@Suite(.postgresCluster) struct AnalyticsBatchTests {
  static func event(_ id: String, minute: Int) -> Mesh_Analytics_V1_Event {
    AnalyticsServiceTests.turn(id, intent: "order_status", outcome: "resolved", ms: Int64(minute + 1),
                               at: Date(timeIntervalSince1970: 1_700_000_000 + Double(minute * 60)))
  }

  /// How many of the events whose id starts with `prefix` are stored, and by how many statements.
  static func stored(_ prefix: String, in pool: PostgresPool?) async throws -> (rows: Int64, statements: Int64) {
    let pool = try #require(pool)
    let row = try #require(try await pool.execute("""
      SELECT count(*), count(DISTINCT xmin::text) FROM analytics_events WHERE starts_with(event_id, $1)
      """, [prefix]).first)
    return (try row.decode(Int64.self, at: 0), try row.decode(Int64.self, at: 1))
  }

  @Test func storesEveryEventInOneStatementPerFiveHundred() async throws {
    let service = try await AnalyticsServer.start(try ServiceHarness.configuration())
    try await ServiceHarness.with(service) { client in
      let analytics = Mesh_Analytics_V1_AnalyticsService.Client(wrapping: client)
      let events = (0..<1_201).map { Self.event("batch-\($0)", minute: $0) }
      let response = try await analytics.record { writer in for event in events { try await writer.write(event) } }
      #expect(response.accepted == 1_201 && response.duplicates == 0)
      // Stored before the answer came back, in ceil(1201 / 500) statements.
      let stored = try await Self.stored("batch-", in: service.pool)
      #expect(stored.rows == 1_201)
      #expect(stored.statements == 3)
      // Every field arrived as sent: time to the microsecond, the latency, the labels redacted.
      let row = try #require(try await service.pool?.execute("""
        SELECT extract(epoch FROM at)::float8, latency_us, labels->>'intent', name FROM analytics_events WHERE event_id = 'batch-7'
        """).first)
      #expect(try row.decode(Double.self, at: 0) == 1_700_000_000 + 7 * 60)
      #expect(try row.decode(Int64.self, at: 1) == 8_000)
      #expect(try row.decode(String.self, at: 2) == "order_status")
      #expect(try row.decode(String.self, at: 3) == "turn")

      // The same id twice in one call, and one already stored: one new event, two repeats.
      let again = [Self.event("batch-new", minute: 1), Self.event("batch-new", minute: 2), Self.event("batch-0", minute: 0)]
      let repeated = try await analytics.record { writer in for event in again { try await writer.write(event) } }
      #expect(repeated.accepted == 1 && repeated.duplicates == 2)
    }
  }

  @Test func aBadEventFailsTheCallAfterTheEventsBeforeItAreStored() async throws {
    let service = try await AnalyticsServer.start(try ServiceHarness.configuration())
    try await ServiceHarness.with(service) { client in
      let analytics = Mesh_Analytics_V1_AnalyticsService.Client(wrapping: client)
      var bad = Self.event("bad-event", minute: 0)
      bad.name = ""
      let code = await rpcCode {
        _ = try await analytics.record { writer in
          for index in 0..<700 { try await writer.write(Self.event("before-\(index)", minute: index)) }
          try await writer.write(bad)
          for index in 0..<5 { try await writer.write(Self.event("after-\(index)", minute: index)) }
        }
      }
      #expect(code == .invalidArgument)
      let before = try await Self.stored("before-", in: service.pool)
      #expect(before.rows == 700 && before.statements == 2)
      let afterTheBad = try await Self.stored("after-", in: service.pool)
      #expect(afterTheBad.rows == 0)
      let theBad = try await Self.stored("bad-", in: service.pool)
      #expect(theBad.rows == 0)
    }
  }

  @Test func eventsTheTableCannotHoldAreRefusedNotStored() async throws {
    let service = try await AnalyticsServer.start(try ServiceHarness.configuration())
    try await ServiceHarness.with(service) { client in
      let analytics = Mesh_Analytics_V1_AnalyticsService.Client(wrapping: client)
      var farFuture = Self.event("refused-time", minute: 0)
      farFuture.at?.seconds = Int64.max / 2
      var hugeLatency = Self.event("refused-latency", minute: 0)
      var huge = Google_Protobuf_Duration()
      huge.seconds = Int64.max
      hugeLatency.value = .latency(huge)
      for event in [farFuture, hugeLatency] {
        #expect(await rpcCode { _ = try await analytics.record { try await $0.write(event) } } == .invalidArgument)
      }
      let refused = try await Self.stored("refused-", in: service.pool)
      #expect(refused.rows == 0)
    }
  }

  /// A NUL character never arrives over gRPC (protobuf-c's strings end at one), but PostgreSQL's text and
  /// jsonb cannot hold it, and one would fail a whole batch's statement: the batch refuses it itself.
  @Test func aNULCharacterIsRefusedByTheBatch() throws {
    var batch = AnalyticsEventBatch()
    var withNUL = Self.event("nul", minute: 0)
    withNUL.labels["text"] = "a\u{0}b"
    #expect(throws: RPCError.self) { try batch.add(withNUL, position: 1) }
    var named = Self.event("nul-name", minute: 0)
    named.name = "tu\u{0}rn"
    #expect(throws: RPCError.self) { try batch.add(named, position: 2) }
    try batch.add(Self.event("fine", minute: 0), position: 3)
    #expect(!batch.isFull)
  }
}
