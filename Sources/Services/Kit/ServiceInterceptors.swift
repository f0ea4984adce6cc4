public import MeshCore
import Logging
import MeshLogging
public import MeshMetrics
import MeshProtos

/// The interceptors every service's server and clients run, in one place: on the server the metrics
/// first (so they record the code the caller gets), then the trace context, then the access log (which
/// then carries the trace id); on the clients the metrics, then the trace's `traceparent` on every
/// outgoing call.
public enum ServiceInterceptors {
  /// Every generated method's kind, for the metrics' `grpc_type` label.
  public static let methodKinds = GRPCMethodKinds(paths: ProtoRegistry.methods.values.map {
    (path: $0.path, clientStreaming: $0.clientStreaming, serverStreaming: $0.serverStreaming)
  })

  /// A service's server interceptors.
  /// - Parameters:
  ///   - name: the service's name (the access log's logger label).
  ///   - registry: where the server metrics go.
  public static func server(name: String, registry: MetricsRegistry) -> [any ServerInterceptor] {
    [GRPCServerMetricsInterceptor(metrics: GRPCServerMetrics(registry: registry), kinds: methodKinds),
     TracingServerInterceptor(),
     RequestLoggingInterceptor(logger: Logger(label: "mesh.\(name).access"))]
  }

  /// The interceptors of a service's clients.
  /// - Parameter registry: where the client metrics go.
  public static func client(registry: MetricsRegistry) -> [any ClientInterceptor] {
    [GRPCClientMetricsInterceptor(metrics: GRPCClientMetrics(registry: registry), kinds: methodKinds),
     TracingClientInterceptor()]
  }
}
