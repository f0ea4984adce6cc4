public import MeshMetrics
public import MeshPostgres

/// A queue's metrics, by queue name: messages waiting and held (`mesh_queue_depth`), the age of the
/// oldest waiting message, and the messages in the dead-letter state, read from the table at each scrape
/// (one query for the live rows through the queue's deliverable index, one count of the dead ones,
/// within `readTimeout`: a busy database costs a scrape at most that, and the gauges keep their last
/// reading); and redeliveries and dead-letterings (`mesh_queue_dead_letters_total`) counted by the
/// consumers as they happen.
public final class QueueMetrics: Sendable {
  let redeliveries: Counter
  let deadLettered: Counter
  let handledOK: Counter
  let handledFailed: Counter
  /// The consumer's workers running now (`ConsumerScaling`: the floor, more while a backlog lasts).
  let workers: Gauge
  private let ready: Gauge
  private let inflight: Gauge
  private let oldestAge: Gauge
  private let deadLetters: Gauge
  private let readTimeout: Duration

  /// The metrics of `queue` in `registry`; `attach(to:)` starts reading the table at each scrape.
  /// - Parameters:
  ///   - queue: the queue's name.
  ///   - registry: where they go.
  ///   - readTimeout: the most a scrape waits for the table's reading.
  public init(queue: String, registry: MetricsRegistry = .process, readTimeout: Duration = .seconds(2)) {
    let depth = registry.gauge("mesh_queue_depth", help: "Messages of the queue waiting (ready) and held by a consumer (inflight).",
                               labels: ["queue", "state"])
    ready = depth.labels(queue, "ready")
    inflight = depth.labels(queue, "inflight")
    oldestAge = registry.gauge("mesh_queue_oldest_message_age_seconds",
                               help: "Age of the oldest message waiting in the queue, in seconds (0 when none waits).",
                               labels: ["queue"]).labels(queue)
    deadLetters = registry.gauge("mesh_queue_dead_messages", help: "Messages of the queue in the dead-letter state now.",
                                 labels: ["queue"]).labels(queue)
    redeliveries = registry.counter("mesh_queue_redeliveries_total",
                                    help: "Deliveries of a message that had been delivered before (a failure or an expired lease).",
                                    labels: ["queue"]).labels(queue)
    deadLettered = registry.counter("mesh_queue_dead_letters_total", help: "Messages moved to the dead-letter state by a consumer.",
                                    labels: ["queue"]).labels(queue)
    let handled = registry.counter("mesh_queue_handled_total", help: "Deliveries handled by a consumer, by outcome.",
                                   labels: ["queue", "outcome"])
    handledOK = handled.labels(queue, "ok")
    handledFailed = handled.labels(queue, "failed")
    workers = registry.gauge("mesh_queue_consumer_workers",
                             help: "Workers of this process consuming the queue now (more while a backlog lasts, up to the ceiling).",
                             labels: ["queue"]).labels(queue)
    self.readTimeout = readTimeout
  }

  /// Reads the queue's table at each scrape of `registry`.
  /// - Parameters:
  ///   - pool: the database.
  ///   - queue: the queue's name.
  ///   - registry: the registry whose scrapes trigger the reading.
  public func attach(pool: PostgresPool, queue: String, registry: MetricsRegistry = .process) {
    registry.addCollector { [weak pool, weak self] in
      guard let pool, let self else { return }
      await self.read(pool: pool, queue: queue)
    }
  }

  /// One reading: live rows through the deliverable index, then the dead ones.
  func read(pool: PostgresPool, queue: String) async {
    let timeout = readTimeout
    let reading: (Double, Double, Double, Double)? = await withTaskGroup(of: (Double, Double, Double, Double)?.self) { group in
      group.addTask {
        try? await pool.withConnection { connection in
          let live = try await connection.execute("""
            SELECT count(*) FILTER (WHERE state = 'ready'), count(*) FILTER (WHERE state = 'inflight'),
                   COALESCE(EXTRACT(EPOCH FROM now() - min(created_at) FILTER (WHERE state = 'ready')), 0)::float8
            FROM queue_messages WHERE queue = $1 AND state IN ('ready', 'inflight')
            """, [queue], timeout: timeout)
          let dead = try await connection.execute("SELECT count(*) FROM queue_messages WHERE queue = $1 AND state = 'dead'",
                                                  [queue], timeout: timeout)
          guard let row = live.first, let deadRow = dead.first else { return nil }
          return (Double(try row.decode(Int.self, at: 0)), Double(try row.decode(Int.self, at: 1)),
                  try row.decode(Double.self, at: 2), Double(try deadRow.decode(Int.self, at: 0)))
        }
      }
      group.addTask {
        try? await Task.sleep(for: timeout)
        return nil
      }
      let first = await group.next() ?? nil
      group.cancelAll()
      return first
    }
    guard let (readyCount, inflightCount, age, dead) = reading else { return }
    ready.set(readyCount)
    inflight.set(inflightCount)
    oldestAge.set(age)
    deadLetters.set(dead)
  }
}
