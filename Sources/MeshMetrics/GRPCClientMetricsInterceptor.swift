public import MeshCore
import Synchronization

/// A client interceptor that records `GRPCClientMetrics` for every call a process makes: started,
/// messages and bytes both ways, handled by the status the call ended with, time to that status, in
/// flight. It runs once per attempt (interceptors do), so a retried call counts each attempt, as
/// grpc-go's client metrics do. A call that is never read to its end counts when it is cancelled.
public struct GRPCClientMetricsInterceptor: ClientInterceptor {
  private let metrics: GRPCClientMetrics
  private let kinds: GRPCMethodKinds

  /// An interceptor recording into `metrics`.
  /// - Parameters:
  ///   - metrics: the process's client metrics.
  ///   - kinds: each method's kind, for the `grpc_type` label.
  public init(metrics: GRPCClientMetrics, kinds: GRPCMethodKinds) {
    self.metrics = metrics
    self.kinds = kinds
  }

  /// Opens the call through the rest of the chain and wraps its stream.
  public func intercept(head: ClientCallHead,
                        next: @Sendable (ClientCallHead) async throws -> any ClientCallStream) async throws -> any ClientCallStream {
    let call = metrics.start(service: head.method.service, method: head.method.method, type: kinds.type(of: head.method))
    do {
      return ClientMessageCountingStream(base: try await next(head), call: call)
    } catch let error as RPCError {
      call.finish(code: error.code.rawValue)
      throw error
    } catch {
      call.finish(code: 2)
      throw error
    }
  }
}

/// Counts one client call's messages and records its end once: at its final status, or at its
/// cancellation when nobody waits for the status.
final class ClientMessageCountingStream: ForwardingClientCallStream, @unchecked Sendable {
  private let call: GRPCCallRecorder
  private let finished = Atomic<Bool>(false)

  init(base: any ClientCallStream, call: GRPCCallRecorder) {
    self.call = call
    super.init(base: base)
  }

  override func send(_ message: [UInt8], compress: Bool) async throws {
    try await super.send(message, compress: compress)
    call.messageSent(bytes: message.count)
  }

  override func receive() async throws -> [UInt8]? {
    let message = try await super.receive()
    if let message { call.messageReceived(bytes: message.count) }
    return message
  }

  override func finalStatus() async -> (Status, Metadata) {
    let (status, trailers) = await super.finalStatus()
    finish(code: status.code.rawValue)
    return (status, trailers)
  }

  override func cancel() {
    super.cancel()
    finish(code: Status.Code.cancelled.rawValue)
  }

  deinit { finish(code: Status.Code.cancelled.rawValue) }

  private func finish(code: Int) {
    if finished.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged { call.finish(code: code) }
  }
}
