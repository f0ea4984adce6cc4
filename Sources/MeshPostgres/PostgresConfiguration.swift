/// Where and how to connect: a libpq connection string (URL or key-value) and the layer's timeouts.
public struct PostgresConfiguration: Sendable {
  /// A `postgresql://` URL or a key-value conninfo (`host=/run/pg dbname=mesh sslmode=require`).
  /// TLS is chosen by `sslmode`, exactly as in libpq.
  public var connectionString: String
  /// How long a connection attempt may take: by default the string's `connect_timeout` (seconds, as in libpq),
  /// else 10 seconds.
  public var connectTimeout: Duration
  /// The default deadline for one statement; the connection is dropped when it passes.
  public var statementTimeout: Duration
  /// The name the server shows in `pg_stat_activity`.
  public var applicationName: String
  /// Whether `execute` prepares each statement once per connection (faster repeated statements);
  /// turn off behind a transaction-mode PgBouncer, which cannot keep prepared statements.
  public var preparesStatements: Bool

  /// Creates a configuration.
  /// - Parameters:
  ///   - connectionString: a libpq URL or key-value conninfo.
  ///   - connectTimeout: the deadline of one connection attempt; nil: the string's `connect_timeout`, else 10 s.
  ///   - statementTimeout: the default deadline of one statement.
  ///   - applicationName: the name shown by the server.
  ///   - preparesStatements: whether statements are prepared once per connection.
  public init(connectionString: String, connectTimeout: Duration? = nil,
              statementTimeout: Duration = .seconds(30), applicationName: String = "mesh",
              preparesStatements: Bool = true) {
    self.connectionString = connectionString
    self.connectTimeout = connectTimeout ?? ConnectTimeoutOption.value(in: connectionString) ?? .seconds(10)
    self.statementTimeout = statementTimeout
    self.applicationName = applicationName
    self.preparesStatements = preparesStatements
  }
}
