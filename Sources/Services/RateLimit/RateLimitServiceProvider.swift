public import MeshCore
public import MeshProtos
import MeshServiceKit

/// `mesh.ratelimit.v1.RateLimitService`: Envoy's ShouldRateLimit over a `DescriptorLimiter`.
public struct RateLimitServiceProvider: Mesh_Ratelimit_V1_RateLimitService.ServiceProtocol {
  /// The most descriptors one request may carry, and entries one descriptor may have.
  public static let maxDescriptors = 64
  /// The most entries per descriptor.
  public static let maxEntries = 16

  private let limiter: DescriptorLimiter

  /// Creates the service over a limiter.
  /// - Parameter limiter: the rules and their state.
  public init(limiter: DescriptorLimiter) { self.limiter = limiter }

  /// Counts the hits against every descriptor; OVER_LIMIT overall when any descriptor is over.
  public func shouldRateLimit(request: Mesh_Ratelimit_V1_RateLimitRequest, context: ServerContext) async throws
    -> Mesh_Ratelimit_V1_RateLimitResponse
  {
    guard !request.domain.isEmpty else { throw RPCError(code: .invalidArgument, message: "the domain is empty") }
    guard !request.descriptors.isEmpty, request.descriptors.count <= Self.maxDescriptors else {
      throw RPCError(code: .invalidArgument, message: "between 1 and \(Self.maxDescriptors) descriptors are needed")
    }
    var response = Mesh_Ratelimit_V1_RateLimitResponse()
    response.overallCode = .ok
    for descriptor in request.descriptors {
      guard !descriptor.entries.isEmpty, descriptor.entries.count <= Self.maxEntries,
            descriptor.entries.allSatisfy({ !$0.key.isEmpty }) else {
        throw RPCError(code: .invalidArgument, message: "a descriptor needs 1 to \(Self.maxEntries) entries with keys")
      }
      let entries = descriptor.entries.map { (key: $0.key, value: $0.value) }
      let hits = Int(descriptor.hitsAddend != 0 ? descriptor.hitsAddend : max(request.hitsAddend, 1))
      let outcome = limiter.decide(domain: request.domain, entries: entries, hits: hits,
                                   override: try descriptor.limit.map { try Self.rule(override: $0, domain: request.domain) })
      var status = Mesh_Ratelimit_V1_RateLimitResponse.DescriptorStatus()
      status.code = outcome.allowed ? .ok : .overLimit
      if let rule = outcome.rule {
        var limit = Mesh_Ratelimit_V1_RateLimit()
        limit.name = rule.name
        limit.requestsPerUnit = UInt32(clamping: rule.requestsPerUnit)
        limit.unit = Self.unit(rule.unit)
        status.currentLimit = limit
        status.limitRemaining = UInt32(clamping: outcome.remaining)
      }
      if !outcome.allowed {
        // A wait that can never end (hits above the limit) is reported as the protobuf maximum.
        status.durationUntilReset = Google_Protobuf_Duration(min(outcome.retryAfter, .seconds(315_576_000_000)))
        response.overallCode = .overLimit
      }
      response.statuses.append(status)
    }
    return response
  }

  static func rule(override limit: Mesh_Ratelimit_V1_RateLimit, domain: String) throws -> RateLimitRule {
    let unit: RateLimitRule.Unit
    switch limit.unit {
    case .second: unit = .second
    case .minute: unit = .minute
    case .hour: unit = .hour
    case .day: unit = .day
    default: throw RPCError(code: .invalidArgument, message: "a limit override needs a unit")
    }
    guard limit.requestsPerUnit > 0 else { throw RPCError(code: .invalidArgument, message: "a limit override needs requests") }
    return RateLimitRule(domain: domain, pattern: [], requestsPerUnit: Int(limit.requestsPerUnit), unit: unit)
  }

  static func unit(_ unit: RateLimitRule.Unit) -> Mesh_Ratelimit_V1_Unit {
    switch unit {
    case .second: return .second
    case .minute: return .minute
    case .hour: return .hour
    case .day: return .day
    }
  }
}
