import Foundation
import MeshPostgres
import MeshPostgresTestSupport
import Testing

@Suite(.postgresCluster) struct PostgresTests {
  @Test func decodesTypedValues() async throws {
    let pool = try TestCluster.shared.pool()
    defer { pool.close() }
    let when = Date(timeIntervalSince1970: 1_700_000_000.25)
    let id = UUID()
    let row = try #require(try await pool.execute(
      "SELECT $1::int8 + 1 AS n, $2::text AS s, $3::bool AS b, $4::float8 AS d, $5::bytea AS raw, $6::timestamptz AS t, $7::uuid AS u, NULL::text AS missing",
      [41, "héllo", true, 2.5, [UInt8]([0, 1, 254, 255]), when, id]).first)
    #expect(try row.decode(Int.self, named: "n") == 42)
    #expect(try row.decode(String.self, named: "s") == "héllo")
    #expect(try row.decode(Bool.self, named: "b") == true)
    #expect(try row.decode(Double.self, named: "d") == 2.5)
    #expect(try row.decode([UInt8].self, named: "raw") == [0, 1, 254, 255])
    #expect(try row.decode(Date.self, named: "t") == when)
    #expect(try row.decode(UUID.self, named: "u") == id)
    #expect(try row.decode(String?.self, named: "missing") == nil)
    #expect(throws: PostgresError.self) { try row.decode(String.self, named: "missing") }
    #expect(throws: PostgresError.self) { try row.decode(Int.self, named: "s") }
    let (n, text, flag) = try row.decode((Int, String, Bool).self)
    #expect(n == 42 && text == "héllo" && flag)
    #expect(throws: PostgresError.self) { try row.decode((Int, Int).self) }
  }

  @Test func injectionStringsStayPlainText() async throws {
    let pool = try TestCluster.shared.pool()
    defer { pool.close() }
    try await pool.execute("CREATE TABLE inj (v text)")
    let nasty = "'); DROP TABLE inj; --"
    try await pool.execute("INSERT INTO inj (v) VALUES ($1)", [nasty])
    let back = try await pool.execute("SELECT v FROM inj").rows.map { try $0.decode(String.self, at: 0) }
    #expect(back == [nasty])
  }

  @Test func serverErrorsCarrySQLState() async throws {
    let pool = try TestCluster.shared.pool()
    defer { pool.close() }
    try await pool.execute("CREATE TABLE uniq (k text PRIMARY KEY)")
    try await pool.execute("INSERT INTO uniq VALUES ($1)", ["a"])
    do {
      try await pool.execute("INSERT INTO uniq VALUES ($1)", ["a"])
      Issue.record("duplicate key accepted")
    } catch let error as PostgresError {
      #expect(error.sqlState == "23505")
    }
    await #expect(throws: PostgresError.self) { try await pool.execute("SELEC nonsense") }
  }

  @Test func transactionRollsBackOnError() async throws {
    let pool = try TestCluster.shared.pool()
    defer { pool.close() }
    try await pool.execute("CREATE TABLE tx (v int)")
    struct Boom: Error {}
    await #expect(throws: Boom.self) {
      try await pool.withTransaction { connection in
        try await connection.execute("INSERT INTO tx VALUES (1)")
        throw Boom()
      }
    }
    try await pool.withTransaction { try await $0.execute("INSERT INTO tx VALUES (2)") }
    let values = try await pool.execute("SELECT v FROM tx").rows.map { try $0.decode(Int.self, at: 0) }
    #expect(values == [2])
  }

  @Test func listenerReceivesNotifications() async throws {
    let cluster = try TestCluster.shared
    let listener = try PostgresListener(configuration: cluster.configuration, channels: ["mesh_test"])
    defer { listener.stop() }
    let pool = cluster.pool()
    defer { pool.close() }
    let receiver = Task { () -> PostgresNotification? in
      for await note in listener.notifications where !note.payload.isEmpty { return note }
      return nil
    }
    // The listener connects in the background; keep notifying until it has heard one.
    let sender = Task {
      while !Task.isCancelled {
        try await pool.execute("SELECT pg_notify($1, $2)", ["mesh_test", "hello"])
        try await Task.sleep(for: .milliseconds(50))
      }
    }
    let note = await receiver.value
    sender.cancel()
    #expect(note?.channel == "mesh_test")
    #expect(note?.payload == "hello")
    #expect(throws: PostgresError.self) { try PostgresListener(configuration: cluster.configuration, channels: ["bad; DROP"]) }
  }

  @Test func poolIsBoundedAndTimesOut() async throws {
    let pool = try TestCluster.shared.pool(max: 2, acquireTimeout: .milliseconds(300))
    defer { pool.close() }
    let a = try await pool.acquire()
    let b = try await pool.acquire()
    #expect(pool.openConnections == 2)
    do {
      _ = try await pool.acquire()
      Issue.record("third connection handed out")
    } catch let error as PostgresError {
      guard case .timeout = error else { Issue.record("wrong error \(error)"); return }
    }
    pool.release(a)
    let c = try await pool.acquire()
    #expect(c === a)
    pool.release(b)
    pool.release(c)
  }

  @Test func statementTimeoutBreaksOnlyThatConnection() async throws {
    let pool = try TestCluster.shared.pool(max: 1)
    defer { pool.close() }
    do {
      try await pool.withConnection { try await $0.execute("SELECT pg_sleep(5)", timeout: .milliseconds(200)) }
      Issue.record("no timeout")
    } catch let error as PostgresError {
      guard case .timeout = error else { Issue.record("wrong error \(error)"); return }
    }
    let one = try await pool.execute("SELECT 1").first?.decode(Int.self, at: 0)
    #expect(one == 1)
  }

  @Test func killedBackendIsConnectionLostAndPoolRecovers() async throws {
    let pool = try TestCluster.shared.pool(max: 1)
    let admin = try TestCluster.shared.pool(max: 1)
    defer { pool.close(); admin.close() }
    // A statement running when its backend is killed fails as a connection problem.
    let victim = try await pool.acquire()
    let pid = victim.backendPID
    async let killed: Void = { try await Task.sleep(for: .milliseconds(200)); try await admin.execute("SELECT pg_terminate_backend($1)", [pid]) }()
    do {
      try await victim.execute("SELECT pg_sleep(5)")
      Issue.record("statement on a killed backend succeeded")
    } catch let error as PostgresError {
      #expect(error.isConnectionProblem)
    }
    try await killed
    pool.release(victim)
    let value = try await pool.execute("SELECT 2", idempotent: true).first?.decode(Int.self, at: 0)
    #expect(value == 2)
  }

  @Test func idleConnectionOfARestartedBackendIsNotHandedOut() async throws {
    let pool = try TestCluster.shared.pool(max: 1)
    let admin = try TestCluster.shared.pool(max: 1)
    defer { pool.close(); admin.close() }
    let pid = try await pool.withConnection { $0.backendPID }
    try await admin.execute("SELECT pg_terminate_backend($1)", [pid])
    // Once the backend is gone its FATAL is on the idle connection's socket.
    for _ in 0..<200 {
      let left = try await admin.execute("SELECT count(*) FROM pg_stat_activity WHERE pid = $1", [pid]).first?.decode(Int.self, at: 0)
      if left == 0 { break }
      try await Task.sleep(for: .milliseconds(10))
    }
    // Not idempotent: no retry; the pool must not hand out the dead connection.
    let now = try await pool.withConnection { connection in
      (try await connection.execute("SELECT 3").first?.decode(Int.self, at: 0), connection.backendPID)
    }
    #expect(now.0 == 3)
    #expect(now.1 != pid)
  }

  @Test func migrationsApplyOnceUnderConcurrency() async throws {
    let cluster = try TestCluster.shared
    let migrator = try PostgresMigrator(migrations: [
      PostgresMigration(version: 1, name: "a", sql: "CREATE TABLE mig_a (id int); INSERT INTO mig_a VALUES (1);"),
      PostgresMigration(version: 2, name: "b", sql: "CREATE TABLE mig_b (id int);"),
    ])
    let pools = (0..<3).map { _ in cluster.pool(max: 1) }
    defer { pools.forEach { $0.close() } }
    let applied = try await withThrowingTaskGroup(of: [Int].self) { group in
      for pool in pools { group.addTask { try await migrator.migrate(pool) } }
      return try await group.reduce(into: []) { $0 += $1 }
    }
    #expect(applied.sorted() == [1, 2])
    #expect(try await pools[0].execute("SELECT count(*) FROM mig_a").first?.decode(Int.self, at: 0) == 1)
    #expect(try await migrator.migrate(pools[0]).isEmpty)
    let broken = try PostgresMigrator(migrations: [PostgresMigration(version: 3, name: "bad", sql: "CREATE TABLE mig_c (id int); SELEC;")])
    await #expect(throws: PostgresError.self) { try await broken.migrate(pools[0]) }
    // The failed migration rolled back entirely.
    #expect(try await pools[0].execute("SELECT to_regclass('mig_c')::text").first?.decode(String?.self, at: 0) == nil)
    #expect(throws: PostgresError.self) { try PostgresMigrator(migrations: [migrator.migrations[0], migrator.migrations[0]]) }
  }

  @Test func embeddedStatusAndURL() async throws {
    let cluster = try TestCluster.shared
    guard case .running(let pid) = try await cluster.embedded.status() else {
      Issue.record("cluster not running"); return
    }
    #expect(pid > 0)
    let connection = try await PostgresConnection.connect(cluster.configuration)
    let user = try await connection.execute("SELECT current_user").first?.decode(String.self, at: 0)
    #expect(user == "mesh")
  }
}

@Suite struct PostgresOfflineTests {
  @Test func unreachableServerIsConnectFailed() async throws {
    let configuration = PostgresConfiguration(connectionString: "host=/nonexistent-socket-dir dbname=x",
                                              connectTimeout: .seconds(2))
    do {
      _ = try await PostgresConnection.connect(configuration)
      Issue.record("connected to nothing")
    } catch let error as PostgresError {
      guard case .connectFailed = error else { Issue.record("wrong error \(error)"); return }
    }
    let pool = PostgresPool(configuration: configuration, maxConnections: 1, acquireTimeout: .milliseconds(300))
    await #expect(throws: PostgresError.self) { try await pool.execute("SELECT 1") }
  }

  @Test func uninitialisedClusterReportsSo() async throws {
    let embedded = try EmbeddedPostgres(dataDirectory: "/tmp/meshpg-none-\(UUID().uuidString.prefix(6))")
    #expect(try await embedded.status() == .notInitialized)
  }
}
