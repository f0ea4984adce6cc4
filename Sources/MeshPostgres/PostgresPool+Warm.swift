/// Opening connections ahead of the work: a pool opens them lazily, so the first burst of work after a
/// start pays for connecting (a TCP or socket handshake, authentication, the session's settings: a few
/// milliseconds each) and a benchmark's measured run paid for a pool still growing.
extension PostgresPool {
  /// Makes at least `count` connections (at most `maxConnections`) open and idle, opening them at once;
  /// returns when they are. Connections already open count.
  /// - Parameter count: how many connections to have open.
  /// - Throws: the first failure to acquire one (the ones acquired are given back first).
  public func warm(_ count: Int) async throws {
    let wanted = min(max(count, 0), maxConnections)
    // Every acquired connection is held until all are, so each acquisition opens a new one (or takes an
    // idle one), then all go back to the idle list. Failures are collected, not thrown from the group, so
    // no acquired connection is dropped unreleased.
    let outcomes = await withTaskGroup(of: Result<PostgresConnection, any Error>.self) { group in
      for _ in 0..<wanted {
        group.addTask {
          do { return .success(try await self.acquire()) } catch { return .failure(error) }
        }
      }
      var outcomes: [Result<PostgresConnection, any Error>] = []
      for await outcome in group { outcomes.append(outcome) }
      return outcomes
    }
    var failure: (any Error)?
    for outcome in outcomes {
      switch outcome {
      case .success(let connection): release(connection)
      case .failure(let error): failure = failure ?? error
      }
    }
    if let failure { throw failure }
  }
}
