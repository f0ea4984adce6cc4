public import MeshConfig
public import MeshProtobuf

/// The response cache of a mesh file's `gateway.cache`: bounds, time to live and the methods covered.
/// Equal settings on a reload keep the running cache and its entries.
public struct ResponseCacheSettings: Sendable, Equatable {
  /// How long a response stays fresh.
  public var timeToLive: Duration
  /// The most entries kept.
  public var maxEntries: Int
  /// The most bytes kept.
  public var maxBytes: Int
  /// Method paths or service names covered; nil for every method marked `NO_SIDE_EFFECTS`.
  public var methods: [String]?

  /// Creates settings.
  /// - Parameters:
  ///   - timeToLive: how long a response stays fresh.
  ///   - maxEntries: the most entries kept.
  ///   - maxBytes: the most bytes kept.
  ///   - methods: method paths (`/pkg.Service/Method`) or service names; nil for all cacheable methods.
  public init(timeToLive: Duration, maxEntries: Int = 10_000, maxBytes: Int = 64 << 20, methods: [String]? = nil) {
    self.timeToLive = timeToLive
    self.maxEntries = maxEntries
    self.maxBytes = maxBytes
    self.methods = methods
  }

  /// The settings of `gateway.cache`.
  /// - Parameter spec: the section.
  public init(spec: GatewayCacheSpec) {
    self.init(timeToLive: .milliseconds(spec.ttl.milliseconds), maxEntries: spec.maxEntries ?? 10_000,
              maxBytes: spec.maxBytes ?? 64 << 20, methods: spec.methods)
  }

  /// A cache for the methods these settings name among `methods` (only unary `NO_SIDE_EFFECTS` ones are kept).
  /// - Parameter methods: every method's description (`ProtoRegistry.methods`).
  public func makeCache(methods: [String: ProtoMethodInfo]) -> ResponseCache {
    var policies: [String: ResponseCache.Policy] = [:]
    for path in methods.keys where covers(path) { policies[path] = ResponseCache.Policy(timeToLive: timeToLive) }
    return ResponseCache(configuration: ResponseCache.Configuration(maxEntries: maxEntries, maxBytes: maxBytes,
                                                                    methods: policies),
                         methods: methods)
  }

  private func covers(_ path: String) -> Bool {
    guard let methods else { return true }
    // `/pkg.Service/Method` is covered by its path or by `pkg.Service`.
    let service = path.dropFirst().split(separator: "/").first.map(String.init) ?? ""
    return methods.contains(path) || methods.contains(service)
  }
}
