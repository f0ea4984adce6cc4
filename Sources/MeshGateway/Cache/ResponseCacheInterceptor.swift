public import MeshCore
import Synchronization

/// Answers cacheable calls from a `ResponseCache` and fills it from the calls it lets through. It only
/// looks at calls an edge protocol opted in (`ResponseCache.lookupAllowed`, set by REST and Connect for
/// GETs); put it after authentication, whose verified `x-mesh-user-id` becomes part of the key of
/// private data. A hit carries `x-mesh-cache: hit` in its response headers, a stored miss `miss`.
public struct ResponseCacheInterceptor: ServerInterceptor {
  private let cache: ResponseCache

  /// Creates the interceptor.
  /// - Parameter cache: the cache.
  public init(cache: ResponseCache) { self.cache = cache }

  /// Serves the call from the cache, or runs it and keeps a successful response.
  /// - Parameters:
  ///   - stream: the call's stream.
  ///   - context: the call's context.
  ///   - next: the rest of the chain.
  public func intercept(
    stream: any ServerCallStream, context: ServerContext,
    next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void
  ) async throws {
    guard ResponseCache.lookupAllowed, let policy = cache.policy(for: context.method.path) else {
      return try await next(stream, context)
    }
    let request = try await stream.receive() ?? []
    let identity = policy.isPrivate ? Self.identity(context.requestMetadata) : ""
    let key = ResponseCache.Key(method: context.method.path, request: request, identity: identity)
    if let hit = cache.lookup(key) {
      var initial = context.initialResponseMetadata
      initial.addString("hit", forKey: ResponseCache.outcomeMetadataKey)
      try await stream.sendInitialMetadata(initial)
      for message in hit.messages { try await stream.send(message, compress: context.compressResponses) }
      return
    }
    context.initialResponseMetadata.addString("miss", forKey: ResponseCache.outcomeMetadataKey)
    let recorder = RecordingCallStream(base: stream, request: request)
    try await next(recorder, context)
    cache.store(ResponseCache.Response(messages: recorder.sent), for: key)
  }

  /// Who is asking, for the key of private data: the identity the auth filter verified; without one, a
  /// digest of the credentials the caller sent (an upstream that checks them itself may answer per
  /// caller); empty for an anonymous caller.
  static func identity(_ metadata: Metadata) -> String {
    if let user = metadata.firstString(forKey: "x-mesh-user-id") { return "user:" + user }
    for name in ["authorization", "x-api-key", "cookie"] {
      if let value = metadata.firstString(forKey: name) { return name + ":" + APIKeyCache.keyID(of: value) }
    }
    return ""
  }
}

/// Replays the request the interceptor already read, and keeps a copy of every response message.
private final class RecordingCallStream: ForwardingServerCallStream, @unchecked Sendable {
  private let state: Mutex<(request: [UInt8]?, sent: [[UInt8]])>

  init(base: any ServerCallStream, request: [UInt8]) {
    state = Mutex((request, []))
    super.init(base: base)
  }

  var sent: [[UInt8]] { state.withLock { $0.sent } }

  override func receive() async throws -> [UInt8]? {
    state.withLock { state in
      defer { state.request = nil }
      return state.request
    }
  }

  override func send(_ message: [UInt8], compress: Bool) async throws {
    state.withLock { $0.sent.append(message) }
    try await super.send(message, compress: compress)
  }
}
