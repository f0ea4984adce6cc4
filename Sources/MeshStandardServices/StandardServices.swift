public import MeshCore

/// The services every mesh server offers beside its own: health and reflection.
public enum StandardServices {
  /// Health and reflection for a server that serves `services`; the store lets the caller change
  /// statuses later (every listed service starts as serving).
  /// - Parameters:
  ///   - services: the server's own services.
  ///   - health: the health statuses to serve.
  /// - Returns: the services to add to the server.
  public static func make(for services: [any RegistrableRPCService], health: HealthStatusStore = HealthStatusStore())
    -> [any RegistrableRPCService]
  {
    var router = RPCRouter()
    for service in services { service.registerMethods(with: &router) }
    let health = HealthService(store: health)
    health.registerMethods(with: &router)
    ReflectionService().registerMethods(with: &router)
    for name in router.services { health.store.setStatus(.serving, for: name) }
    return [health, ReflectionService(serviceNames: Array(router.services))]
  }
}
