/// What a connection needs from an event loop: to be resumed when its socket is ready. The mesh's own
/// HTTP/2 loop can take over from `PostgresIOLoop` by conforming to this.
protocol PostgresSocketWaiter: Sendable {
  /// Suspends until `fd` is ready for `interest` (or has an error), the deadline passes
  /// (`PostgresError.timeout`), or the task is cancelled (`CancellationError`).
  func wait(fd: Int32, for interest: PostgresIOLoop.Interest, deadline: ContinuousClock.Instant?) async throws
}

extension PostgresIOLoop: PostgresSocketWaiter {}
