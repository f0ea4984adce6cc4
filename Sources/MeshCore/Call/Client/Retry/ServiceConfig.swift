/// The per-method part of gRPC's service config (doc/service_config.md): retry or hedging policies,
/// timeouts and wait-for-ready per method, per service or for all, and retry throttling for the channel.
public struct ServiceConfig: Sendable, Hashable {
  /// The methods a `MethodConfig` applies to: one method, every method of a service, or everything.
  public struct Name: Sendable, Hashable {
    /// The fully qualified service, such as `grpc.testing.TestService`; empty for every service.
    public var service: String
    /// The method; nil for every method of the service.
    public var method: String?

    /// Creates a name.
    /// - Parameters:
    ///   - service: the fully qualified service, empty for every service.
    ///   - method: the method, nil for all of the service's.
    public init(service: String, method: String? = nil) {
      self.service = service
      self.method = method
    }

    /// The name that applies to every method of every service.
    public static let all = Name(service: "")
  }

  /// How attempts are made: a call is either retried after failures or hedged, never both.
  public enum ExecutionPolicy: Sendable, Hashable {
    /// Try again after a retryable failure.
    case retry(RetryPolicy)
    /// Send extra attempts before the first has answered.
    case hedge(HedgingPolicy)
  }

  /// The settings of a group of methods.
  public struct MethodConfig: Sendable, Hashable {
    /// The methods it applies to.
    public var names: [Name]
    /// Retry or hedging; nil makes a single attempt (plus A6's transparent retry).
    public var executionPolicy: ExecutionPolicy?
    /// The deadline of calls that set none in their `CallOptions`.
    public var timeout: Duration?
    /// Wait-for-ready for these methods; nil leaves the call's own choice.
    public var waitForReady: Bool?
    /// The largest request message, when smaller than the call's own limit.
    public var maxRequestMessageBytes: Int?
    /// The largest response message, when smaller than the call's own limit.
    public var maxResponseMessageBytes: Int?

    /// Creates a method config.
    /// - Parameters:
    ///   - names: the methods it applies to.
    ///   - executionPolicy: retry or hedging.
    ///   - timeout: the default deadline.
    ///   - waitForReady: the wait-for-ready setting.
    ///   - maxRequestMessageBytes: the request size limit.
    ///   - maxResponseMessageBytes: the response size limit.
    public init(names: [Name], executionPolicy: ExecutionPolicy? = nil, timeout: Duration? = nil,
                waitForReady: Bool? = nil, maxRequestMessageBytes: Int? = nil, maxResponseMessageBytes: Int? = nil) {
      self.names = names
      self.executionPolicy = executionPolicy
      self.timeout = timeout
      self.waitForReady = waitForReady
      self.maxRequestMessageBytes = maxRequestMessageBytes
      self.maxResponseMessageBytes = maxResponseMessageBytes
    }

    /// The call's options with this config's defaults and limits applied: the call's own deadline wins,
    /// the smaller message limits win.
    /// - Parameter options: the options the caller gave.
    public func applied(to options: CallOptions) -> CallOptions {
      var options = options
      if options.timeout == nil { options.timeout = timeout }
      if let waitForReady { options.waitForReady = waitForReady }
      if let limit = maxRequestMessageBytes { options.maxRequestMessageBytes = min(options.maxRequestMessageBytes, limit) }
      if let limit = maxResponseMessageBytes { options.maxResponseMessageBytes = min(options.maxResponseMessageBytes, limit) }
      return options
    }
  }

  /// A6's retry throttling: a token bucket per channel.
  public struct RetryThrottling: Sendable, Hashable {
    /// The capacity, 1 to 1000.
    public var maxTokens: Int
    /// The gain per successful call, with up to three decimals.
    public var tokenRatio: Double

    /// Creates throttling settings.
    /// - Parameters:
    ///   - maxTokens: the capacity, 1 to 1000 (more is lowered to 1000).
    ///   - tokenRatio: the gain per success, above zero.
    /// - Throws: `RPCError` with `.invalidArgument` when a value is out of range.
    public init(maxTokens: Int, tokenRatio: Double) throws {
      _ = try RetryTokenBucket(maxTokens: maxTokens, tokenRatio: tokenRatio)
      self.maxTokens = min(maxTokens, 1000)
      self.tokenRatio = tokenRatio
    }
  }

  /// The method configs, looked up by `methodConfig(for:)`.
  public var methodConfig: [MethodConfig]
  /// The channel's retry throttling; nil does not throttle.
  public var retryThrottling: RetryThrottling?

  /// Creates a service config.
  /// - Parameters:
  ///   - methodConfig: the method configs; a name may appear in only one of them.
  ///   - retryThrottling: the throttling, nil for none.
  public init(methodConfig: [MethodConfig] = [], retryThrottling: RetryThrottling? = nil) {
    self.methodConfig = methodConfig
    self.retryThrottling = retryThrottling
  }

  /// The config of a method: its own entry first, then its service's, then the one for everything.
  /// - Parameter method: the method called.
  public func methodConfig(for method: MethodDescriptor) -> MethodConfig? {
    var serviceMatch: MethodConfig?
    var defaultMatch: MethodConfig?
    for config in methodConfig {
      for name in config.names {
        if name.service == method.service {
          if name.method == method.method { return config }
          if name.method == nil || name.method == "" { serviceMatch = serviceMatch ?? config }
        } else if name.service.isEmpty && (name.method ?? "").isEmpty {
          defaultMatch = defaultMatch ?? config
        }
      }
    }
    return serviceMatch ?? defaultMatch
  }
}
