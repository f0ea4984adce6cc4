/// When a lingering socket closes (see `LingeringSocket`): after `quietPeriod` with nothing read, or
/// `limit` after the lingering began, whichever comes first. A value, fed the times of reads, so the
/// rule is tested without sockets or sleeping.
package struct LingerDeadline: Sendable, Equatable {
  /// When the lingering began (the sending half was shut).
  package let start: ContinuousClock.Instant
  /// How long the peer may send nothing before the socket closes.
  package let quietPeriod: Duration
  /// How long the socket lingers at most, however busy the peer.
  package let limit: Duration
  /// When bytes were last read and dropped (the start until then).
  package private(set) var lastRead: ContinuousClock.Instant

  /// Starts lingering at `start`.
  package init(start: ContinuousClock.Instant, quietPeriod: Duration, limit: Duration) {
    self.start = start
    self.quietPeriod = quietPeriod
    self.limit = limit
    lastRead = start
  }

  /// Notes that the peer sent something at `now`: the quiet period starts again, the limit does not move.
  package mutating func read(at now: ContinuousClock.Instant) {
    if now > lastRead { lastRead = now }
  }

  /// When the socket is to close, as things stand.
  package var deadline: ContinuousClock.Instant { min(lastRead + quietPeriod, start + limit) }

  /// Whether the socket is to close at `now`.
  package func isOver(at now: ContinuousClock.Instant) -> Bool { now >= deadline }
}
