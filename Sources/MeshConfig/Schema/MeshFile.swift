/// The mesh file (`mesh/mesh.yaml`): the whole mesh in one reviewed document. Every section but
/// `version` is optional; `mesh/docs/MESH-FILE.md` documents each field.
public struct MeshFile: Decodable, Sendable, Equatable {
  /// The schema version; 1 today.
  public var version: Int
  /// A name for the mesh, used in metrics and logs.
  public var name: String?
  /// The services and their replicas.
  public var services: [ServiceSpec]?
  /// The edge gateway: listeners, routes, clusters, limits and authentication.
  public var gateway: GatewaySpec?
  /// Where state lives: the embedded PostgreSQL or a server by URL.
  public var database: DatabaseSpec?
  /// Named secrets, each read from a file or an environment variable (never written inline).
  public var keys: [KeySpec]?
  /// The optional LLM backend that phrases replies (off by default).
  public var llm: LLMSpec?
  /// The processor's settings (its adapter calls' deadline).
  public var processor: ProcessorSpec?
  /// How processes log.
  public var logging: LoggingSpec?
  /// How processes expose metrics.
  public var metrics: MetricsSpec?

  /// The schema version this build reads.
  public static let currentVersion = 1
}

extension MeshFile {
  /// The services, none when the section is absent.
  public var allServices: [ServiceSpec] { services ?? [] }
  /// The keys, none when the section is absent.
  public var allKeys: [KeySpec] { keys ?? [] }
  /// The database section, the embedded default when absent.
  public var databaseOrDefault: DatabaseSpec { database ?? DatabaseSpec() }
  /// The logging section, its defaults when absent.
  public var loggingOrDefault: LoggingSpec { logging ?? LoggingSpec() }
  /// The metrics section, its defaults when absent.
  public var metricsOrDefault: MetricsSpec { metrics ?? MetricsSpec() }
}
