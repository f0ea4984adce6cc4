/// Raw HTTP exchanges over HTTP/2 (REST, Connect, gRPC-Web, and the server's own plain answers) whose
/// whole response has gone out while their client has not ended its request: which of them to reset
/// with RST_STREAM(NO_ERROR) (RFC 9113 §8.1), and when. Pure state: the connection feeds it events and
/// the time, and resets what `due(at:)` returns.
///
/// Why not at once, as a gRPC call is: curl 7.88 fails an upload whose stream is reset while it still
/// sends, even with NO_ERROR after the whole response (it reports the reset, exit 92, and drops the
/// answer). Such a client ends its upload promptly (its bytes are dropped and their window granted at
/// once), so a stream on which the client keeps sending stays, and one on which it has been quiet for
/// `quietPeriod` is reset. Why at all: left half-open, each such stream held one of the connection's
/// `maxConcurrentStreams` until the connection closed, and a client that never ends its requests left
/// the connection unable to open any. `limit` bounds a client that sends forever.
struct AnsweredUploads {
  /// How long the client may be quiet after the response's end before its stream is reset.
  let quietPeriod: Duration
  /// How long after the response's end the stream is reset even while the client still sends.
  let limit: Duration

  /// Answered streams whose END_STREAM has not gone out yet (the client's window holds it): their
  /// time starts when it does (a reset before it would also make nghttp2 drop the queued response).
  private var awaitingEnd: [Int32] = []
  /// Streams whose END_STREAM went out: when it did, and when the client last sent DATA.
  private var lingering: [Int32: (ended: ContinuousClock.Instant, heard: ContinuousClock.Instant)] = [:]

  init(quietPeriod: Duration, limit: Duration) {
    self.quietPeriod = quietPeriod
    self.limit = limit
  }

  /// Whether nothing is tracked (the connection's per-turn check stops here).
  var isEmpty: Bool { awaitingEnd.isEmpty && lingering.isEmpty }

  /// Whether some stream waits for its END_STREAM to go out.
  var hasAwaitingEnd: Bool { !awaitingEnd.isEmpty }

  /// A stream's response is complete (queued) while its client may still send.
  mutating func answered(_ streamID: Int32) {
    guard lingering[streamID] == nil, !awaitingEnd.contains(streamID) else { return }
    awaitingEnd.append(streamID)
  }

  /// After a flush: the streams whose END_STREAM went out start their quiet period; those closed
  /// meanwhile (the client ended its request or reset it) are forgotten.
  /// - Parameters:
  ///   - now: the time.
  ///   - isOpen: whether a stream is still open.
  ///   - endSent: whether a stream's END_STREAM has gone out.
  /// - Returns: whether a stream started its quiet period (the caller then makes sure a timer runs).
  mutating func flushed(at now: ContinuousClock.Instant, isOpen: (Int32) -> Bool, endSent: (Int32) -> Bool) -> Bool {
    var started = false
    awaitingEnd.removeAll { id in
      guard isOpen(id) else { return true }
      guard endSent(id) else { return false }
      lingering[id] = (now, now)
      started = true
      return true
    }
    return started
  }

  /// The client sent DATA on a stream whose call has ended: it is still uploading, its quiet period
  /// starts again. Streams not lingering are ignored.
  mutating func heard(_ streamID: Int32, at now: ContinuousClock.Instant) {
    lingering[streamID]?.heard = now
  }

  /// A stream closed: nothing more to do for it.
  mutating func closed(_ streamID: Int32) {
    lingering[streamID] = nil
    awaitingEnd.removeAll { $0 == streamID }
  }

  /// When the next stream is due, if any lingers.
  var nextDeadline: ContinuousClock.Instant? {
    lingering.values.lazy.map { deadline(ended: $0.ended, heard: $0.heard) }.min()
  }

  /// The streams due at `now` (quiet for `quietPeriod`, or answered `limit` ago): forgotten here, to
  /// be reset by the caller.
  mutating func due(at now: ContinuousClock.Instant) -> [Int32] {
    let ids = lingering.compactMap { id, times in deadline(ended: times.ended, heard: times.heard) <= now ? id : nil }
    for id in ids { lingering[id] = nil }
    return ids.sorted()
  }

  /// Everything is forgotten (the connection closed).
  mutating func removeAll() {
    awaitingEnd = []
    lingering = [:]
  }

  private func deadline(ended: ContinuousClock.Instant, heard: ContinuousClock.Instant) -> ContinuousClock.Instant {
    min(heard + quietPeriod, ended + limit)
  }
}
