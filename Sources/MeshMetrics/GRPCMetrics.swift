import Synchronization

/// The standard gRPC metrics of one side of a call (the names of go-grpc-prometheus, which dashboards
/// know, with `server` or `client` in them): calls started and handled by service, method and code,
/// handling latency, messages and payload bytes each way, and calls in flight. An interceptor calls
/// `start` when a call begins and the returned `GRPCCallRecorder` as it runs. Each method's children are
/// made once and kept: a call costs one dictionary lookup under a lock, then relaxed atomics.
public class GRPCMetrics: @unchecked Sendable {
  private let started: MetricFamily<Counter>
  private let handled: MetricFamily<Counter>
  private let handling: MetricFamily<Histogram>
  private let received: MetricFamily<Counter>
  private let sent: MetricFamily<Counter>
  private let receivedBytes: MetricFamily<Counter>
  private let sentBytes: MetricFamily<Counter>
  private let inFlight: MetricFamily<Gauge>
  private let methods = Mutex<[MethodKey: GRPCMethodMetrics]>([:])

  /// A method's key: no string is built to look it up.
  private struct MethodKey: Hashable {
    let type: GRPCCallType
    let service: String
    let method: String
  }

  /// Registers the families of `side` (`server` or `client`) in `registry` (or finds them there).
  init(side: String, registry: MetricsRegistry, latencyBuckets: [Double]) {
    let call = ["grpc_type", "grpc_service", "grpc_method"]
    let on = side == "server" ? "on the server" : "by the client"
    started = registry.counter("grpc_\(side)_started_total", help: "RPCs started \(on).", labels: call)
    handled = registry.counter("grpc_\(side)_handled_total", help: "RPCs completed \(on), by status code.",
                               labels: call + ["grpc_code"])
    handling = registry.histogram("grpc_\(side)_handling_seconds", help: "Time from an RPC's start to its status \(on), in seconds.",
                                  labels: call, buckets: latencyBuckets)
    received = registry.counter("grpc_\(side)_msg_received_total", help: "Messages received \(on).", labels: call)
    sent = registry.counter("grpc_\(side)_msg_sent_total", help: "Messages sent \(on).", labels: call)
    receivedBytes = registry.counter("grpc_\(side)_msg_received_bytes_total",
                                     help: "Serialized bytes of the messages received \(on).", labels: call)
    sentBytes = registry.counter("grpc_\(side)_msg_sent_bytes_total", help: "Serialized bytes of the messages sent \(on).",
                                 labels: call)
    inFlight = registry.gauge("grpc_\(side)_in_flight", help: "RPCs running \(on) now.", labels: ["grpc_service", "grpc_method"])
  }

  /// The metrics of one method, made on first use and kept.
  public func method(service: String, method: String, type: GRPCCallType) -> GRPCMethodMetrics {
    let key = MethodKey(type: type, service: service, method: method)
    return methods.withLock { methods in
      if let existing = methods[key] { return existing }
      let labels = [type.rawValue, service, method]
      let made = GRPCMethodMetrics(started: started.labels(labels), handled: handled, labels: labels,
                                   handling: handling.labels(labels), received: received.labels(labels),
                                   sent: sent.labels(labels), receivedBytes: receivedBytes.labels(labels),
                                   sentBytes: sentBytes.labels(labels), inFlight: inFlight.labels(service, method))
      methods[key] = made
      return made
    }
  }

  /// Records a call's start and returns what records the rest of it.
  /// - Parameters:
  ///   - service: the full service name, such as `grpc.testing.TestService`.
  ///   - method: the method name, such as `UnaryCall`.
  ///   - type: `unary`, `client_stream`, `server_stream` or `bidi_stream`.
  public func start(service: String, method: String, type: GRPCCallType) -> GRPCCallRecorder {
    self.method(service: service, method: method, type: type).start()
  }
}

/// The server's side: `grpc_server_*`.
public final class GRPCServerMetrics: GRPCMetrics, @unchecked Sendable {
  /// Registers the families in `registry` (or finds them there).
  public init(registry: MetricsRegistry, latencyBuckets: [Double] = Histogram.latencyBounds) {
    super.init(side: "server", registry: registry, latencyBuckets: latencyBuckets)
  }
}

/// The client's side: `grpc_client_*`, the calls a process makes to others.
public final class GRPCClientMetrics: GRPCMetrics, @unchecked Sendable {
  /// Registers the families in `registry` (or finds them there).
  public init(registry: MetricsRegistry, latencyBuckets: [Double] = Histogram.latencyBounds) {
    super.init(side: "client", registry: registry, latencyBuckets: latencyBuckets)
  }
}

/// How a gRPC method streams, as the metrics' `grpc_type` label spells it (`unknown` when the
/// interceptor was not told).
public enum GRPCCallType: String, Sendable {
  case unary, clientStream = "client_stream", serverStream = "server_stream", bidiStream = "bidi_stream", unknown
}

/// One method's counters, histogram and gauge, with a counter per status code made up front.
public final class GRPCMethodMetrics: Sendable {
  /// gRPC's status codes by number, as `grpc_code` spells them.
  public static let codeNames = ["OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND",
                                 "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
                                 "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS",
                                 "UNAUTHENTICATED"]
  let started: Counter
  let handledByCode: [Counter]
  let handling: Histogram
  let received: Counter
  let sent: Counter
  let receivedBytes: Counter
  let sentBytes: Counter
  let inFlight: Gauge

  init(started: Counter, handled: MetricFamily<Counter>, labels: [String], handling: Histogram, received: Counter,
       sent: Counter, receivedBytes: Counter, sentBytes: Counter, inFlight: Gauge) {
    self.started = started
    self.handledByCode = Self.codeNames.map { handled.labels(labels + [$0]) }
    self.handling = handling
    self.received = received
    self.sent = sent
    self.receivedBytes = receivedBytes
    self.sentBytes = sentBytes
    self.inFlight = inFlight
  }

  /// Records a call's start.
  public func start() -> GRPCCallRecorder {
    started.increment()
    inFlight.increment()
    return GRPCCallRecorder(method: self, begun: ContinuousClock.now)
  }
}

/// The name the server interceptor used before the client side existed.
public typealias GRPCServerCall = GRPCCallRecorder

/// One running call's metrics: count its messages, then `finish` it once with its status code.
public struct GRPCCallRecorder: Sendable {
  let method: GRPCMethodMetrics
  let begun: ContinuousClock.Instant

  /// One message of `bytes` serialized bytes arrived.
  public func messageReceived(bytes: Int = 0) {
    method.received.increment()
    method.receivedBytes.increment(by: UInt64(max(bytes, 0)))
  }

  /// One message of `bytes` serialized bytes was sent.
  public func messageSent(bytes: Int = 0) {
    method.sent.increment()
    method.sentBytes.increment(by: UInt64(max(bytes, 0)))
  }

  /// The call ended with status code number `code` (0 OK ... 16 UNAUTHENTICATED; others count as UNKNOWN).
  public func finish(code: Int) {
    let index = GRPCMethodMetrics.codeNames.indices.contains(code) ? code : 2
    method.handledByCode[index].increment()
    method.handling.observe(ContinuousClock.now - begun)
    method.inFlight.decrement()
  }

  /// The call ended with the code of this canonical name (`OK`, `UNAVAILABLE`, ...).
  public func finish(code name: String) {
    finish(code: GRPCMethodMetrics.codeNames.firstIndex(of: name) ?? 2)
  }
}
