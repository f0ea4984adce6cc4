public import MeshProtobuf
import Synchronization

/// A bounded in-memory cache of unary responses (entry count and bytes, least recently used evicted
/// first, each entry with a time to live), for methods marked `idempotency_level = NO_SIDE_EFFECTS` and
/// configured cacheable. Keys hold the method, the request bytes and, for private data, the caller's
/// verified identity, so one user never gets another's answer.
///
/// Safe to share between tasks. `ResponseCacheInterceptor` runs calls through it; edge protocols opt a
/// request in with `ResponseCache.$lookupAllowed.withValue(true) { … }` (REST and Connect GETs).
public final class ResponseCache: Sendable {
  /// What a method is cached with.
  public struct Policy: Sendable, Hashable {
    /// How long an entry stays fresh.
    public var timeToLive: Duration
    /// Whether the response depends on who asks (the key then holds `x-mesh-user-id`).
    public var isPrivate: Bool

    /// Creates a policy.
    /// - Parameters:
    ///   - timeToLive: how long an entry stays fresh.
    ///   - isPrivate: whether the key holds the caller's identity (true unless the data is public).
    public init(timeToLive: Duration, isPrivate: Bool = true) {
      self.timeToLive = timeToLive
      self.isPrivate = isPrivate
    }
  }

  /// The cache's bounds and the methods it caches.
  public struct Configuration: Sendable {
    /// The most entries kept.
    public var maxEntries: Int
    /// The most bytes of responses kept (keys counted too).
    public var maxBytes: Int
    /// The cacheable methods by path (`/package.Service/Method`); only `NO_SIDE_EFFECTS` unary methods
    /// are taken.
    public var methods: [String: Policy]

    /// Creates a configuration.
    /// - Parameters:
    ///   - maxEntries: the most entries kept.
    ///   - maxBytes: the most bytes kept.
    ///   - methods: the cacheable methods by path.
    public init(maxEntries: Int = 10_000, maxBytes: Int = 64 << 20, methods: [String: Policy]) {
      self.maxEntries = maxEntries
      self.maxBytes = maxBytes
      self.methods = methods
    }
  }

  /// What identifies a cached response.
  public struct Key: Sendable, Hashable {
    /// The method path.
    public var method: String
    /// The serialized request.
    public var request: [UInt8]
    /// The caller's identity for private data, empty otherwise (and for anonymous callers).
    public var identity: String

    /// Creates a key.
    /// - Parameters:
    ///   - method: the method path.
    ///   - request: the serialized request.
    ///   - identity: the verified caller, or empty.
    public init(method: String, request: [UInt8], identity: String) {
      self.method = method
      self.request = request
      self.identity = identity
    }

    var size: Int { method.utf8.count + request.count + identity.utf8.count + 64 }
  }

  /// A cached response.
  public struct Response: Sendable {
    /// The response messages, serialized (one for a unary method).
    public var messages: [[UInt8]]

    /// Creates a response.
    /// - Parameter messages: the serialized messages.
    public init(messages: [[UInt8]]) { self.messages = messages }

    var size: Int { messages.reduce(0) { $0 + $1.count + 16 } }
  }

  /// Whether the call being dispatched may be answered from the cache: an edge protocol sets it around
  /// `dispatch` for a request that allows it (a REST or Connect GET). A task-local, not metadata, so a
  /// client cannot set it and the authentication interceptor (which drops `x-mesh-` keys) leaves it be.
  @TaskLocal public static var lookupAllowed = false

  /// Whether a request lets a cached answer serve it: not when its `cache-control` (or `pragma`) says
  /// `no-cache` or `no-store` (the client wants the upstream's answer).
  /// - Parameter request: the request head.
  public static func allowsCachedAnswer(_ request: EdgeRequestHead) -> Bool {
    for header in request.headers where header.name == "cache-control" || header.name == "pragma" {
      let value = header.value.lowercased()
      if value.contains("no-cache") || value.contains("no-store") { return false }
    }
    return true
  }

  /// The response metadata key that tells a hit (`hit`) from a stored miss (`miss`).
  public static let outcomeMetadataKey = "x-mesh-cache"

  private let configuration: Configuration
  private let policies: [String: Policy]
  private let state: Mutex<LRUTable<Key, Response>>
  private let clock: @Sendable () -> ContinuousClock.Instant

  /// Creates a cache.
  /// - Parameters:
  ///   - configuration: bounds and cacheable methods.
  ///   - methods: the methods' descriptions (`ProtoRegistry.methods` of MeshProtos), to keep only unary
  ///     `NO_SIDE_EFFECTS` ones.
  ///   - clock: the time source (tests move it).
  public init(configuration: Configuration, methods: [String: ProtoMethodInfo],
              clock: @escaping @Sendable () -> ContinuousClock.Instant = { .now }) {
    self.configuration = configuration
    self.policies = configuration.methods.filter { path, _ in
      guard let info = methods[path] else { return false }
      return info.idempotencyLevel == .noSideEffects && !info.clientStreaming && !info.serverStreaming
    }
    self.state = Mutex(LRUTable(maxEntries: configuration.maxEntries, maxBytes: configuration.maxBytes))
    self.clock = clock
  }

  /// The policy of a method; nil when it is not cacheable.
  /// - Parameter path: `/package.Service/Method`.
  public func policy(for path: String) -> Policy? { policies[path] }

  /// Whether a method's calls may be cached.
  /// - Parameter info: the method.
  public func isCacheable(_ info: ProtoMethodInfo) -> Bool { policies[info.path] != nil }

  /// The fresh response of a key, marked most recently used; nil when absent or expired.
  /// - Parameter key: the key.
  public func lookup(_ key: Key) -> Response? {
    let now = clock()
    return state.withLock { $0.value(for: key, now: now) }
  }

  /// Keeps a response, evicting the least recently used entries past the bounds. A response larger than
  /// the byte bound is not kept.
  /// - Parameters:
  ///   - response: the response.
  ///   - key: its key.
  public func store(_ response: Response, for key: Key) {
    guard let policy = policies[key.method] else { return }
    let expiry = clock().advanced(by: policy.timeToLive)
    state.withLock { $0.insert(response, for: key, size: key.size + response.size, expiry: expiry) }
  }

  /// The number of entries and bytes held.
  public var usage: (entries: Int, bytes: Int) { state.withLock { ($0.count, $0.bytes) } }
}
