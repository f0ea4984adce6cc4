public import Logging
public import MeshCore

/// The access log of a gRPC server: one line per call once it ends, with its method, status code, time
/// taken and peer (and, through `TraceContext`, its trace and request ids when `TracingServerInterceptor`
/// runs before it). Calls that end with a server-side error code are logged at warning, others at info,
/// except successful health probes (`grpc.health.v1.Health`), which are logged at debug: `mesh up`, the
/// gateway and Kubernetes probe every process every few seconds, and at info those lines drowned the calls
/// an operator reads the log for.
public struct RequestLoggingInterceptor: ServerInterceptor {
  private let logger: Logger
  /// Codes that mean the server (or what it called) failed, rather than the caller.
  private static let serverSideCodes: Set<Status.Code> = [.unknown, .internal, .unavailable, .dataLoss, .deadlineExceeded, .unimplemented]
  /// The path prefix of the standard health service's methods.
  private static let healthServicePrefix = "/grpc.health.v1.Health/"

  /// An interceptor writing to `logger`.
  public init(logger: Logger) { self.logger = logger }

  /// Runs the call and logs how it ended.
  public func intercept(stream: any ServerCallStream, context: ServerContext,
                        next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    let begun = ContinuousClock.now
    var code = Status.Code.ok
    defer {
      let elapsed = ContinuousClock.now - begun
      let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
      let level: Logger.Level = Self.serverSideCodes.contains(code) ? .warning
        : (code == .ok && context.method.path.hasPrefix(Self.healthServicePrefix) ? .debug : .info)
      logger.log(level: level, "call ended",
                 metadata: ["grpc_method": .string(context.method.path), "grpc_code": .string(code.description),
                            "duration_ms": .stringConvertible((milliseconds * 1000).rounded() / 1000),
                            "peer": .string(context.peer)])
    }
    do {
      try await next(stream, context)
    } catch let error as RPCError {
      code = error.code
      throw error
    } catch {
      code = .unknown
      throw error
    }
  }
}
