public import MeshConfig

/// The HTTP-level filters of a gateway and their settings, from the mesh file's `gateway.limits`; the
/// front runs `makeFilters()` in order on every request and reads `limits.maxBodyBytes` while it reads bodies.
public struct EdgeFilterConfiguration: Sendable, Equatable {
  /// Sizes and methods.
  public var limits: RequestLimits
  /// Deny rules.
  public var denyRules: [DenyRule]
  /// CORS; nil refuses nothing and allows no cross-origin reads.
  public var cors: CORSPolicy?
  /// Which responses carry the call's `x-request-id`.
  public var requestIDResponse: RequestIDResponseSpec

  /// Creates a configuration.
  /// - Parameters:
  ///   - limits: sizes and methods.
  ///   - denyRules: deny rules.
  ///   - cors: the CORS policy.
  ///   - requestIDResponse: which responses carry the request id.
  public init(limits: RequestLimits = RequestLimits(), denyRules: [DenyRule] = [], cors: CORSPolicy? = nil,
              requestIDResponse: RequestIDResponseSpec = .generated) {
    self.limits = limits
    self.denyRules = denyRules
    self.cors = cors
    self.requestIDResponse = requestIDResponse
  }

  /// The configuration of `gateway.limits` (defaults when absent).
  /// - Parameter spec: the section.
  /// - Throws: `FilterConfigurationError` for a setting out of range.
  public init(spec: GatewayLimitsSpec?) throws {
    var limits = RequestLimits()
    guard let spec else {
      self.init(limits: limits)
      return
    }
    for (name, value) in [("max_url_bytes", spec.maxUrlBytes), ("max_header_count", spec.maxHeaderCount),
                          ("max_header_bytes", spec.maxHeaderBytes), ("max_body_bytes", spec.maxBodyBytes)] {
      if let value, value < 1 { throw FilterConfigurationError(path: "limits.\(name)", reason: "must be positive") }
    }
    limits.maxURLBytes = spec.maxUrlBytes ?? limits.maxURLBytes
    limits.maxHeaderCount = spec.maxHeaderCount ?? limits.maxHeaderCount
    limits.maxHeaderBytes = spec.maxHeaderBytes ?? limits.maxHeaderBytes
    limits.maxBodyBytes = spec.maxBodyBytes ?? spec.maxMessageBytes ?? limits.maxBodyBytes
    if let methods = spec.allowedMethods { limits.allowedMethods = Set(methods.map { $0.uppercased() }) }
    let rules = try (spec.deny ?? []).enumerated().map { index, rule -> DenyRule in
      var header: (name: String, condition: DenyRule.HeaderCondition)?
      if let match = rule.header {
        let conditions = [match.exact.map(DenyRule.HeaderCondition.exact), match.prefix.map(DenyRule.HeaderCondition.prefix),
                          match.contains.map(DenyRule.HeaderCondition.contains)].compactMap { $0 }
        guard conditions.count <= 1 else {
          throw FilterConfigurationError(path: "limits.deny[\(index)].header", reason: "give one of exact, prefix, contains")
        }
        header = (match.name, conditions.first ?? .present)
      }
      guard rule.pathPrefix != nil || rule.path != nil || rule.method != nil || header != nil else {
        throw FilterConfigurationError(path: "limits.deny[\(index)]", reason: "a rule needs a condition (it would deny everything)")
      }
      return DenyRule(pathPrefix: rule.pathPrefix, path: rule.path, method: rule.method?.uppercased(), header: header)
    }
    let cors = spec.cors.map { cors in
      CORSPolicy(allowedOrigins: Set(cors.allowedOrigins),
                 allowedMethods: Set(cors.allowedMethods ?? ["GET", "POST", "OPTIONS"]),
                 allowedHeaders: cors.allowedHeaders.map(Set.init) ?? CORSPolicy.defaultAllowedHeaders,
                 exposedHeaders: cors.exposedHeaders ?? CORSPolicy.defaultExposedHeaders,
                 maxAgeSeconds: Int((cors.maxAge?.milliseconds ?? 600_000) / 1000),
                 allowCredentials: cors.allowCredentials ?? false)
    }
    self.init(limits: limits, denyRules: rules, cors: cors, requestIDResponse: spec.requestIdResponse ?? .generated)
  }

  /// The filters in the order they run: request id, trace, limits, path normalisation, deny rules, CORS.
  public func makeFilters() -> [any EdgeRequestFilter] {
    var filters: [any EdgeRequestFilter] = [RequestIDFilter(response: requestIDResponse), TraceParentFilter(),
                                            RequestLimitsFilter(limits: limits), PathNormalizationFilter()]
    if !denyRules.isEmpty { filters.append(DenyRulesFilter(rules: denyRules)) }
    if let cors { filters.append(CORSFilter(policy: cors)) }
    return filters
  }
}
