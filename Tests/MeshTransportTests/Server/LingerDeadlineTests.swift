@testable import MeshTransport
import Testing

/// When a lingering socket closes, without sockets: after the quiet period with nothing read, or at the
/// limit however busy the peer is.
@Suite("Linger deadline")
struct LingerDeadlineTests {
  let start = ContinuousClock.now

  @Test func aQuietPeerIsClosedAfterTheQuietPeriod() {
    let deadline = LingerDeadline(start: start, quietPeriod: .seconds(1), limit: .seconds(5))
    #expect(deadline.deadline == start + .seconds(1))
    #expect(!deadline.isOver(at: start + .milliseconds(999)))
    #expect(deadline.isOver(at: start + .seconds(1)))
  }

  @Test func eachReadStartsTheQuietPeriodAgain() {
    var deadline = LingerDeadline(start: start, quietPeriod: .seconds(1), limit: .seconds(5))
    deadline.read(at: start + .milliseconds(800))
    #expect(!deadline.isOver(at: start + .milliseconds(1500)))
    #expect(deadline.deadline == start + .milliseconds(1800))
    // A read stamped earlier than the last one (clocks read out of order) moves nothing back.
    deadline.read(at: start + .milliseconds(100))
    #expect(deadline.deadline == start + .milliseconds(1800))
  }

  @Test func aPeerThatNeverStopsIsClosedAtTheLimit() {
    var deadline = LingerDeadline(start: start, quietPeriod: .seconds(1), limit: .seconds(5))
    for tenth in 1...100 { deadline.read(at: start + .milliseconds(100 * tenth)) }
    #expect(deadline.deadline == start + .seconds(5))
    #expect(!deadline.isOver(at: start + .milliseconds(4999)))
    #expect(deadline.isOver(at: start + .seconds(5)))
  }
}
