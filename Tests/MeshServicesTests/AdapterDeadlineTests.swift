import MeshCore
@testable import MeshProcessorService
import MeshServiceKit
import Testing

/// The deadline of the processor's adapter calls: the `adapter_timeout_ms` setting (the mesh file's
/// `processor.adapter_timeout`), cut to what is left of the turn's lease.
@Suite struct AdapterDeadlineTests {
  @Test func theSettingIsReadAndBadValuesAreRefused() throws {
    #expect(try ProcessorServer.adapterTimeout([:]) == .seconds(5))
    #expect(try ProcessorServer.adapterTimeout(["adapter_timeout_ms": "1500"]) == .milliseconds(1500))
    for bad in ["", "abc", "1.5", "-1", "0", "9", "30001", "99999999999999999999"] {
      #expect(throws: ServiceSetupError.self, "'\(bad)'") { try ProcessorServer.adapterTimeout(["adapter_timeout_ms": bad]) }
    }
  }

  @Test func aCallGetsTheAdapterDeadlineOrWhatIsLeftOfItsTurn() {
    let now = ContinuousClock.now
    // No lease known: the configured deadline.
    #expect(AdapterExecutor.callTimeout(.seconds(5), turnEnds: nil, now: now) == .seconds(5))
    // Plenty of the turn left: the configured deadline.
    #expect(AdapterExecutor.callTimeout(.seconds(5), turnEnds: now + .seconds(60), now: now) == .seconds(5))
    // Less left than the deadline: only what is left.
    #expect(AdapterExecutor.callTimeout(.seconds(5), turnEnds: now + .milliseconds(1200), now: now) == .milliseconds(1200))
    // The turn's time is up: no call at all.
    #expect(AdapterExecutor.callTimeout(.seconds(5), turnEnds: now, now: now) == nil)
    #expect(AdapterExecutor.callTimeout(.seconds(5), turnEnds: now - .seconds(1), now: now) == nil)
  }
}
