/// A failure of the PostgreSQL layer, typed so that callers can tell a bad statement from a lost server.
public enum PostgresError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The server refused a statement; `sqlState` is the five-character SQLSTATE code (`23505`, `42P01`, ...).
  case server(sqlState: String, message: String, detail: String?)
  /// No connection could be made (server down, bad address, authentication failed).
  case connectFailed(String)
  /// The connection broke while in use; whether the last statement ran is unknown.
  case connectionLost(String)
  /// A deadline passed (connect, acquire from the pool, or a statement).
  case timeout(String)
  /// The caller passed something the layer refuses (bad channel name, oversize value, ...).
  case invalidArgument(String)
  /// A column could not be decoded as the requested Swift type.
  case decoding(column: String, reason: String)
  /// The pool or connection was closed.
  case closed
  /// A helper process (initdb, pg_ctl) failed.
  case process(command: String, status: Int32, output: String)

  /// The SQLSTATE when the server refused the statement.
  public var sqlState: String? {
    if case .server(let state, _, _) = self { return state }
    return nil
  }

  /// True when running the same work again cannot apply it twice: nothing reached the server, or the
  /// server rolled the transaction back itself (serialization failure, deadlock).
  public var isSafeToRetry: Bool {
    switch self {
    case .connectFailed: return true
    case .server(let state, _, _): return state == "40001" || state == "40P01"
    default: return false
    }
  }

  /// True when the server cannot be reached or the connection was cut.
  public var isConnectionProblem: Bool {
    switch self {
    case .connectFailed, .connectionLost: return true
    case .server(let state, _, _): return state.hasPrefix("08") || state == "57P01" || state == "57P02" || state == "57P03"
    default: return false
    }
  }

  /// A one-line explanation for logs and CLI output.
  public var description: String {
    switch self {
    case .server(let state, let message, let detail):
      return "PostgreSQL error \(state): \(message)" + (detail.map { " (\($0))" } ?? "")
    case .connectFailed(let message): return "cannot connect to PostgreSQL: \(message)"
    case .connectionLost(let message): return "PostgreSQL connection lost: \(message)"
    case .timeout(let what): return "PostgreSQL timeout: \(what)"
    case .invalidArgument(let message): return "invalid argument: \(message)"
    case .decoding(let column, let reason): return "cannot decode column \(column): \(reason)"
    case .closed: return "PostgreSQL connection or pool closed"
    case .process(let command, let status, let output): return "\(command) exited with \(status): \(output)"
    }
  }
}
