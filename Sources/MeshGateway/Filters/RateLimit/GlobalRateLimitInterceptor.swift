public import MeshCore
import MeshProtos

/// The global rate limit, shared by every gateway replica: each call's descriptors go to the `ratelimit`
/// service (`mesh.ratelimit.v1.RateLimitService`, Envoy's model), which counts them in one place and
/// answers OK or OVER_LIMIT with the limit and the time until it resets.
///
/// Over the limit, the call ends with RESOURCE_EXHAUSTED, `retry-after`, `x-ratelimit-limit-name` and
/// `ratelimit-policy`. When the service does not answer within the timeout, a fail-open call proceeds and a
/// fail-closed one ends with UNAVAILABLE (a call carrying any fail-closed descriptor is fail-closed).
public struct GlobalRateLimitInterceptor: ServerInterceptor {
  private let configuration: GlobalRateLimitConfiguration
  private let client: Mesh_Ratelimit_V1_RateLimitService.Client
  private let decisions: RateLimitDecisions

  /// Creates the interceptor.
  /// - Parameters:
  ///   - configuration: domain, descriptors, timeout, failure mode.
  ///   - service: a cluster or channel serving the rate-limit service.
  public init(configuration: GlobalRateLimitConfiguration, service: any ClientTransport) {
    self.configuration = configuration
    client = Mesh_Ratelimit_V1_RateLimitService.Client(wrapping: GRPCClient(transport: service))
    decisions = RateLimitDecisions(limit: configuration.domain, kind: .global)
  }

  /// Asks the service about the call's descriptors, and refuses or lets the call through.
  public func intercept(
    stream: any ServerCallStream, context: ServerContext,
    next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void
  ) async throws {
    let path = context.method.path
    let applicable = configuration.descriptors.filter { $0.prefix.map(path.hasPrefix) ?? true }
    guard !applicable.isEmpty else { return try await next(stream, context) }
    var request = Mesh_Ratelimit_V1_RateLimitRequest()
    request.domain = configuration.domain
    request.hitsAddend = 1
    request.descriptors = applicable.map { descriptor in
      var message = Mesh_Ratelimit_V1_RateLimitDescriptor()
      message.entries = descriptor.keys.map { part in
        var entry = Mesh_Ratelimit_V1_RateLimitDescriptor.Entry()
        entry.key = part.descriptorKey
        entry.value = part.value(in: context)
        return entry
      }
      return message
    }
    let response: Mesh_Ratelimit_V1_RateLimitResponse
    do {
      response = try await client.shouldRateLimit(request, options: CallOptions(timeout: configuration.timeout))
    } catch {
      decisions.error?.increment()
      let failOpen = applicable.allSatisfy { $0.failOpen ?? configuration.failOpen }
      guard failOpen else {
        throw RPCError(code: .unavailable, message: "The rate limit cannot be checked now; the call is refused.", cause: error)
      }
      return try await next(stream, context)
    }
    if response.overallCode == .overLimit {
      decisions.limited.increment()
      let status = response.statuses.first { $0.code == .overLimit }
      let wait = status?.durationUntilReset.map { Duration.seconds($0.seconds) + .nanoseconds(Int64($0.nanos)) } ?? .seconds(1)
      let limit = status?.currentLimit
      throw RateLimitExceeded.error(name: limit.map(\.name).flatMap { $0.isEmpty ? nil : $0 } ?? configuration.domain,
                                    retryAfter: wait, quota: limit.map { Int($0.requestsPerUnit) },
                                    windowSeconds: limit.flatMap { Self.seconds(of: $0.unit) })
    }
    decisions.allowed.increment()
    try await next(stream, context)
  }

  private static func seconds(of unit: Mesh_Ratelimit_V1_Unit) -> Int? {
    switch unit {
    case .second: return 1
    case .minute: return 60
    case .hour: return 3600
    case .day: return 86_400
    default: return nil
    }
  }
}
