@testable import MeshTransport
import Testing

/// The state of raw HTTP exchanges answered while their client may still send, without sockets: when
/// each is due for its NO_ERROR reset.
@Suite("Answered uploads")
struct AnsweredUploadsTests {
  let start = ContinuousClock.now

  private func tracker() -> AnsweredUploads { AnsweredUploads(quietPeriod: .seconds(1), limit: .seconds(10)) }

  @Test func quietPeriodStartsWhenTheResponseEndWentOut() {
    var uploads = tracker()
    uploads.answered(1)
    // Its END_STREAM still waits for the client's window: no time runs.
    let startedEarly = uploads.flushed(at: start, isOpen: { _ in true }, endSent: { _ in false })
    #expect(!startedEarly)
    #expect(uploads.nextDeadline == nil)
    #expect(uploads.hasAwaitingEnd)
    let started = uploads.flushed(at: start + .seconds(5), isOpen: { _ in true }, endSent: { _ in true })
    #expect(started)
    #expect(!uploads.hasAwaitingEnd)
    #expect(uploads.nextDeadline == start + .seconds(6))
    let early = uploads.due(at: start + .milliseconds(5_999))
    #expect(early == [])
    let due = uploads.due(at: start + .seconds(6))
    #expect(due == [1])
    #expect(uploads.isEmpty)
  }

  @Test func dataFromTheClientPostponesTheResetUpToTheLimit() {
    var uploads = tracker()
    uploads.answered(3)
    _ = uploads.flushed(at: start, isOpen: { _ in true }, endSent: { _ in true })
    for tenth in 1...120 {
      uploads.heard(3, at: start + .milliseconds(100 * tenth))
      let now = start + .milliseconds(100 * tenth)
      let due = uploads.due(at: now)
      #expect(due == (now >= start + .seconds(10) ? [3] : []), "\(tenth)")
      if uploads.isEmpty { break }
    }
    #expect(uploads.isEmpty)
    // Data on a stream no longer tracked is ignored.
    uploads.heard(3, at: start)
    #expect(uploads.isEmpty)
  }

  @Test func closedStreamsAreForgotten() {
    var uploads = tracker()
    uploads.answered(1)
    uploads.answered(3)
    uploads.answered(5)
    uploads.answered(5)
    // 1 closed before its end went out (its client ended the request); 3 went out; 5 still waits.
    let started = uploads.flushed(at: start, isOpen: { $0 != 1 }, endSent: { $0 == 3 })
    #expect(started)
    #expect(uploads.hasAwaitingEnd)
    uploads.closed(5)
    #expect(!uploads.hasAwaitingEnd)
    _ = uploads.flushed(at: start, isOpen: { _ in true }, endSent: { _ in true })
    let due = uploads.due(at: start + .seconds(1))
    #expect(due == [3])
    uploads.answered(7)
    _ = uploads.flushed(at: start, isOpen: { _ in true }, endSent: { _ in true })
    uploads.closed(7)
    #expect(uploads.isEmpty)
    #expect(uploads.nextDeadline == nil)
  }

  @Test func severalDueAtOnceComeInStreamOrder() {
    var uploads = tracker()
    for id: Int32 in [9, 3, 7] { uploads.answered(id) }
    _ = uploads.flushed(at: start, isOpen: { _ in true }, endSent: { _ in true })
    uploads.heard(7, at: start + .milliseconds(500))
    #expect(uploads.nextDeadline == start + .seconds(1))
    let due = uploads.due(at: start + .seconds(1))
    #expect(due == [3, 9])
    #expect(uploads.nextDeadline == start + .milliseconds(1_500))
    uploads.removeAll()
    #expect(uploads.isEmpty)
  }
}
