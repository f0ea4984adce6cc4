import Synchronization
public import MeshPostgres

/// The durable queue in PostgreSQL: `FOR UPDATE SKIP LOCKED` hands each message to one consumer, a lease
/// with a visibility timeout brings it back if the consumer dies, failures retry with exponential backoff
/// until the dead-letter state, and `LISTEN mesh_queue` wakes idle consumers at once.
public final class PostgresDurableQueue: DurableQueue {
  /// The database.
  public let pool: PostgresPool
  /// The delivery rules.
  public let policy: QueuePolicy
  /// How often an idle consumer re-checks even without a notification (backoffs and expired leases
  /// become visible without one).
  public let pollInterval: Duration

  static let channel = "mesh_queue"
  private let wakeups = QueueWakeups()
  private let listener: Mutex<(PostgresListener, Task<Void, Never>)?> = Mutex(nil)

  /// Creates the queue over a migrated database.
  /// - Parameters:
  ///   - pool: the database.
  ///   - policy: the delivery rules.
  ///   - pollInterval: the idle re-check period.
  public init(pool: PostgresPool, policy: QueuePolicy = QueuePolicy(), pollInterval: Duration = .seconds(1)) {
    self.pool = pool
    self.policy = policy
    self.pollInterval = pollInterval
  }

  deinit { stop() }

  /// Stops the notification listener.
  public func stop() {
    if let (listener, task) = listener.withLock({ value -> (PostgresListener, Task<Void, Never>)? in
      defer { value = nil }
      return value
    }) {
      listener.stop()
      task.cancel()
    }
  }

  /// Inserts with `ON CONFLICT DO NOTHING` on (queue, key); the insert trigger sends the NOTIFY at commit.
  public func enqueue(_ payload: [UInt8], queue: String, idempotencyKey: String) async throws -> EnqueueResult {
    try await enqueue(payload, queue: queue, idempotencyKey: idempotencyKey, on: nil)
  }

  /// `enqueue` inside the caller's transaction (`connection`), so the message commits with the caller's
  /// own writes (one commit, one WAL flush, instead of two), or on the pool when `connection` is nil.
  /// - Parameters:
  ///   - payload: the message.
  ///   - queue: the queue's name.
  ///   - idempotencyKey: one message per key and queue.
  ///   - connection: the transaction, or nil.
  public func enqueue(_ payload: [UInt8], queue: String, idempotencyKey: String,
                      on connection: PostgresConnection?) async throws -> EnqueueResult {
    func run(_ sql: String, _ parameters: [any PostgresEncodable]) async throws -> PostgresResult {
      if let connection { return try await connection.execute(sql, parameters) }
      return try await pool.execute(sql, parameters, idempotent: true)
    }
    try StoreError.check("queue", queue, max: 200)
    try StoreError.check("idempotencyKey", idempotencyKey, max: 200)
    guard payload.count <= policy.maxPayloadBytes else {
      throw StoreError.valueTooLarge(field: "payload", size: payload.count, limit: policy.maxPayloadBytes)
    }
    let inserted = try await run("""
      INSERT INTO queue_messages (queue, idempotency_key, payload, max_attempts) VALUES ($1, $2, $3, $4)
      ON CONFLICT (queue, idempotency_key) DO NOTHING RETURNING id
      """, [queue, idempotencyKey, payload, policy.maxAttempts])
    if let row = inserted.first { return EnqueueResult(id: try row.decode(Int64.self, at: 0), duplicate: false) }
    // The key exists (perhaps committed by a concurrent producer after this statement's snapshot, or by
    // this call's first attempt when a lost connection made the pool retry it): read it.
    let existing = try await run("SELECT id FROM queue_messages WHERE queue = $1 AND idempotency_key = $2",
                                 [queue, idempotencyKey])
    guard let row = existing.first else { throw PostgresError.connectionLost("enqueue outcome unknown") }
    return EnqueueResult(id: try row.decode(Int64.self, at: 0), duplicate: true)
  }

  /// Takes up to `limit` visible messages now, without waiting.
  /// - Parameters:
  ///   - queue: the queue's name.
  ///   - limit: the most messages to take.
  ///   - visibilityTimeout: how long they stay hidden.
  public func dequeue(queue: String, limit: Int = 1, visibilityTimeout: Duration = .seconds(30)) async throws -> [QueueMessage] {
    try StoreError.check("queue", queue, max: 200)
    guard limit > 0, limit <= 1000 else { throw StoreError.invalidValue(field: "limit", reason: "must be 1...1000") }
    // Leases that expired on their last attempt go to dead letters first; the rest are (re)delivered.
    //
    // The lease commits without waiting for its WAL flush (`synchronous_commit` off for this statement's
    // own transaction only, set by the `relaxed` CTE the UPDATE joins): a lease lost in a server crash
    // only makes the message deliverable again (at least once, as after any crash), and the consumer's
    // completing transaction, which commits synchronously, flushes the WAL up to and past the lease
    // anyway. It saves a disk flush per message on the path of every turn.
    let result = try await pool.execute("""
      WITH relaxed AS (
        SELECT set_config('synchronous_commit', 'off', true) AS setting
      ), expired AS (
        UPDATE queue_messages SET state = 'dead', lease = NULL,
               last_error = coalesce(last_error || '; ', '') || 'visibility timeout on last attempt'
        WHERE queue = $1 AND state = 'inflight' AND visible_at <= now() AND attempts >= max_attempts
      ), picked AS (
        SELECT id FROM queue_messages
        WHERE queue = $1 AND state IN ('ready', 'inflight') AND visible_at <= now() AND attempts < max_attempts
        ORDER BY visible_at, id
        FOR UPDATE SKIP LOCKED
        LIMIT $2
      )
      UPDATE queue_messages m
      SET state = 'inflight', attempts = m.attempts + 1, lease = gen_random_uuid(),
          visible_at = now() + make_interval(secs => $3::float8)
      FROM picked, relaxed WHERE m.id = picked.id AND relaxed.setting IS NOT NULL
      RETURNING m.id, m.idempotency_key, m.payload, m.attempts, m.lease::text
      """, [queue, limit, visibilityTimeout.seconds])
    return try result.rows.map { row in
      QueueMessage(id: try row.decode(Int64.self, at: 0), queue: queue, idempotencyKey: try row.decode(String.self, at: 1),
                   payload: try row.decode([UInt8].self, at: 2), attempts: try row.decode(Int.self, at: 3),
                   lease: try row.decode(String.self, at: 4))
    }.sorted { $0.id < $1.id }
  }

  /// Dequeues at once if it can; otherwise sleeps until a NOTIFY for `queue` or the poll interval, until `wait` ends.
  public func receive(queue: String, limit: Int = 1, visibilityTimeout: Duration = .seconds(30),
                      wait: Duration = .seconds(10)) async throws -> [QueueMessage] {
    try await receive(queue: queue, limit: limit, visibilityTimeout: visibilityTimeout, wait: wait, afterHandling: false)
  }

  /// `receive(queue:limit:visibilityTimeout:wait:)`, for a consumer that may have just finished a message.
  /// - Parameters:
  ///   - queue: the queue's name.
  ///   - limit: the most messages to take.
  ///   - visibilityTimeout: how long they stay hidden.
  ///   - wait: how long to wait for one.
  ///   - afterHandling: the caller has just finished a message: its first dequeue is skipped unless a
  ///     notification came that woke no waiter (or hints were lost), since every other message since its
  ///     last look woke a waiter that takes it (`QueueWakeups`); it saves a statement per message that
  ///     would find nothing.
  public func receive(queue: String, limit: Int, visibilityTimeout: Duration, wait: Duration,
                      afterHandling: Bool) async throws -> [QueueMessage] {
    try startListener()
    let deadline = ContinuousClock.now + wait
    var (generation, look) = afterHandling ? wakeups.lookAfterHandling(queue) : (wakeups.generation(of: queue), true)
    while true {
      if look {
        let losses = wakeups.losses
        let messages = try await dequeue(queue: queue, limit: limit, visibilityTimeout: visibilityTimeout)
        if !messages.isEmpty { return messages }
        wakeups.foundEmpty(queue, losses: losses)
      }
      let left = deadline - ContinuousClock.now
      if left <= .zero { return [] }
      await wakeups.wait(for: queue, since: generation, timeout: min(left, pollInterval))
      try Task.checkCancellation()
      generation = wakeups.generation(of: queue)
      look = true
    }
  }

  /// The receivers of `queue` asleep now, waiting for a notification or the poll interval (what a test
  /// waits for before it enqueues, to know the wake-up is what brings the message in).
  public func idleReceivers(queue: String) -> Int { wakeups.waiting(on: queue) }

  /// Notifications of `queue` that woke no receiver and that no consumer done with a message has claimed
  /// yet (what a test reads to know a message came while every worker was busy).
  public func unclaimedHints(queue: String) -> Int { wakeups.unclaimedHints(queue) }

  /// Completing twice with the same lease returns true both times (so a retried completion is not
  /// mistaken for a lost lease); the lease stays on the done row for that reason.
  public func complete(_ message: QueueMessage) async throws -> Bool {
    let result = try await pool.execute("""
      UPDATE queue_messages SET state = 'done', completed_at = coalesce(completed_at, now())
      WHERE id = $1 AND lease = $2::uuid AND state IN ('inflight', 'done')
      """, [message.id, message.lease], idempotent: true)
    return result.affectedRows == 1
  }

  /// Runs `body` and completes the message in the same transaction, so the consumer's own writes and
  /// the completion commit together or not at all. Throws `StoreError.leaseLost` when another delivery
  /// owns the message.
  /// - Parameters:
  ///   - message: the delivery to complete.
  ///   - isolation: the caller's actor.
  ///   - body: the consumer's writes, on the transaction's connection.
  @discardableResult
  public func complete<T>(_ message: QueueMessage, isolation: isolated (any Actor)? = #isolation,
                          _ body: (PostgresConnection) async throws -> T) async throws -> T {
    try await pool.withTransaction { connection in
      // Marked done first, in one statement that also checks and locks the lease: the mark commits with
      // the body's writes or, when the body fails, rolls back with them (and `now()` is the transaction's
      // start either way).
      try await markDone(message, on: connection)
      return try await body(connection)
    }
  }

  /// `complete(_:_:)` for a body that carries the done mark in its first statement (`QueueCompletion`): a
  /// statement and a round trip less per message. When the body did not carry it, the message is marked
  /// after the body, before the commit; a mark that finds the lease lost rolls everything back.
  /// - Parameters:
  ///   - message: the delivery to complete.
  ///   - isolation: the caller's actor.
  ///   - body: the consumer's writes, on the transaction's connection, with the mark to carry.
  @discardableResult
  public func complete<T>(_ message: QueueMessage, isolation: isolated (any Actor)? = #isolation,
                          carryingMark body: (PostgresConnection, QueueCompletion) async throws -> T) async throws -> T {
    try await pool.withTransaction { connection in
      let completion = QueueCompletion(message: message)
      let value = try await body(connection, completion)
      if !completion.isMarked { try await markDone(message, on: connection) }
      return value
    }
  }

  /// Marks the delivery done inside `connection`'s transaction, checking and locking its lease.
  private func markDone(_ message: QueueMessage, on connection: PostgresConnection) async throws {
    let held = try await connection.execute("""
      UPDATE queue_messages SET state = 'done', completed_at = now() WHERE id = $1 AND lease = $2::uuid AND state = 'inflight'
      """, [message.id, message.lease])
    guard held.affectedRows == 1 else { throw StoreError.leaseLost(messageID: message.id) }
  }

  /// Retries after `baseBackoff * 2^(attempts-1)` (capped at `maxBackoff`), or dead-letters on the last attempt.
  public func fail(_ message: QueueMessage, error: String) async throws -> QueueMessageState? {
    let result = try await pool.execute("""
      UPDATE queue_messages
      SET state = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'ready' END,
          visible_at = now() + make_interval(secs => LEAST($4::float8, $3::float8 * power(2, attempts - 1))),
          last_error = $5, lease = NULL
      WHERE id = $1 AND lease = $2::uuid AND state = 'inflight'
      RETURNING state
      """, [message.id, message.lease, policy.baseBackoff.seconds, policy.maxBackoff.seconds, String(error.prefix(2000))],
      idempotent: true)
    return try result.first.flatMap { QueueMessageState(rawValue: try $0.decode(String.self, at: 0)) }
  }

  /// Pushes a delivery's visibility timeout further, for long work.
  /// - Parameters:
  ///   - message: the delivery.
  ///   - visibilityTimeout: the new timeout, from now.
  /// - Returns: false when the lease was already lost.
  public func extendLease(_ message: QueueMessage, by visibilityTimeout: Duration) async throws -> Bool {
    let result = try await pool.execute("""
      UPDATE queue_messages SET visible_at = now() + make_interval(secs => $3::float8)
      WHERE id = $1 AND lease = $2::uuid AND state = 'inflight'
      """, [message.id, message.lease, visibilityTimeout.seconds], idempotent: true)
    return result.affectedRows == 1
  }

  /// The dead-lettered messages of a queue, oldest first.
  /// - Parameters:
  ///   - queue: the queue's name.
  ///   - limit: the most to return.
  public func deadLetters(queue: String, limit: Int = 100) async throws -> [(id: Int64, idempotencyKey: String, lastError: String?)] {
    let result = try await pool.execute("""
      SELECT id, idempotency_key, last_error FROM queue_messages WHERE queue = $1 AND state = 'dead' ORDER BY id LIMIT $2
      """, [queue, limit], idempotent: true)
    return try result.rows.map { (try $0.decode(Int64.self, at: 0), try $0.decode(String.self, at: 1), try $0.decode(String?.self, at: 2)) }
  }

  /// Puts a dead-lettered message back with fresh attempts.
  /// - Parameter id: the message's id.
  /// - Returns: false when it was not dead-lettered.
  public func requeueDead(id: Int64) async throws -> Bool {
    let result = try await pool.execute("""
      UPDATE queue_messages SET state = 'ready', attempts = 0, visible_at = now() WHERE id = $1 AND state = 'dead'
      """, [id], idempotent: true)
    if result.affectedRows == 1 { try await pool.execute("SELECT pg_notify($1, queue) FROM queue_messages WHERE id = $2", [Self.channel, id]) }
    return result.affectedRows == 1
  }

  /// Deletes completed messages older than `age`, in batches, so the table stays small; their
  /// idempotency keys are forgotten with them, so keep `age` longer than any producer retries.
  /// - Parameters:
  ///   - queue: the queue's name.
  ///   - age: how long completed messages are kept.
  /// - Returns: how many were deleted.
  @discardableResult
  public func purgeCompleted(queue: String, olderThan age: Duration) async throws -> Int {
    var total = 0
    while true {
      let deleted = try await pool.execute("""
        DELETE FROM queue_messages WHERE id IN (
          SELECT id FROM queue_messages
          WHERE queue = $1 AND state = 'done' AND completed_at < now() - make_interval(secs => $2::float8)
          LIMIT 5000)
        """, [queue, age.seconds], idempotent: true).affectedRows
      total += deleted
      if deleted < 5000 { return total }
    }
  }

  /// How many messages of a queue are in each state.
  /// - Parameter queue: the queue's name.
  public func counts(queue: String) async throws -> [QueueMessageState: Int] {
    let result = try await pool.execute("SELECT state, count(*) FROM queue_messages WHERE queue = $1 GROUP BY state",
                                        [queue], idempotent: true)
    var counts: [QueueMessageState: Int] = [:]
    for row in result.rows {
      if let state = QueueMessageState(rawValue: try row.decode(String.self, at: 0)) { counts[state] = try row.decode(Int.self, at: 1) }
    }
    return counts
  }

  private func startListener() throws {
    try listener.withLock { value in
      guard value == nil else { return }
      let listener = try PostgresListener(configuration: pool.configuration, channels: [Self.channel])
      let task = Task { [wakeups] in
        for await note in listener.notifications {
          // An empty payload means the listener reconnected and may have missed hints: wake everyone.
          wakeups.signal(note.payload.isEmpty ? nil : note.payload)
        }
      }
      value = (listener, task)
    }
  }
}
