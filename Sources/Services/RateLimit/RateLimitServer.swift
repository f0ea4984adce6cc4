public import MeshServiceKit

/// Starts the rate-limit service alone (`mesh serve ratelimit`); its state is in memory (see
/// `DescriptorLimiter`), so it needs no database.
public enum RateLimitServer {
  /// The rules used when the configuration names none: 20 chat messages a second per user.
  public static let defaultRules = "chat user_id 20/second"

  /// Parses the rules (setting `limits`) and serves on the configured address.
  /// - Parameter configuration: the address and the `limits` setting.
  public static func start(_ configuration: ServiceConfiguration) async throws -> RunningService {
    let rules = try RateLimitRule.parse(configuration.settings["limits"] ?? defaultRules)
    return try RunningService.start(name: "ratelimit", services: [RateLimitServiceProvider(limiter: DescriptorLimiter(rules: rules))],
                                    configuration: configuration)
  }
}
