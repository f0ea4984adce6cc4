import MeshPostgres
import Testing

/// The connect deadline: libpq's `connect_timeout` in the string, as libpq reads it, unless the caller gives one.
@Suite struct PostgresConfigurationTests {
  @Test(arguments: [
    ("postgresql://mesh@/postgres?host=%2Ftmp%2Fpg&connect_timeout=30", Duration.seconds(30)),
    ("host=/tmp/pg dbname=mesh connect_timeout=7", .seconds(7)),
    // As libpq: less than 2 seconds counts as 2, and 0 waits without a deadline of its own (here a day).
    ("host=/tmp/pg connect_timeout=1", .seconds(2)),
    ("postgresql://mesh@localhost/db?connect_timeout=0", .seconds(86_400)),
    // None given, a value that is no number, or a string libpq cannot parse: the default.
    ("postgresql://mesh@localhost/db", .seconds(10)),
    ("host=/tmp/pg connect_timeout=soon", .seconds(10)),
    ("host='unterminated", .seconds(10)),
  ])
  func connectTimeoutFromTheString(string: String, expected: Duration) {
    #expect(PostgresConfiguration(connectionString: string).connectTimeout == expected)
  }

  @Test func theCallersDeadlineWins() {
    let configuration = PostgresConfiguration(connectionString: "host=/tmp/pg connect_timeout=30", connectTimeout: .seconds(3))
    #expect(configuration.connectTimeout == .seconds(3))
  }
}
