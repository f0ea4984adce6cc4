import Foundation
import MeshAnalyticsService
import MeshCore
import MeshPostgresTestSupport
import MeshProtos
import MeshServiceKit
import Testing

@Suite(.postgresCluster) struct AnalyticsServiceTests {
  static func turn(_ id: String, intent: String, outcome: String, ms: Int64, at: Date, text: String = "hi") -> Mesh_Analytics_V1_Event {
    var event = Mesh_Analytics_V1_Event()
    event.eventID = id
    event.name = "turn"
    event.at = Google_Protobuf_Timestamp(date: at)
    event.labels = ["intent": intent, "outcome": outcome, "text": text]
    event.value = .latency(Google_Protobuf_Duration(.milliseconds(ms)))
    return event
  }

  @Test func recordsOnceAndAggregates() async throws {
    let service = try await AnalyticsServer.start(try ServiceHarness.configuration())
    try await ServiceHarness.with(service) { client in
      let analytics = Mesh_Analytics_V1_AnalyticsService.Client(wrapping: client)
      let hour = Date(timeIntervalSince1970: 1_800_000_000)  // a whole hour
      var events: [Mesh_Analytics_V1_Event] = []
      for i in 0..<20 {
        let outcome = i < 15 ? "resolved" : i < 18 ? "handed_off" : "not_understood"
        events.append(Self.turn("e\(i)", intent: i % 2 == 0 ? "order_status" : "search_items", outcome: outcome,
                                ms: Int64(10 * (i + 1)), at: hour.addingTimeInterval(Double(i * 60 + (i >= 10 ? 3600 : 0))),
                                text: "mail me at ann@example.com"))
      }
      let first = try await analytics.record { writer in for event in events { try await writer.write(event) } }
      #expect(first.accepted == 20 && first.duplicates == 0)
      // A retried batch is counted once.
      let retry = try await analytics.record { writer in for event in events.prefix(5) { try await writer.write(event) } }
      #expect(retry.accepted == 0 && retry.duplicates == 5)

      var range = Mesh_Analytics_V1_SummaryRequest()
      range.from = Google_Protobuf_Timestamp(date: hour)
      range.to = Google_Protobuf_Timestamp(date: hour.addingTimeInterval(7200))
      let summary = try await analytics.summary(range)
      #expect(summary.turns == 20 && summary.resolved == 15 && summary.handedOff == 3)
      #expect(abs(summary.resolutionRate - 0.75) < 1e-9)
      // p95 of 10, 20, ..., 200 ms (linear interpolation): 190.5 ms.
      #expect(summary.p95ReplyTime?.duration == .microseconds(190_500))
      #expect(summary.intentsPerHour.map(\.count) == [5, 5, 5, 5])
      #expect(summary.intentsPerHour.map(\.intent) == ["order_status", "search_items", "order_status", "search_items"])

      var query = Mesh_Analytics_V1_QueryRequest()
      query.names = ["turn"]
      query.from = range.from
      query.to = range.to
      query.labelFilter = ["outcome": "handed_off"]
      let handed = try await analytics.query(query)
      #expect(handed.series.first?.counts == [3])

      // The stored text is redacted even though the sender did not redact it.
      let stored = try await service.pool?.execute("SELECT labels->>'text' FROM analytics_events WHERE event_id = 'e1'").first
      #expect(try stored?.decode(String.self, at: 0) == "mail me at [EMAIL]")

      var bad = events[0]
      bad.eventID = ""
      #expect(await rpcCode { _ = try await analytics.record { try await $0.write(bad) } } == .invalidArgument)
    }
  }
}
