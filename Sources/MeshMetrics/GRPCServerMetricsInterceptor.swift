public import MeshCore

/// A server interceptor that records `GRPCServerMetrics` for every call: started, messages both ways,
/// handled by status code, handling time, in flight. Put it first in the server's list, so that the code
/// it records is the one the client receives (an outer interceptor may turn one error into another).
public struct GRPCServerMetricsInterceptor: ServerInterceptor {
  private let metrics: GRPCServerMetrics
  private let kinds: [MethodDescriptor: RPCKind]

  /// An interceptor recording into `metrics`.
  /// - Parameters:
  ///   - metrics: the server's metrics.
  ///   - kinds: each method's kind, for the `grpc_type` label (the server's router does not know it); a
  ///     method not listed is labelled `unknown`. `GRPCServerMetricsInterceptor.entry(_:)` makes an entry from
  ///     a generated method.
  public init(metrics: GRPCServerMetrics, kinds: [MethodDescriptor: RPCKind] = [:]) {
    self.metrics = metrics
    self.kinds = kinds
  }

  /// Records the call around the rest of the chain.
  public func intercept(stream: any ServerCallStream, context: ServerContext,
                        next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    let type = kinds[context.method].map(GRPCCallType.init(kind:)) ?? .unknown
    let call = metrics.start(service: context.method.service, method: context.method.method, type: type)
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

extension GRPCCallType {
  /// The label of an RPC kind.
  public init(kind: RPCKind) {
    switch kind {
    case .unary: self = .unary
    case .clientStreaming: self = .clientStream
    case .serverStreaming: self = .serverStream
    case .bidirectionalStreaming: self = .bidiStream
    }
  }
}

/// Counts the messages of one call on their way through.
final class MessageCountingStream: ForwardingServerCallStream, @unchecked Sendable {
  private let call: GRPCServerCall

  init(base: any ServerCallStream, call: GRPCServerCall) {
    self.call = call
    super.init(base: base)
  }

  override func receive() async throws -> [UInt8]? {
    let message = try await super.receive()
    if message != nil { call.messageReceived() }
    return message
  }

  override func send(_ message: [UInt8], compress: Bool) async throws {
    try await super.send(message, compress: compress)
    call.messageSent()
  }
}
