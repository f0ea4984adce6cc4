public import MeshMetrics

/// A pool's metrics, by pool (its `applicationName`): connections in use and idle and callers waiting
/// (read from the pool at each scrape, so the hot path pays nothing for them), acquisitions that had to
/// wait and how long they waited, acquisitions that timed out, connections opened, and the time of every statement.
final class PostgresPoolMetrics: Sendable {
  let waits: Counter
  let waitTimeouts: Counter
  let waitTime: Histogram
  /// Connections opened (a pool growing, or replacing broken ones): a count per unit of work says whether
  /// a run paid for connecting.
  let opened: Counter
  let statements: Histogram
  private let inUse: Gauge
  private let idle: Gauge
  private let waiting: Gauge
  private let maximum: Gauge

  init(registry: MetricsRegistry, pool: String) {
    waits = registry.counter("mesh_db_pool_waits_total", help: "Connection acquisitions that waited for a busy pool.",
                             labels: ["pool"]).labels(pool)
    waitTimeouts = registry.counter("mesh_db_pool_wait_timeouts_total",
                                    help: "Connection acquisitions that gave up waiting for a busy pool.", labels: ["pool"]).labels(pool)
    waitTime = registry.histogram("mesh_db_pool_wait_seconds", help: "Time acquisitions waited for a free connection, in seconds.",
                                  labels: ["pool"]).labels(pool)
    opened = registry.counter("mesh_db_pool_connections_opened_total", help: "Connections the pool opened.",
                              labels: ["pool"]).labels(pool)
    statements = registry.histogram("mesh_db_statement_duration_seconds",
                                    help: "Time from sending a statement to its last result, in seconds.", labels: ["pool"]).labels(pool)
    let connections = registry.gauge("mesh_db_pool_connections", help: "Open connections of the pool, by state.",
                                     labels: ["pool", "state"])
    inUse = connections.labels(pool, "in_use")
    idle = connections.labels(pool, "idle")
    waiting = registry.gauge("mesh_db_pool_waiting", help: "Callers waiting for a connection now.", labels: ["pool"]).labels(pool)
    maximum = registry.gauge("mesh_db_pool_max_connections", help: "The pool's bound on open connections.", labels: ["pool"]).labels(pool)
  }

  /// Sets the gauges from a reading of the pool.
  func update(open: Int, idle idleCount: Int, waiting waitingCount: Int, maximum bound: Int) {
    inUse.set(Double(open - idleCount))
    idle.set(Double(idleCount))
    waiting.set(Double(waitingCount))
    maximum.set(Double(bound))
  }
}
