public import MeshConfig

/// Which roles a role needs, and which of them it is given an address of. `mesh up` starts a service only
/// after everything it needs is healthy: the marketplace before the adapters, auth/session/context/nlu
/// before chat and the processor, and the gateway after every other service.
public enum ServiceDependencies {
  /// The adapters: gRPC services in front of the marketplace's HTTP API.
  public static let adapters: Set<ServiceRole> = [.search, .order, .user, .listing, .shipping, .payment]

  /// Roles that must be healthy before `role` starts, when the mesh has them.
  /// - Parameter role: the role that starts.
  public static func startsAfter(_ role: ServiceRole) -> Set<ServiceRole> {
    switch role {
    case _ where adapters.contains(role): [.marketplace]
    case .chat: [.auth, .session, .context, .nlu, .ratelimit, .analytics]
    case .processor: Set<ServiceRole>([.nlu, .context, .analytics, .auth, .session]).union(adapters)
    case .gateway: Set(ServiceRole.allCases).subtracting([.gateway])
    default: []
    }
  }

  /// Roles whose address `role` must be given (`--deps`); a mesh without one of them cannot run `role`.
  /// - Parameter role: the role that starts.
  public static func requires(_ role: ServiceRole) -> Set<ServiceRole> {
    switch role {
    case _ where adapters.contains(role): [.marketplace]
    case .processor: [.nlu, .context, .order, .shipping, .payment, .user, .search]
    default: []
    }
  }

  /// Roles whose address `role` is given when the mesh has them (required or not).
  /// - Parameter role: the role that starts.
  public static func uses(_ role: ServiceRole) -> Set<ServiceRole> {
    switch role {
    case .processor: requires(.processor).union([.analytics, .listing])
    default: requires(role)
    }
  }
}
