import Synchronization

/// The standard gRPC server metrics (the names of go-grpc-prometheus, which dashboards know): calls
/// started and handled by service, method and code, handling latency, messages each way, and calls in
/// flight. A server interceptor calls `start` when a call begins and the returned `GRPCServerCall` as it
/// runs. Each method's counters are made once and kept: a call costs one dictionary lookup, then atomics.
public final class GRPCServerMetrics: Sendable {
  private let started: MetricFamily<Counter>
  private let handled: MetricFamily<Counter>
  private let handling: MetricFamily<Histogram>
  private let received: MetricFamily<Counter>
  private let sent: MetricFamily<Counter>
  private let inFlight: MetricFamily<Gauge>
  private let methods = Mutex<[String: GRPCMethodMetrics]>([:])

  /// Registers the families in `registry`.
  public init(registry: MetricsRegistry, latencyBuckets: [Double] = Histogram.latencyBounds) {
    let call = ["grpc_type", "grpc_service", "grpc_method"]
    started = registry.counter("grpc_server_started_total", help: "RPCs started on the server.", labels: call)
    handled = registry.counter("grpc_server_handled_total", help: "RPCs completed on the server, by status code.",
                               labels: call + ["grpc_code"])
    handling = registry.histogram("grpc_server_handling_seconds", help: "Time from an RPC's start to its status, in seconds.",
                                  labels: call, buckets: latencyBuckets)
    received = registry.counter("grpc_server_msg_received_total", help: "Messages received by the server.", labels: call)
    sent = registry.counter("grpc_server_msg_sent_total", help: "Messages sent by the server.", labels: call)
    inFlight = registry.gauge("grpc_server_in_flight", help: "RPCs running on the server now.", labels: ["grpc_service", "grpc_method"])
  }

  /// The metrics of one method, made on first use and kept.
  public func method(service: String, method: String, type: GRPCCallType) -> GRPCMethodMetrics {
    let key = type.rawValue + "/" + service + "/" + method
    return methods.withLock { methods in
      if let existing = methods[key] { return existing }
      let labels = [type.rawValue, service, method]
      let made = GRPCMethodMetrics(started: started.labels(labels), handled: handled, labels: labels,
                                   handling: handling.labels(labels), received: received.labels(labels),
                                   sent: sent.labels(labels), inFlight: inFlight.labels(service, method))
      methods[key] = made
      return made
    }
  }

  /// Records a call's start and returns what records the rest of it.
  /// - Parameters:
  ///   - service: the full service name, such as `grpc.testing.TestService`.
  ///   - method: the method name, such as `UnaryCall`.
  ///   - type: `unary`, `client_stream`, `server_stream` or `bidi_stream`.
  public func start(service: String, method: String, type: GRPCCallType) -> GRPCServerCall {
    self.method(service: service, method: method, type: type).start()
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
  let inFlight: Gauge

  init(started: Counter, handled: MetricFamily<Counter>, labels: [String], handling: Histogram, received: Counter,
       sent: Counter, inFlight: Gauge) {
    self.started = started
    self.handledByCode = Self.codeNames.map { handled.labels(labels + [$0]) }
    self.handling = handling
    self.received = received
    self.sent = sent
    self.inFlight = inFlight
  }

  /// Records a call's start.
  public func start() -> GRPCServerCall {
    started.increment()
    inFlight.increment()
    return GRPCServerCall(method: self, begun: ContinuousClock.now)
  }
}

/// One running call's metrics: count its messages, then `finish` it once with its status code.
public struct GRPCServerCall: Sendable {
  let method: GRPCMethodMetrics
  let begun: ContinuousClock.Instant

  /// One request message arrived.
  public func messageReceived() { method.received.increment() }

  /// One response message was sent.
  public func messageSent() { method.sent.increment() }

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
