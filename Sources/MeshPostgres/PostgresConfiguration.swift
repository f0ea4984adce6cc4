/// Where and how to connect: a libpq connection string (URL or key-value) and the layer's timeouts.
public struct PostgresConfiguration: Sendable {
  /// A `postgresql://` URL or a key-value conninfo (`host=/run/pg dbname=mesh sslmode=require`).
  /// TLS is chosen by `sslmode`, exactly as in libpq.
  public var connectionString: String
  /// How long a connection attempt may take.
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
  ///   - connectTimeout: the deadline of one connection attempt.
  ///   - statementTimeout: the default deadline of one statement.
  ///   - applicationName: the name shown by the server.
  ///   - preparesStatements: whether statements are prepared once per connection.
  public init(connectionString: String, connectTimeout: Duration = .seconds(10),
              statementTimeout: Duration = .seconds(30), applicationName: String = "mesh",
              preparesStatements: Bool = true) {
    self.connectionString = connectionString
    self.connectTimeout = connectTimeout
    self.statementTimeout = statementTimeout
    self.applicationName = applicationName
    self.preparesStatements = preparesStatements
  }
}
