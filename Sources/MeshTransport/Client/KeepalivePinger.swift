/// When a client connection sends a keepalive PING (gRPC A8): on each tick of `interval`, when calls are
/// open or pings without calls are permitted, and only while no PING is unanswered. The unanswered one's
/// `timeout` closes the connection. A PING per tick regardless would re-arm the timeout and orphan the
/// previous one's: on a loaded machine an ACK later than one interval then left a timer running that
/// closed a connection whose every PING had been answered. A pure value: the connection feeds it the
/// ticks and the ACKs, and sends and times what it says.
struct KeepalivePinger {
  /// Whether calls may be open for a PING to go.
  let permitWithoutCalls: Bool
  /// Whether a PING is out and not yet acknowledged.
  private(set) var awaitingAcknowledgement = false

  init(permitWithoutCalls: Bool) { self.permitWithoutCalls = permitWithoutCalls }

  /// The interval has passed; returns whether to send a PING now (and start its timeout).
  /// - Parameter hasOpenCalls: whether a call is open on the connection.
  mutating func tick(hasOpenCalls: Bool) -> Bool {
    guard !awaitingAcknowledgement, hasOpenCalls || permitWithoutCalls else { return false }
    awaitingAcknowledgement = true
    return true
  }

  /// A PING ACK arrived; returns whether it answered the PING out (whose timeout is then cancelled).
  mutating func acknowledgementReceived() -> Bool {
    guard awaitingAcknowledgement else { return false }
    awaitingAcknowledgement = false
    return true
  }
}
