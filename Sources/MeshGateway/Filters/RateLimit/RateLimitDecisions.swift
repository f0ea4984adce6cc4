public import MeshMetrics

/// The counters of one limit's decisions: `mesh_gateway_rate_limit_decisions_total{limit, kind, decision}`,
/// where `limit` is the local rule's name (what `x-ratelimit-limit-name` says) or the global limit's
/// domain, `kind` is `local` or `global`, and `decision` is `allowed`, `limited`, or (global only) `error`
/// when the rate-limit service did not answer (the call then went on or was refused by the failure mode).
///
/// Labelled by limit, not by route: the limits run before the route is matched, cover methods by prefix
/// whatever their route, and a limit is what an operator tunes. The children are made when the
/// interceptor is, so every limit's series exist from the start and a decision costs one atomic add.
public struct RateLimitDecisions: Sendable {
  /// The kind of limit.
  public enum Kind: String, Sendable {
    /// Counted in this gateway process (`LocalRateLimitInterceptor`).
    case local
    /// Counted by the rate-limit service for every replica (`GlobalRateLimitInterceptor`).
    case global
  }

  /// The metric's name.
  public static let name = "mesh_gateway_rate_limit_decisions_total"

  /// Calls the limit let through.
  public let allowed: Counter
  /// Calls the limit refused.
  public let limited: Counter
  /// Calls the limit could not decide (the rate-limit service did not answer); nil for a local limit,
  /// which always decides.
  public let error: Counter?

  /// Registers (or finds) the family in `registry` and makes the limit's children.
  /// - Parameters:
  ///   - limit: the limit's name.
  ///   - kind: local or global.
  ///   - registry: where the metrics are; by default the process's, which `/metrics` serves.
  public init(limit: String, kind: Kind, registry: MetricsRegistry = .process) {
    let family = registry.counter(Self.name, help: "Rate-limit decisions of the gateway, by limit, kind and decision.",
                                  labels: ["limit", "kind", "decision"])
    allowed = family.labels(limit, kind.rawValue, "allowed")
    limited = family.labels(limit, kind.rawValue, "limited")
    error = kind == .global ? family.labels(limit, kind.rawValue, "error") : nil
  }
}
