public import MeshMetrics
import Synchronization

/// A bounded pool of connections: at most `maxConnections` open, callers wait (up to `acquireTimeout`)
/// when all are busy, idle connections are checked before reuse, and broken ones are replaced. Its
/// metrics (`mesh_db_*`: connections in use, waits, statement time) go to the registry it is given.
public final class PostgresPool: Sendable {
  /// The settings every connection of the pool uses.
  public let configuration: PostgresConfiguration
  /// The most connections open at once.
  public let maxConnections: Int
  /// How long `acquire` waits for a free connection (including reconnecting to a server that is down).
  public let acquireTimeout: Duration
  /// An idle connection older than this is pinged (`SELECT 1`) before it is handed out.
  public let healthCheckAfter: Duration

  private struct Idle {
    let connection: PostgresConnection
    let since: ContinuousClock.Instant
  }

  private struct State {
    var idle: [Idle] = []
    var open = 0
    var waiters: [UInt64: CheckedContinuation<PostgresConnection?, any Error>] = [:]
    var waiterOrder: [UInt64] = []
    var nextWaiter: UInt64 = 0
    var closed = false
  }

  private let state = Mutex(State())
  private let metrics: PostgresPoolMetrics?

  /// Creates a pool; connections open lazily.
  /// - Parameters:
  ///   - configuration: where to connect.
  ///   - maxConnections: the bound on open connections.
  ///   - acquireTimeout: how long a caller waits for a connection.
  ///   - healthCheckAfter: idle time after which a connection is pinged before reuse.
  ///   - metrics: where its metrics go (labelled `pool` by the configuration's `applicationName`); nil for none.
  public init(configuration: PostgresConfiguration, maxConnections: Int = 8,
              acquireTimeout: Duration = .seconds(10), healthCheckAfter: Duration = .seconds(30),
              metrics registry: MetricsRegistry? = .process) {
    precondition(maxConnections > 0, "a pool needs at least one connection")
    self.configuration = configuration
    self.maxConnections = maxConnections
    self.acquireTimeout = acquireTimeout
    self.healthCheckAfter = healthCheckAfter
    let metrics = registry.map { PostgresPoolMetrics(registry: $0, pool: configuration.applicationName) }
    self.metrics = metrics
    if let registry, let metrics {
      // Read at each scrape; a pool that is gone reads as empty.
      registry.addCollector { [weak self] in
        guard let self else { return metrics.update(open: 0, idle: 0, waiting: 0, maximum: 0) }
        let reading = self.state.withLock { ($0.open, $0.idle.count, $0.waiterOrder.count, $0.closed) }
        metrics.update(open: reading.3 ? 0 : reading.0, idle: reading.1, waiting: reading.2, maximum: self.maxConnections)
      }
    }
  }

  /// Runs `body` with a connection of its own and returns the connection afterwards.
  /// - Parameters:
  ///   - isolation: the caller's actor, so `body` need not be `Sendable`.
  ///   - body: the work; it must not keep the connection.
  @discardableResult
  public func withConnection<T>(isolation: isolated (any Actor)? = #isolation,
                                _ body: (PostgresConnection) async throws -> T) async throws -> T {
    let connection = try await acquire()
    do {
      let value = try await body(connection)
      release(connection)
      return value
    } catch {
      release(connection)
      throw error
    }
  }

  /// Runs `body` inside `BEGIN` ... `COMMIT`; any error rolls back. When the server aborts the transaction
  /// for a serialization failure or a deadlock, the whole body runs again (up to `retries` times). A body
  /// whose last statement committed (`PostgresConnection.executeCommitting`, a round trip less) is not
  /// committed again.
  /// - Parameters:
  ///   - isolation: the caller's actor, so `body` need not be `Sendable`.
  ///   - retries: extra attempts after a serialization failure or deadlock.
  ///   - body: the transaction's statements.
  @discardableResult
  public func withTransaction<T>(isolation: isolated (any Actor)? = #isolation, retries: Int = 3,
                                 _ body: (PostgresConnection) async throws -> T) async throws -> T {
    var attempt = 0
    while true {
      do {
        return try await withConnection { connection in
          // BEGIN goes with the body's first statement, in one round trip.
          try connection.beginWithNextStatement()
          do {
            let value = try await body(connection)
            if connection.isInTransaction { try await connection.execute("COMMIT") }
            return value
          } catch {
            if !connection.isBroken { _ = try? await connection.execute("ROLLBACK") }
            throw error
          }
        }
      } catch let error as PostgresError where error.sqlState == "40001" || error.sqlState == "40P01" {
        attempt += 1
        if attempt > retries { throw error }
      }
    }
  }

  /// Runs one statement on any connection. With `idempotent: true` (reads, or writes that are safe to
  /// repeat), a statement cut by a lost connection runs once more on a fresh one.
  /// - Parameters:
  ///   - sql: one statement with `$n` placeholders.
  ///   - parameters: the placeholder values.
  ///   - idempotent: whether running the statement twice is harmless.
  @discardableResult
  public func execute(_ sql: String, _ parameters: [any PostgresEncodable] = [],
                      idempotent: Bool = false) async throws -> PostgresResult {
    do {
      return try await withConnection { try await $0.execute(sql, parameters) }
    } catch let error as PostgresError where idempotent && error.isConnectionProblem {
      return try await withConnection { try await $0.execute(sql, parameters) }
    }
  }

  /// Takes a connection, waiting for one when all are busy; pair with `release`.
  public func acquire() async throws -> PostgresConnection {
    let deadline = ContinuousClock.now + acquireTimeout
    while true {
      enum Step { case reuse(Idle), open, wait, closed }
      let step = state.withLock { s -> Step in
        if s.closed { return .closed }
        if let idle = s.idle.popLast() { return .reuse(idle) }
        if s.open < maxConnections { s.open += 1; return .open }
        return .wait
      }
      switch step {
      case .closed:
        throw PostgresError.closed
      case .reuse(let idle):
        if await isHealthy(idle) { return idle.connection }
        dropConnection()
      case .open:
        do {
          let connection = try await openConnection(deadline: deadline)
          connection.timeStatements(into: metrics?.statements)
          metrics?.opened.increment()
          return connection
        } catch {
          dropConnection()
          throw error
        }
      case .wait:
        let begun = ContinuousClock.now
        metrics?.waits.increment()
        do {
          let connection = try await waitForRelease(deadline: deadline)
          metrics?.waitTime.observe(ContinuousClock.now - begun)
          if let connection { return connection }
        } catch {
          metrics?.waitTime.observe(ContinuousClock.now - begun)
          if let failure = error as? PostgresError, case .timeout = failure { metrics?.waitTimeouts.increment() }
          throw error
        }
      }
    }
  }

  /// Gives a connection back; a broken one or one left inside a transaction is closed.
  /// - Parameter connection: a connection from `acquire`.
  public func release(_ connection: PostgresConnection) {
    let reusable = !connection.isBroken && !connection.isInTransaction
    let waiter = state.withLock { s -> CheckedContinuation<PostgresConnection?, any Error>? in
      guard reusable, !s.closed else {
        s.open -= 1
        // A waiter can now open a connection of its own: wake it with nil so it loops.
        return s.waiterOrder.isEmpty ? nil : s.waiters.removeValue(forKey: s.waiterOrder.removeFirst())
      }
      if !s.waiterOrder.isEmpty { return s.waiters.removeValue(forKey: s.waiterOrder.removeFirst()) }
      s.idle.append(Idle(connection: connection, since: .now))
      return nil
    }
    if !reusable { connection.close() }
    waiter?.resume(returning: reusable ? connection : nil)
  }

  /// Closes idle connections and refuses new acquisitions; connections in use close when released.
  public func close() {
    let (idle, waiters) = state.withLock { s in
      s.closed = true
      let idle = s.idle
      s.open -= idle.count
      s.idle = []
      let waiters = Array(s.waiters.values)
      s.waiters = [:]
      s.waiterOrder = []
      return (idle, waiters)
    }
    for entry in idle { entry.connection.close() }
    for waiter in waiters { waiter.resume(throwing: PostgresError.closed) }
  }

  /// The number of open connections (idle and in use).
  public var openConnections: Int { state.withLock { $0.open } }

  private func dropConnection() {
    let waiter = state.withLock { s -> CheckedContinuation<PostgresConnection?, any Error>? in
      s.open -= 1
      return s.waiterOrder.isEmpty ? nil : s.waiters.removeValue(forKey: s.waiterOrder.removeFirst())
    }
    waiter?.resume(returning: nil)
  }

  private func isHealthy(_ idle: Idle) async -> Bool {
    if idle.connection.isBroken || idle.connection.hasPendingInput { return false }
    if ContinuousClock.now - idle.since < healthCheckAfter { return true }
    do {
      try await idle.connection.execute("SELECT 1", timeout: .seconds(5))
      return true
    } catch {
      return false
    }
  }

  /// Connecting is safe to retry (nothing was sent), so a server that is restarting is retried with
  /// backoff until the acquire deadline.
  private func openConnection(deadline: ContinuousClock.Instant) async throws -> PostgresConnection {
    var delay = Duration.milliseconds(50)
    while true {
      do {
        return try await PostgresConnection.connect(configuration)
      } catch let error as PostgresError where error.isSafeToRetry || error.isConnectionProblem {
        if ContinuousClock.now + delay >= deadline { throw error }
        try await Task.sleep(for: delay)
        delay = min(delay * 2, .seconds(1))
      }
    }
  }

  private func waitForRelease(deadline: ContinuousClock.Instant) async throws -> PostgresConnection? {
    let id = state.withLock { s -> UInt64 in s.nextWaiter += 1; return s.nextWaiter }
    let timer = Task { [weak self] in
      try await Task.sleep(until: deadline, clock: .continuous)
      self?.expireWaiter(id)
    }
    defer { timer.cancel() }
    return try await withTaskCancellationHandler {
      try await withCheckedThrowingContinuation { continuation in
        let closed = state.withLock { s -> Bool in
          if s.closed || ContinuousClock.now >= deadline { return true }
          s.waiters[id] = continuation
          s.waiterOrder.append(id)
          return false
        }
        if closed { continuation.resume(throwing: PostgresError.timeout("no free connection within \(acquireTimeout)")) }
      }
    } onCancel: {
      self.failWaiter(id, with: CancellationError())
    }
  }

  private func expireWaiter(_ id: UInt64) {
    failWaiter(id, with: PostgresError.timeout("no free connection within \(acquireTimeout)"))
  }

  private func failWaiter(_ id: UInt64, with error: any Error) {
    let waiter = state.withLock { s -> CheckedContinuation<PostgresConnection?, any Error>? in
      s.waiterOrder.removeAll { $0 == id }
      return s.waiters.removeValue(forKey: id)
    }
    waiter?.resume(throwing: error)
  }
}
