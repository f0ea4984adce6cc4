/// What the supervisor knows of one replica at a moment: a row of the status table.
public struct ReplicaState: Sendable, Equatable {
  /// The health as last seen.
  public enum Health: String, Sendable, Equatable {
    /// Not started yet (a later wave).
    case waiting
    /// Started, not healthy yet.
    case starting
    /// Answering its health check.
    case healthy
    /// Running, but its health check fails.
    case unhealthy
    /// Exited; a restart is scheduled.
    case restarting
    /// Crashed too often: no longer restarted.
    case failed
    /// Stopped on purpose (draining).
    case stopped
  }

  /// The service's name.
  public var service: String
  /// The replica's index.
  public var replica: Int
  /// Its process id while it runs.
  public var pid: Int32?
  /// Where it serves.
  public var address: String
  /// Its health.
  public var health: Health
  /// How often it was restarted.
  public var restarts: Int

  /// Creates a row.
  public init(service: String, replica: Int, pid: Int32?, address: String, health: Health, restarts: Int) {
    self.service = service
    self.replica = replica
    self.pid = pid
    self.address = address
    self.health = health
    self.restarts = restarts
  }
}

/// The status table `mesh up` redraws on a terminal and `mesh status` prints: aligned columns, one row per
/// replica.
public enum StatusTable {
  /// The column titles.
  public static let header = ["SERVICE", "REPLICA", "PID", "ADDRESS", "HEALTH", "RESTARTS"]

  /// The table's lines (no trailing newline), columns padded to their widest cell and separated by two spaces.
  /// - Parameter rows: the replicas.
  public static func render(_ rows: [ReplicaState]) -> [String] {
    render(header: header, cells: rows.map { row in
      [row.service, String(row.replica), row.pid.map(String.init) ?? "-", row.address, row.health.rawValue, String(row.restarts)]
    })
  }

  /// Any table: a header and rows of cells, padded.
  /// - Parameters:
  ///   - header: the titles.
  ///   - cells: the rows, each as many cells as the header.
  public static func render(header: [String], cells: [[String]]) -> [String] {
    let table = [header] + cells
    let widths = header.indices.map { column in table.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
    return table.map { row in
      var line = ""
      for (column, width) in widths.enumerated() {
        let cell = column < row.count ? row[column] : ""
        line += column == widths.count - 1 ? cell : cell + String(repeating: " ", count: width + 2 - cell.count)
      }
      while line.hasSuffix(" ") { line.removeLast() }
      return line
    }
  }
}
