public import MeshCore

/// A server interceptor that records `GRPCServerMetrics` for every call: started, messages and bytes both
/// ways, handled by status code, handling time, in flight. Put it first in the server's list, so that the
/// code it records is the one the client receives (an outer interceptor may turn one error into another).
public struct GRPCServerMetricsInterceptor: ServerInterceptor {
  private let metrics: GRPCServerMetrics
  private let kinds: GRPCMethodKinds

  /// An interceptor recording into `metrics`.
  /// - Parameters:
  ///   - metrics: the server's metrics.
  ///   - kinds: each method's kind, for the `grpc_type` label (the server's router does not know it); a
  ///     method not listed is labelled `unknown`.
  public init(metrics: GRPCServerMetrics, kinds: GRPCMethodKinds) {
    self.metrics = metrics
    self.kinds = kinds
  }

  /// An interceptor recording into `metrics`, with kinds from typed methods (`entry(_:)` makes one).
  public init(metrics: GRPCServerMetrics, kinds: [MethodDescriptor: RPCKind] = [:]) {
    self.init(metrics: metrics, kinds: GRPCMethodKinds(kinds))
  }

  /// Records the call around the rest of the chain.
  public func intercept(stream: any ServerCallStream, context: ServerContext,
                        next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    let call = metrics.start(service: context.method.service, method: context.method.method, type: kinds.type(of: context.method))
    do {
      try await next(MessageCountingStream(base: stream, call: call), context)
      call.finish(code: 0)
    } catch let error as RPCError {
      call.finish(code: error.code.rawValue)
      throw error
    } catch {
      call.finish(code: 2)  // UNKNOWN, as the server answers any other error
      throw error
    }
  }

  /// A generated method's entry of `kinds`: `Dictionary(uniqueKeysWithValues: [entry(Service.Method.unaryCall), ...])`.
  public static func entry<Request, Response>(_ method: RPCMethod<Request, Response>) -> (MethodDescriptor, RPCKind) {
    (method.descriptor, method.kind)
  }
}

/// Counts the messages of one call on their way through.
final class MessageCountingStream: ForwardingServerCallStream, @unchecked Sendable {
  private let call: GRPCCallRecorder

  init(base: any ServerCallStream, call: GRPCCallRecorder) {
    self.call = call
    super.init(base: base)
  }

  override func receive() async throws -> [UInt8]? {
    let message = try await super.receive()
    if let message { call.messageReceived(bytes: message.count) }
    return message
  }

  override func send(_ message: [UInt8], compress: Bool) async throws {
    try await super.send(message, compress: compress)
    call.messageSent(bytes: message.count)
  }

  // The unary short path (`ServerRPCExecutor.singleMessage`, `sendLast`) goes through these two: passed
  // on and counted, a service's unary call takes it as an unwrapped stream does. The forwarding base
  // answers "unknown" and "not sent", which sent every intercepted unary call down the async path:
  // an executor hop per step and the response headers, message and trailers in separate turns.
  override func receiveWithoutWaiting() throws -> ImmediateRequest {
    let request = try base.receiveWithoutWaiting()
    if case .message(let message) = request { call.messageReceived(bytes: message.count) }
    return request
  }

  override func sendLastWithoutWaiting(_ message: [UInt8], compress: Bool, initialMetadata: Metadata) throws -> Bool {
    guard try base.sendLastWithoutWaiting(message, compress: compress, initialMetadata: initialMetadata) else { return false }
    call.messageSent(bytes: message.count)
    return true
  }
}
