@testable import MeshProcessorService
import Synchronization
import Testing

/// The processor's two concurrent calls per turn (nlu and context) without `async let`: both in flight at
/// once, both results back, and a failing call cancels the other and is what the turn sees.
@Suite struct BothCallsTests {
  /// A count shared by the two calls (of those started, of those cancelled).
  final class Counter: Sendable {
    let count = Atomic<Int>(0)
  }

  struct Refused: Error, Equatable {}

  /// Waits (up to 10 s, in 1 ms steps) until both calls have started; true when they did.
  static func sawTheOther(_ started: Counter) async -> Bool {
    started.count.add(1, ordering: .relaxed)
    for _ in 0..<10_000 where started.count.load(ordering: .relaxed) < 2 {
      try? await Task.sleep(for: .milliseconds(1))
    }
    return started.count.load(ordering: .relaxed) == 2
  }

  @Test func bothCallsRunAtOnceAndBothResultsComeBack() async throws {
    let started = Counter()
    let (a, b) = try await BothCalls.run({ (await Self.sawTheOther(started), "nlu") },
                                         { (await Self.sawTheOther(started), 7) })
    // Run one after the other, the first would have waited its 10 s alone.
    #expect(a == (true, "nlu"))
    #expect(b == (true, 7))
  }

  @Test func aFailingCallCancelsTheOtherAndItsErrorIsThrown() async throws {
    let cancelled = Counter()  // counts the calls that saw their cancellation
    var thrown: (any Error)?
    do {
      _ = try await BothCalls.run({ () async throws -> Int in
        do {
          try await Task.sleep(for: .seconds(60))
        } catch is CancellationError {
          cancelled.count.add(1, ordering: .relaxed)
          throw CancellationError()
        }
        return 1
      }, { () async throws -> Int in throw Refused() })
    } catch {
      thrown = error
    }
    #expect(thrown is Refused, "\(String(describing: thrown))")
    #expect(cancelled.count.load(ordering: .relaxed) == 1)
  }
}
