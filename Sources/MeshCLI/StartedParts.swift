/// What `mesh up` has started so far, each with how to stop it: on a failure at any later step, or at the
/// end, everything is stopped in reverse order (the gateway and servers before the database).
actor StartedParts {
  private var parts: [(name: String, stop: @Sendable () async -> Void)] = []

  /// Records a part that now runs.
  func add(_ name: String, stop: @escaping @Sendable () async -> Void) {
    parts.append((name, stop))
  }

  /// Stops every recorded part, newest first, and forgets them; `report` hears each name as it stops.
  func stopAll(report: @Sendable (String) -> Void) async {
    while let part = parts.popLast() {
      report(part.name)
      await part.stop()
    }
  }
}
