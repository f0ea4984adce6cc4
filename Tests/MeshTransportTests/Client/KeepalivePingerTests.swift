@testable import MeshTransport
import Testing

@Suite("Client keepalive: one PING unanswered at a time")
struct KeepalivePingerTests {
  @Test func aTickBeforeTheAcknowledgementSendsNoSecondPing() {
    var pinger = KeepalivePinger(permitWithoutCalls: true)
    var answers: [Bool] = []
    answers.append(pinger.tick(hasOpenCalls: false))
    // The ACK is later than one interval (a loaded machine): no PING, so no second timeout that the
    // first one's ACK would cancel in its place, leaving the first to close the connection.
    answers.append(pinger.tick(hasOpenCalls: false))
    answers.append(pinger.tick(hasOpenCalls: true))
    answers.append(pinger.acknowledgementReceived())
    // Answered: the next tick pings again.
    answers.append(pinger.tick(hasOpenCalls: false))
    #expect(answers == [true, false, false, true, true])
  }

  @Test func anAcknowledgementWithNoPingOutIsNotOurs() {
    var pinger = KeepalivePinger(permitWithoutCalls: true)
    let answers = [pinger.acknowledgementReceived(), pinger.tick(hasOpenCalls: false),
                   pinger.acknowledgementReceived(), pinger.acknowledgementReceived()]
    #expect(answers == [false, true, true, false])
  }

  @Test func withoutPermissionAPingGoesOnlyWhileACallIsOpen() {
    var pinger = KeepalivePinger(permitWithoutCalls: false)
    let answers = [pinger.tick(hasOpenCalls: false), pinger.tick(hasOpenCalls: true)]
    #expect(answers == [false, true])
  }
}
