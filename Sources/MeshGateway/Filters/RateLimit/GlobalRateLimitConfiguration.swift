public import MeshConfig

/// How `GlobalRateLimitInterceptor` asks the `ratelimit` service: the domain, the descriptors a call
/// carries, the wait, and what happens when the service cannot answer.
public struct GlobalRateLimitConfiguration: Sendable, Equatable {
  /// A descriptor: its entries are the call's key parts, in order; only calls under `prefix` carry it.
  public struct Descriptor: Sendable, Equatable {
    /// The parts, each an entry (`remote_address`, `user_id`, `api_key`, `path`).
    public var keys: [RateLimitKeyPart]
    /// Only methods whose path starts with this; nil for all.
    public var prefix: String?
    /// Overrides the configuration's failure mode for calls carrying this descriptor.
    public var failOpen: Bool?

    /// Creates a descriptor.
    /// - Parameters:
    ///   - keys: the parts (1 to 16).
    ///   - prefix: the method prefix.
    ///   - failOpen: a failure mode of its own.
    public init(keys: [RateLimitKeyPart], prefix: String? = nil, failOpen: Bool? = nil) {
      self.keys = keys
      self.prefix = prefix
      self.failOpen = failOpen
    }
  }

  /// The service's configuration namespace.
  public var domain: String
  /// The descriptors.
  public var descriptors: [Descriptor]
  /// How long to wait for the service.
  public var timeout: Duration
  /// Whether calls proceed when the service cannot answer in time.
  public var failOpen: Bool

  /// Creates a configuration.
  /// - Parameters:
  ///   - domain: the domain.
  ///   - descriptors: the descriptors.
  ///   - timeout: the wait (default 50 ms).
  ///   - failOpen: the default failure mode (default open).
  /// - Throws: `FilterConfigurationError` for an empty domain or descriptor.
  public init(domain: String, descriptors: [Descriptor], timeout: Duration = .milliseconds(50), failOpen: Bool = true) throws {
    guard !domain.isEmpty else { throw FilterConfigurationError(path: "global_rate_limit.domain", reason: "must not be empty") }
    guard !descriptors.isEmpty, descriptors.allSatisfy({ (1...16).contains($0.keys.count) }) else {
      throw FilterConfigurationError(path: "global_rate_limit.descriptors", reason: "needs descriptors of 1 to 16 keys")
    }
    self.domain = domain
    self.descriptors = descriptors
    self.timeout = timeout
    self.failOpen = failOpen
  }

  /// The configuration of the mesh file's `gateway.limits.global_rate_limit`.
  /// - Parameter spec: the section.
  public init(spec: GlobalRateLimitSpec) throws {
    let descriptors = spec.descriptors.map { descriptor in
      Descriptor(keys: descriptor.keys.map { key -> RateLimitKeyPart in
        switch key {
        case .clientIP: return .clientIP
        case .apiKey: return .apiKey
        case .subject, .user: return .user
        case .route: return .route
        }
      }, prefix: descriptor.prefix, failOpen: descriptor.failureMode.map { $0 == .open })
    }
    try self.init(domain: spec.domain, descriptors: descriptors, timeout: spec.timeout?.duration ?? .milliseconds(50),
                  failOpen: (spec.failureMode ?? .open) == .open)
  }
}
