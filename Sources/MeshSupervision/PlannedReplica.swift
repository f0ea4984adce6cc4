public import MeshConfig

/// One process `mesh up` runs: a replica of a service of the mesh file, with the addresses it got and
/// the arguments of `mesh serve` that start it.
public struct PlannedReplica: Sendable, Equatable {
  /// The service's name in the mesh file (`chat`), or `gateway`.
  public let service: String
  /// What it runs.
  public let role: ServiceRole
  /// Which replica, from 0.
  public let index: Int
  /// Where it serves (gRPC, or HTTP for the marketplace; the first listener for the gateway).
  public let listen: HostPort
  /// Its admin endpoint (/metrics, /healthz, /readyz), if it has one.
  public let admin: HostPort?
  /// The arguments after the binary: `serve ROLE --host ... --port ...`.
  public let arguments: [String]
  /// The start wave: every replica of wave n starts once all of waves 0..<n are healthy.
  public let wave: Int

  /// `chat-1`: how logs and the status table name it.
  public var label: String { "\(service)-\(index)" }
  /// Whether it answers grpc.health.v1 on `listen`: the marketplace speaks HTTP, and the gateway routes
  /// by path (its health is its admin endpoint's, or any answer on its listener).
  public var speaksGRPC: Bool { role != .marketplace && role != .gateway }
  /// How many start-up timeouts it may take to become healthy: the marketplace seeds its catalogue on first
  /// start, and nlu encodes its ~16,000 training texts and fits its intent heads when their cache is empty
  /// (7.3 minutes on a 2-core machine under a load of 10, which 5 timeouts did not cover; it logs each fit
  /// before and after); the rest are up in seconds.
  public var startupAllowance: Int {
    switch role {
    case .marketplace: 5
    case .nlu: 10
    default: 1
    }
  }

  /// Creates a planned replica.
  public init(service: String, role: ServiceRole, index: Int, listen: HostPort, admin: HostPort?, arguments: [String], wave: Int) {
    self.service = service
    self.role = role
    self.index = index
    self.listen = listen
    self.admin = admin
    self.arguments = arguments
    self.wave = wave
  }
}
