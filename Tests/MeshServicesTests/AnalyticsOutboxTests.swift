import Foundation
import MeshAnalyticsService
import MeshCore
import MeshPostgresTestSupport
import MeshProtos
@testable import MeshProcessorService
import MeshServiceKit
import MeshTransport
import Testing

/// The processor's analytics outbox lets a turn's events gather for its linger, so the events of many turns
/// go in one Record call and one INSERT (rows of one statement share its transaction id, `xmin`).
@Suite(.postgresCluster) struct AnalyticsOutboxTests {
  @Test func eventsPostedWithinTheLingerGoInOneCall() async throws {
    let service = try await AnalyticsServer.start(try ServiceHarness.configuration())
    try await ServiceHarness.with(service) { client in
      // A linger far longer than posting 40 events takes, so the figure does not hang on the machine's speed; a
      // call deadline far past what one INSERT takes (the outbox drops a batch whose call fails: at 10 s, CI on a
      // 2-core machine, beside a suite fitting the nlu model, stored none of the 40).
      let outbox = AnalyticsOutbox(client: .init(wrapping: client), callTimeout: .seconds(60), linger: .seconds(2))
      for index in 0..<40 {
        outbox.post(AnalyticsBatchTests.event("outbox-\(index)", minute: index))
      }
      // Closing sends what waits, and returns once it is sent.
      await outbox.close()
      let stored = try await AnalyticsBatchTests.stored("outbox-", in: service.pool)
      #expect(stored.rows == 40)
      #expect(stored.statements == 1)
      // Closed: later events are dropped, not sent.
      outbox.post(AnalyticsBatchTests.event("outbox-late", minute: 0))
      try await Task.sleep(for: .milliseconds(100))
      let late = try await AnalyticsBatchTests.stored("outbox-late", in: service.pool)
      #expect(late.rows == 0)
    }
  }

  /// Events the outbox cannot deliver are dropped, never retried into a turn's way, and counted where an operator
  /// sees them: past `capacity` as `full`, and a batch whose Record call failed (nothing listens on port 1 of
  /// loopback) as `failed`. The counters are the process's, shared with other suites, hence at least.
  @Test func droppedEventsAreCounted() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let channel = try GRPCChannel(host: "127.0.0.1", port: 1, group: group)
    defer { channel.close() }
    let failedBefore = AnalyticsDropReason.failed.count, fullBefore = AnalyticsDropReason.full.count
    let outbox = AnalyticsOutbox(client: .init(wrapping: GRPCClient(transport: channel)), callTimeout: .seconds(30),
                                 capacity: 3, linger: .seconds(1))
    for index in 0..<5 {
      outbox.post(AnalyticsBatchTests.event("dropped-\(index)", minute: index))
    }
    await outbox.close()
    #expect(AnalyticsDropReason.full.count - fullBefore >= 2)
    #expect(AnalyticsDropReason.failed.count - failedBefore >= 3)
  }
}
