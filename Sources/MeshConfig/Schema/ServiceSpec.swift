/// One service of the mesh: what runs (`role`), how many copies, and where each listens. Replica `i`
/// listens on `listen`'s port + i (and `admin`'s port + i), so replicas on one machine never collide.
public struct ServiceSpec: Decodable, Sendable, Equatable {
  /// A unique name, lowercase letters, digits and '-'.
  public var name: String
  /// Which implementation runs (`mesh serve ROLE`); the name when absent.
  public var role: ServiceRole?
  /// How many copies run; 1 when absent.
  public var replicas: Int?
  /// The gRPC address of the first replica.
  public var listen: HostPort
  /// The admin HTTP address (/metrics, /healthz, /readyz) of the first replica.
  public var admin: HostPort?
  /// The marketplace only: how long a stored `Idempotency-Key` and its response are kept (at least
  /// `minimumIdempotencyRetention`); 24h when absent. Passed as `mesh serve marketplace --idempotency-retention`.
  public var idempotencyRetention: MeshDuration?

  /// The shortest idempotency-key retention accepted, 2h: twice the longest a client of the mesh retries a
  /// change (the marketplace's `IdempotencyKeyRetention.minimum`, which `mesh serve marketplace` enforces too).
  public static let minimumIdempotencyRetention = MeshDuration(milliseconds: 2 * 3_600_000)

  /// The role, defaulting to the service's name when that names a role.
  public var resolvedRole: ServiceRole? { role ?? ServiceRole(rawValue: name) }
  /// The number of replicas, 1 by default.
  public var replicaCount: Int { replicas ?? 1 }
}

/// The implementations a service can run: the reference application's services and the interop test
/// service.
public enum ServiceRole: String, MeshChoice {
  case interop, gateway, chat, nlu, context, session, processor, marketplace
  case search, order, user, listing, shipping, payment, auth, analytics, ratelimit

  /// Decodes one of the names.
  public init(from decoder: any Decoder) throws { try self.init(meshDecoder: decoder) }
}
