internal import CPostgres
import Foundation
import MeshMetrics
import Synchronization

/// A `PGcancel` handed to the thread that sends the cancel request; libpq documents it as usable from any thread.
private final class CancelHandle: @unchecked Sendable {
  let pointer: OpaquePointer
  init(_ pointer: OpaquePointer) { self.pointer = pointer }
}

/// One libpq connection in non-blocking mode. Statements are sent with `PQsendQueryParams` and their
/// results read as the I/O loop reports the socket ready, so awaiting a statement never blocks a thread.
/// A connection runs one statement at a time; a second concurrent caller gets `invalidArgument`.
/// One caveat of libpq: `PQconnectStart` resolves a host name synchronously; Unix sockets and numeric
/// addresses (`hostaddr`) never block.
public final class PostgresConnection: @unchecked Sendable {
  // Safe to share: `conn` is only touched by the caller that holds `state.busy` (or by `deinit`).
  private let conn: OpaquePointer
  private let loop: any PostgresSocketWaiter
  private let state = Mutex(State())
  /// The settings this connection was opened with.
  public let configuration: PostgresConfiguration

  private struct State {
    var busy = false
    var broken = false
    /// A `BEGIN` to send in one pipeline with the next statement (`beginWithNextStatement`).
    var beginPending = false
    var prepared: [StatementKey: String] = [:]
    var preparedCounter = 0
    var statementTimer: Histogram?
    var turnBegun = ContinuousClock.Instant.now
  }

  private struct StatementKey: Hashable {
    let sql: String
    let types: [UInt32]
  }

  private init(conn: OpaquePointer, configuration: PostgresConfiguration, loop: any PostgresSocketWaiter) {
    self.conn = conn
    self.configuration = configuration
    self.loop = loop
  }

  deinit { PQfinish(conn) }

  /// Opens a connection without blocking: `PQconnectStart`, then `PQconnectPoll` as the socket becomes ready.
  /// - Parameter configuration: where to connect and the timeouts.
  public static func connect(_ configuration: PostgresConfiguration) async throws -> PostgresConnection {
    guard let conn = PQconnectStart(configuration.connectionString) else {
      throw PostgresError.connectFailed("out of memory")
    }
    let connection = PostgresConnection(conn: conn, configuration: configuration, loop: PostgresIOLoop.shared)
    try await connection.finishConnecting(deadline: .now + configuration.connectTimeout)
    _ = try await connection.execute("SELECT set_config('TimeZone', 'UTC', false), set_config('application_name', $1, false)",
                                     [configuration.applicationName])
    return connection
  }

  private func finishConnecting(deadline: ContinuousClock.Instant) async throws {
    if PQstatus(conn) == CONNECTION_BAD { throw PostgresError.connectFailed(errorMessage) }
    var status = PGRES_POLLING_WRITING
    while true {
      switch status {
      case PGRES_POLLING_OK:
        // Server notices (`... already exists, skipping`) are not errors; keep them off stderr.
        PQsetNoticeProcessor(conn, { _, _ in }, nil)
        guard PQsetnonblocking(conn, 1) == 0 else { throw PostgresError.connectFailed(errorMessage) }
        return
      case PGRES_POLLING_FAILED:
        throw PostgresError.connectFailed(errorMessage)
      case PGRES_POLLING_READING:
        try await waitSocket(.read, deadline: deadline, connecting: true)
      default:
        try await waitSocket(.write, deadline: deadline, connecting: true)
      }
      status = PQconnectPoll(conn)
    }
  }

  /// True once the connection broke, timed out or was cancelled mid-statement; the pool drops it.
  public var isBroken: Bool {
    state.withLock { $0.broken } || PQstatus(conn) != CONNECTION_OK
  }

  /// True when the server sent something while the connection was idle: an idle connection gets no
  /// input unless the server is closing it (an administrator's `FATAL` before a restart, or end of file),
  /// so the pool drops it instead of handing it to a caller whose statement would fail. One `poll` with
  /// no wait, no round trip.
  public var hasPendingInput: Bool {
    let socket = PQsocket(conn)
    guard socket >= 0 else { return true }
    var entry = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
    return poll(&entry, 1, 0) > 0
  }

  /// True when a transaction is open (or failed and not yet rolled back, or its `BEGIN` waits for a statement).
  public var isInTransaction: Bool {
    state.withLock { $0.busy || $0.beginPending } ? true : PQtransactionStatus(conn) != PQTRANS_IDLE
  }

  /// Opens a transaction whose `BEGIN` goes with the next statement, in one round trip (libpq's pipeline
  /// mode) instead of a round trip of its own; nothing is sent before that statement.
  public func beginWithNextStatement() throws {
    let problem = state.withLock { s -> PostgresError? in
      if s.broken { return .connectionLost("connection already broken") }
      if s.busy || s.beginPending { return .invalidArgument("a connection runs one statement at a time") }
      s.beginPending = true
      return nil
    }
    if let problem { throw problem }
  }

  /// The server's backend process id (for `pg_terminate_backend` and logs).
  public var backendPID: Int32 { PQbackendPID(conn) }

  /// Runs one parameterised statement and returns its rows. Values travel apart from the SQL text.
  /// - Parameters:
  ///   - sql: one statement with `$1`, `$2`, ... placeholders.
  ///   - parameters: the values of the placeholders, in order.
  ///   - timeout: the deadline; the configuration's `statementTimeout` when nil.
  @discardableResult
  public func execute(_ sql: String, _ parameters: [any PostgresEncodable] = [],
                      timeout: Duration? = nil) async throws -> PostgresResult {
    try acquireTurn()
    defer { releaseTurn() }
    let deadline = ContinuousClock.now + (timeout ?? configuration.statementTimeout)
    let data = parameters.map(\.postgresData)
    if takeBeginPending() { return try await sendPipeline(sql, data, begin: true, commit: false, followUp: nil, deadline: deadline).result }
    guard configuration.preparesStatements else { return try await sendUnprepared(sql, data, deadline: deadline) }
    do {
      return try await sendPrepared(sql, data, deadline: deadline)
    } catch let error as PostgresError where error.sqlState == "0A000" || error.sqlState == "26000" {
      // "cached plan must not change result type" after a schema change, or a statement the server no
      // longer knows. The statement did not run, so outside a transaction it is safe to prepare it
      // again and retry; inside one, the transaction is aborted and the caller must decide.
      state.withLock { _ = $0.prepared.removeValue(forKey: StatementKey(sql: sql, types: data.map(\.typeOID))) }
      guard PQtransactionStatus(conn) == PQTRANS_IDLE else { throw error }
      return try await sendPrepared(sql, data, deadline: deadline)
    }
  }

  /// Statements are prepared once per connection and parameter types, then run by name: the server
  /// parses and plans them once. The cache is bounded; past it, statements run unprepared.
  private func sendPrepared(_ sql: String, _ data: [PostgresData], deadline: ContinuousClock.Instant) async throws -> PostgresResult {
    let key = StatementKey(sql: sql, types: data.map(\.typeOID))
    var name = state.withLock { $0.prepared[key] }
    if name == nil, state.withLock({ $0.prepared.count }) < Self.maxPreparedStatements {
      let newName = "mesh_\(state.withLock { s -> Int in s.preparedCounter += 1; return s.preparedCounter })"
      let types = data.map { Oid($0.typeOID) }
      let sent = PQsendPrepare(conn, newName, sql, Int32(data.count), types.isEmpty ? nil : types)
      guard sent == 1 else { throw markBrokenIfNeeded(PostgresError.connectionLost(errorMessage)) }
      _ = try await guardBroken { try await finishStatement(deadline: deadline) }
      state.withLock { $0.prepared[key] = newName }
      name = newName
    }
    guard let name else { return try await sendUnprepared(sql, data, deadline: deadline) }
    let sent = withParameterArrays(data) { _, values, lengths, formats in
      PQsendQueryPrepared(conn, name, Int32(data.count), values, lengths, formats, 0)
    }
    guard sent == 1 else { throw markBrokenIfNeeded(PostgresError.connectionLost(errorMessage)) }
    return try await guardBroken { try await finishStatement(deadline: deadline) }
  }

  private func sendUnprepared(_ sql: String, _ data: [PostgresData], deadline: ContinuousClock.Instant) async throws -> PostgresResult {
    let sent = withParameterArrays(data) { types, values, lengths, formats in
      PQsendQueryParams(conn, sql, Int32(data.count), types, values, lengths, formats, 0)
    }
    guard sent == 1 else { throw markBrokenIfNeeded(PostgresError.connectionLost(errorMessage)) }
    return try await guardBroken { try await finishStatement(deadline: deadline) }
  }

  static let maxPreparedStatements = 256

  private func takeBeginPending() -> Bool {
    state.withLock { s in
      defer { s.beginPending = false }
      return s.beginPending
    }
  }

  /// Runs one statement, the last of the open transaction, and `COMMIT` in one round trip (one pipeline,
  /// one sync) instead of two: the commit goes out without waiting for the statement's result, and runs
  /// only when the statement succeeded. When it throws, nothing committed: a failed statement leaves the
  /// transaction open and aborted (roll it back, as after any failed statement), a failed commit (a
  /// serialization failure found at commit) has rolled it back. A `BEGIN` pending from
  /// `beginWithNextStatement` goes in the same pipeline. Outside a transaction the `COMMIT` only warns.
  /// - Parameters:
  ///   - sql: one statement with `$1`, `$2`, ... placeholders.
  ///   - parameters: the values of the placeholders, in order.
  ///   - timeout: the deadline; the configuration's `statementTimeout` when nil.
  /// - Returns: the statement's rows.
  @discardableResult
  public func executeCommitting(_ sql: String, _ parameters: [any PostgresEncodable] = [],
                                timeout: Duration? = nil) async throws -> PostgresResult {
    try await executeCommitting(sql, parameters, timeout: timeout, thenAlone: nil).result
  }

  /// `executeCommitting`, then `followUp` (SQL text and its parameters) as a transaction of its own, still
  /// in the same round trip; it runs only when the commit succeeded. Meant for what must not be part of the
  /// committed transaction, such as a `NOTIFY` that should not hold PostgreSQL's notification lock (one
  /// for the whole cluster, held from a notifying transaction's commit to its end) through the
  /// transaction's WAL flush, serializing every notifying commit behind it.
  /// - Parameters:
  ///   - sql: the transaction's last statement.
  ///   - parameters: its parameters.
  ///   - timeout: the deadline; the configuration's `statementTimeout` when nil.
  ///   - followUp: the statement to run after the commit, or nil.
  /// - Returns: the statement's rows, and the follow-up's failure when it failed (the transaction committed).
  public func executeCommitting(_ sql: String, _ parameters: [any PostgresEncodable], timeout: Duration? = nil,
                                thenAlone followUp: (sql: String, parameters: [any PostgresEncodable])?) async throws
    -> (result: PostgresResult, followUpError: PostgresError?)
  {
    try acquireTurn()
    defer { releaseTurn() }
    let deadline = ContinuousClock.now + (timeout ?? configuration.statementTimeout)
    return try await sendPipeline(sql, parameters.map(\.postgresData), begin: takeBeginPending(), commit: true,
                                  followUp: followUp.map { ($0.sql, $0.parameters.map(\.postgresData)) }, deadline: deadline)
  }

  /// `BEGIN` (when `begin`), the statement's `PREPARE` when it is new to this connection, the statement,
  /// `COMMIT` (when `commit`) and a follow-up statement (with its `PREPARE` when new, in an implicit
  /// transaction of its own that ends at the sync), sent as one pipeline with one sync: one round trip. The first failure up to
  /// the COMMIT is thrown (what follows a failed one does not run); after a failed statement the
  /// transaction is open and aborted, as after any failed statement in it. The follow-up's failure is
  /// returned, not thrown: what came before it committed.
  private func sendPipeline(_ sql: String, _ data: [PostgresData], begin: Bool, commit: Bool,
                            followUp: (sql: String, data: [PostgresData])?,
                            deadline: ContinuousClock.Instant) async throws -> (result: PostgresResult, followUpError: PostgresError?) {
    let key = StatementKey(sql: sql, types: data.map(\.typeOID))
    var name = configuration.preparesStatements ? state.withLock { $0.prepared[key] } : nil
    var newName: String?
    if configuration.preparesStatements, name == nil, state.withLock({ $0.prepared.count }) < Self.maxPreparedStatements {
      newName = "mesh_\(state.withLock { s -> Int in s.preparedCounter += 1; return s.preparedCounter })"
      name = newName
    }
    guard PQenterPipelineMode(conn) == 1 else { throw markBrokenIfNeeded(PostgresError.connectionLost(errorMessage)) }
    var sent = !begin || PQsendQueryParams(conn, "BEGIN", 0, nil, nil, nil, nil, 0) == 1
    if sent, let newName {
      let types = data.map { Oid($0.typeOID) }
      sent = PQsendPrepare(conn, newName, sql, Int32(data.count), types.isEmpty ? nil : types) == 1
    }
    if sent {
      sent = withParameterArrays(data) { types, values, lengths, formats in
        if let name { return PQsendQueryPrepared(conn, name, Int32(data.count), values, lengths, formats, 0) }
        return PQsendQueryParams(conn, sql, Int32(data.count), types, values, lengths, formats, 0)
      } == 1
    }
    if sent, commit { sent = PQsendQueryParams(conn, "COMMIT", 0, nil, nil, nil, nil, 0) == 1 }
    // The follow-up is prepared once per connection too (its own PREPARE in the pipeline the first time).
    let followKey = followUp.map { StatementKey(sql: $0.sql, types: $0.data.map(\.typeOID)) }
    var followName = configuration.preparesStatements ? followKey.flatMap { key in state.withLock { $0.prepared[key] } } : nil
    var followNewName: String?
    if configuration.preparesStatements, followKey != nil, followName == nil,
       state.withLock({ $0.prepared.count }) < Self.maxPreparedStatements {
      followNewName = "mesh_\(state.withLock { s -> Int in s.preparedCounter += 1; return s.preparedCounter })"
      followName = followNewName
    }
    if sent, let followUp {
      if let followNewName {
        let types = followUp.data.map { Oid($0.typeOID) }
        sent = PQsendPrepare(conn, followNewName, followUp.sql, Int32(followUp.data.count), types.isEmpty ? nil : types) == 1
      }
      if sent {
        sent = withParameterArrays(followUp.data) { types, values, lengths, formats in
          if let followName { return PQsendQueryPrepared(conn, followName, Int32(followUp.data.count), values, lengths, formats, 0) }
          return PQsendQueryParams(conn, followUp.sql, Int32(followUp.data.count), types, values, lengths, formats, 0)
        } == 1
      }
    }
    guard sent, PQpipelineSync(conn) == 1 else { throw markBrokenIfNeeded(PostgresError.connectionLost(errorMessage)) }
    // The outcomes' places: BEGIN, PREPARE, the statement, COMMIT, the follow-up's PREPARE, the follow-up (those sent).
    let prepareIndex = begin ? 1 : 0
    let statementIndex = prepareIndex + (newName == nil ? 0 : 1)
    let transactionEnd = statementIndex + 1 + (commit ? 1 : 0)
    let followUpCount = followUp == nil ? 0 : followNewName == nil ? 1 : 2
    let outcomes = try await guardBroken {
      try await finishPipeline(statements: transactionEnd + followUpCount, deadline: deadline)
    }
    guard PQexitPipelineMode(conn) == 1 else { throw markBrokenIfNeeded(PostgresError.connectionLost(errorMessage)) }
    if newName != nil, case .success = outcomes[prepareIndex] { state.withLock { $0.prepared[key] = newName } }
    if let followKey, followNewName != nil, case .success = outcomes[transactionEnd] {
      state.withLock { $0.prepared[followKey] = followNewName }
    }
    for outcome in outcomes[..<transactionEnd] {
      if case .failure(let error) = outcome {
        if error.sqlState == "0A000" || error.sqlState == "26000" { state.withLock { _ = $0.prepared.removeValue(forKey: key) } }
        throw error
      }
    }
    var followUpError: PostgresError?
    for outcome in outcomes[transactionEnd...] {
      guard case .failure(let error) = outcome else { continue }
      if let followKey, error.sqlState == "0A000" || error.sqlState == "26000" {
        state.withLock { _ = $0.prepared.removeValue(forKey: followKey) }
      }
      followUpError = error
      break
    }
    return (try outcomes[statementIndex].get(), followUpError)
  }

  /// Runs SQL text that may hold several statements and no parameters (migrations, `LISTEN`).
  /// Never pass text built from user input here.
  /// - Parameters:
  ///   - script: trusted SQL, one or more statements.
  ///   - timeout: the deadline; the configuration's `statementTimeout` when nil.
  public func executeScript(_ script: String, timeout: Duration? = nil) async throws {
    try acquireTurn()
    defer { releaseTurn() }
    let deadline = ContinuousClock.now + (timeout ?? configuration.statementTimeout)
    if takeBeginPending() {
      guard PQsendQuery(conn, "BEGIN") == 1 else { throw markBrokenIfNeeded(PostgresError.connectionLost(errorMessage)) }
      _ = try await guardBroken { try await finishStatement(deadline: deadline) }
    }
    guard PQsendQuery(conn, script) == 1 else { throw markBrokenIfNeeded(PostgresError.connectionLost(errorMessage)) }
    _ = try await guardBroken { try await finishStatement(deadline: deadline) }
  }

  /// Waits for the next notification on the channels this connection listens to.
  /// - Parameter timeout: how long to wait; nil waits until one comes or the connection breaks.
  /// - Returns: the notification, or nil when the timeout passed first.
  public func nextNotification(timeout: Duration? = nil) async throws -> PostgresNotification? {
    try acquireTurn()
    defer { releaseTurn() }
    let deadline = timeout.map { ContinuousClock.now + $0 }
    while true {
      if let notification = takeNotification() { return notification }
      do {
        try await loop.wait(fd: PQsocket(conn), for: .read, deadline: deadline)
      } catch PostgresError.timeout {
        return nil
      }
      guard PQconsumeInput(conn) == 1 else { throw markBrokenIfNeeded(PostgresError.connectionLost(errorMessage)) }
    }
  }

  /// Marks the connection broken: later statements fail and the pool drops it; the socket closes when
  /// the last reference goes.
  public func close() {
    state.withLock { $0.broken = true }
  }

  // MARK: - Internals

  private func takeNotification() -> PostgresNotification? {
    guard let notify = PQnotifies(conn) else { return nil }
    defer { PQfreemem(notify) }
    return PostgresNotification(channel: String(cString: notify.pointee.relname),
                                payload: String(cString: notify.pointee.extra), senderPID: notify.pointee.be_pid)
  }

  private func acquireTurn() throws {
    let problem = state.withLock { s -> PostgresError? in
      if s.broken { return .connectionLost("connection already broken") }
      if s.busy { return .invalidArgument("a connection runs one statement at a time") }
      s.busy = true
      if s.statementTimer != nil { s.turnBegun = .now }
      return nil
    }
    if let problem { throw problem }
  }

  private func releaseTurn() {
    state.withLock { s in
      s.busy = false
      s.statementTimer?.observe(ContinuousClock.now - s.turnBegun)
    }
  }

  /// Records the time of every statement from now on into `histogram` (`mesh_db_statement_duration_seconds`;
  /// the pool sets it on the connections it opens).
  func timeStatements(into histogram: Histogram?) { state.withLock { $0.statementTimer = histogram } }

  /// Any failure that leaves the protocol state unknown (timeout, cancellation, lost socket) breaks the connection.
  private func guardBroken<T>(_ body: () async throws -> T) async throws -> T {
    do {
      return try await body()
    } catch let error as PostgresError {
      if case .server = error { throw error }
      if case .timeout = error { cancelOnServer() }
      state.withLock { $0.broken = true }
      throw error
    } catch {
      cancelOnServer()
      state.withLock { $0.broken = true }
      throw error
    }
  }

  /// Asks the server to stop the running statement of a connection being abandoned (timeout or task
  /// cancellation), so it does not keep working for nobody. `PQcancel` opens a connection and blocks,
  /// so it runs on a short-lived thread of its own.
  private func cancelOnServer() {
    guard let cancel = PQgetCancel(conn) else { return }
    let handle = CancelHandle(cancel)
    let thread = Thread {
      var buffer = [CChar](repeating: 0, count: 256)
      _ = PQcancel(handle.pointer, &buffer, Int32(buffer.count))
      PQfreeCancel(handle.pointer)
    }
    thread.start()
  }

  private func markBrokenIfNeeded(_ error: PostgresError) -> PostgresError {
    state.withLock { $0.broken = true }
    return error
  }

  private var errorMessage: String {
    guard let message = PQerrorMessage(conn) else { return "unknown error" }
    let text = String(cString: message).trimmingTrailingNewlines()
    return text.isEmpty ? "unknown error" : text
  }

  private func waitSocket(_ interest: PostgresIOLoop.Interest, deadline: ContinuousClock.Instant,
                          connecting: Bool = false) async throws {
    let fd = PQsocket(conn)
    guard fd >= 0 else { throw PostgresError.connectionLost(errorMessage) }
    do {
      try await loop.wait(fd: fd, for: interest, deadline: deadline)
    } catch PostgresError.timeout {
      throw PostgresError.timeout(connecting ? "connect" : "statement")
    }
  }

  /// Sends what libpq holds; while the socket is full, input must still be consumed (libpq's rule).
  private func flushOutput(deadline: ContinuousClock.Instant) async throws {
    while true {
      let flushed = PQflush(conn)
      if flushed == 0 { return }
      if flushed < 0 { throw PostgresError.connectionLost(errorMessage) }
      try await waitSocket([.read, .write], deadline: deadline)
      guard PQconsumeInput(conn) == 1 else { throw PostgresError.connectionLost(errorMessage) }
    }
  }

  /// Reads a pipeline's results up to its sync: one outcome per statement sent, in order (a statement
  /// skipped after an earlier failure gets SQLSTATE 25P02, "in failed transaction").
  private func finishPipeline(statements: Int, deadline: ContinuousClock.Instant) async throws -> [Result<PostgresResult, PostgresError>] {
    try await flushOutput(deadline: deadline)
    var outcomes: [Result<PostgresResult, PostgresError>] = []
    var rows: [PostgresRow] = []
    var affected = 0
    var failure: PostgresError?
    while true {
      while PQisBusy(conn) == 1 {
        try await waitSocket(.read, deadline: deadline)
        guard PQconsumeInput(conn) == 1 else { throw PostgresError.connectionLost(errorMessage) }
      }
      if PQstatus(conn) == CONNECTION_BAD { throw PostgresError.connectionLost(errorMessage) }
      guard let result = PQgetResult(conn) else {
        // The end of one statement's results.
        outcomes.append(failure.map { .failure($0) } ?? .success(PostgresResult(rows: rows, affectedRows: affected)))
        guard outcomes.count <= statements else { throw PostgresError.connectionLost("pipeline results out of step") }
        (rows, affected, failure) = ([], 0, nil)
        continue
      }
      defer { PQclear(result) }
      switch PQresultStatus(result) {
      case PGRES_PIPELINE_SYNC:
        guard outcomes.count == statements else { throw PostgresError.connectionLost("pipeline results out of step") }
        return outcomes
      case PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE:
        rows.append(contentsOf: Self.rows(of: result))
        affected += Int(String(cString: PQcmdTuples(result))) ?? 0
      case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
        affected += Int(String(cString: PQcmdTuples(result))) ?? 0
      case PGRES_PIPELINE_ABORTED:
        if failure == nil { failure = .server(sqlState: "25P02", message: "not run: an earlier statement of its pipeline failed", detail: nil) }
      default:
        if failure == nil { failure = Self.error(of: result, fallback: errorMessage) }
      }
    }
  }

  private func finishStatement(deadline: ContinuousClock.Instant) async throws -> PostgresResult {
    try await flushOutput(deadline: deadline)
    var rows: [PostgresRow] = []
    var affected = 0
    var failure: PostgresError?
    while true {
      while PQisBusy(conn) == 1 {
        try await waitSocket(.read, deadline: deadline)
        guard PQconsumeInput(conn) == 1 else { throw PostgresError.connectionLost(errorMessage) }
      }
      guard let result = PQgetResult(conn) else { break }
      defer { PQclear(result) }
      switch PQresultStatus(result) {
      case PGRES_TUPLES_OK, PGRES_SINGLE_TUPLE:
        rows.append(contentsOf: Self.rows(of: result))
        affected += Int(String(cString: PQcmdTuples(result))) ?? 0
      case PGRES_COMMAND_OK, PGRES_EMPTY_QUERY:
        affected += Int(String(cString: PQcmdTuples(result))) ?? 0
      default:
        if failure == nil { failure = Self.error(of: result, fallback: errorMessage) }
      }
    }
    if PQstatus(conn) == CONNECTION_BAD { throw PostgresError.connectionLost(errorMessage) }
    if let failure { throw failure }
    return PostgresResult(rows: rows, affectedRows: affected)
  }

  private static func rows(of result: OpaquePointer) -> [PostgresRow] {
    let rowCount = Int(PQntuples(result))
    let columnCount = Int(PQnfields(result))
    var names: [String] = []
    var types: [UInt32] = []
    for column in 0..<columnCount {
      names.append(String(cString: PQfname(result, Int32(column))))
      types.append(PQftype(result, Int32(column)))
    }
    let columns = PostgresColumns(names: names, types: types)
    var rows: [PostgresRow] = []
    rows.reserveCapacity(rowCount)
    for row in 0..<rowCount {
      var values: [[UInt8]?] = []
      values.reserveCapacity(columnCount)
      for column in 0..<columnCount {
        if PQgetisnull(result, Int32(row), Int32(column)) == 1 {
          values.append(nil)
        } else {
          let length = Int(PQgetlength(result, Int32(row), Int32(column)))
          let pointer = UnsafeRawPointer(PQgetvalue(result, Int32(row), Int32(column))!)
          values.append(Array(UnsafeRawBufferPointer(start: pointer, count: length)))
        }
      }
      rows.append(PostgresRow(columns: columns, values: values))
    }
    return rows
  }

  private static func error(of result: OpaquePointer, fallback: String) -> PostgresError {
    func field(_ code: Character) -> String? {
      guard let value = PQresultErrorField(result, Int32(code.asciiValue!)) else { return nil }
      return String(cString: value)
    }
    guard let state = field("C") else {
      return .connectionLost(fallback)
    }
    return .server(sqlState: state, message: field("M") ?? fallback, detail: field("D"))
  }
}

/// Lays out parameters as the C arrays `PQsendQueryParams` wants; libpq copies them before returning.
private func withParameterArrays<R>(
  _ data: [PostgresData],
  _ body: (UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?, UnsafePointer<Int32>?, UnsafePointer<Int32>?) -> R
) -> R {
  if data.isEmpty { return body(nil, nil, nil, nil) }
  let types = data.map { Oid($0.typeOID) }
  let lengths = data.map { Int32($0.bytes?.count ?? 0) }
  let formats = data.map { Int32($0.isBinary ? 1 : 0) }
  var buffers: [UnsafeMutablePointer<CChar>?] = []
  buffers.reserveCapacity(data.count)
  for value in data {
    guard let bytes = value.bytes else { buffers.append(nil); continue }
    // Text values need a terminating NUL; binary ones are read by length.
    let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
    bytes.withUnsafeBytes { source in
      if let base = source.baseAddress { UnsafeMutableRawPointer(buffer).copyMemory(from: base, byteCount: bytes.count) }
    }
    buffer[bytes.count] = 0
    buffers.append(buffer)
  }
  defer { for buffer in buffers { buffer?.deallocate() } }
  let values = buffers.map { UnsafePointer($0) }
  return types.withUnsafeBufferPointer { t in
    values.withUnsafeBufferPointer { v in
      lengths.withUnsafeBufferPointer { l in
        formats.withUnsafeBufferPointer { f in body(t.baseAddress, v.baseAddress, l.baseAddress, f.baseAddress) }
      }
    }
  }
}

extension String {
  fileprivate func trimmingTrailingNewlines() -> String {
    var text = self
    while text.last == "\n" || text.last == " " { text.removeLast() }
    return text
  }
}
