public import MeshProtos
import Synchronization

/// The serving status of each service of a process, for `grpc.health.v1.Health`; set by the process,
/// read by Check and followed by Watch.
public final class HealthStatusStore: Sendable {
  /// A status as the health protocol names it.
  public typealias ServingStatus = Grpc_Health_V1_HealthCheckResponse.ServingStatus

  private struct State {
    var statuses: [String: ServingStatus] = ["": .serving]
    var watchers: [String: [UInt64: AsyncStream<ServingStatus>.Continuation]] = [:]
    var nextWatcher: UInt64 = 0
  }
  private let state = Mutex(State())

  /// Creates a store where the server as a whole (the empty service name) is serving.
  public init() {}

  /// Sets a service's status and tells its watchers.
  /// - Parameters:
  ///   - status: the new status.
  ///   - service: the fully qualified service name; "" for the whole server.
  public func setStatus(_ status: ServingStatus, for service: String) {
    let watchers = state.withLock { state in
      state.statuses[service] = status
      return Array(state.watchers[service, default: [:]].values)
    }
    for watcher in watchers { watcher.yield(status) }
  }

  /// The status of a service, nil when it was never set.
  /// - Parameter service: the service name.
  public func status(of service: String) -> ServingStatus? { state.withLock { $0.statuses[service] } }

  /// Marks every service as not serving, as a server does when it starts shutting down.
  public func enterShutdown() {
    let services = state.withLock { Array($0.statuses.keys) }
    for service in services { setStatus(.notServing, for: service) }
  }

  /// A stream of a service's statuses: the current one (`serviceUnknown` when never set), then each change.
  /// - Parameter service: the service name.
  func updates(of service: String) -> AsyncStream<ServingStatus> {
    let (stream, continuation) = AsyncStream<ServingStatus>.makeStream(bufferingPolicy: .bufferingNewest(1))
    let id = state.withLock { state -> UInt64 in
      state.nextWatcher += 1
      state.watchers[service, default: [:]][state.nextWatcher] = continuation
      continuation.yield(state.statuses[service] ?? .serviceUnknown)
      return state.nextWatcher
    }
    continuation.onTermination = { [weak self] _ in
      self?.state.withLock { _ = $0.watchers[service]?.removeValue(forKey: id) }
    }
    return stream
  }
}
