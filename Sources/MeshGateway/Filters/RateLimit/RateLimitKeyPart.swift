public import MeshCore
import MeshTransport

/// A part of a call that names whose budget it spends: the client's address, the verified user, the API
/// key, or the method. Read after `AuthInterceptor` (which sets the identity metadata) for `user`; before
/// it, `user` falls back to the client's address.
public enum RateLimitKeyPart: String, Sendable, Hashable, CaseIterable {
  /// The client's IP address (from `ServerContext.peer`, without the port).
  case clientIP = "client_ip"
  /// The verified user id (`x-mesh-user-id`), else `ip:` and the client's address.
  case user
  /// A digest of the API key (`x-mesh-api-key-id`, or of `x-api-key` before authentication), else the address.
  case apiKey = "api_key"
  /// The gRPC method path.
  case route

  /// The descriptor key the `ratelimit` service sees (Envoy's names where Envoy has one).
  public var descriptorKey: String {
    switch self {
    case .clientIP: return "remote_address"
    case .user: return "user_id"
    case .apiKey: return "api_key"
    case .route: return "path"
    }
  }

  /// This part's value for a call.
  /// - Parameter context: the call's context.
  public func value(in context: ServerContext) -> String {
    switch self {
    case .clientIP:
      return Self.address(ofPeer: context.peer)
    case .user:
      let metadata = context.requestMetadata
      if let user = metadata.firstString(forKey: IdentityMetadata.userID), !user.isEmpty { return user }
      return "ip:" + Self.address(ofPeer: context.peer)
    case .apiKey:
      let metadata = context.requestMetadata
      if let id = metadata.firstString(forKey: IdentityMetadata.apiKeyID), !id.isEmpty { return id }
      if let key = metadata.firstString(forKey: "x-api-key"), !key.isEmpty, key.utf8.count <= APIKeyCache.maxKeyLength {
        return APIKeyCache.keyID(of: key)
      }
      return "ip:" + Self.address(ofPeer: context.peer)
    case .route:
      return context.method.path
    }
  }

  /// This part's value for a relayed call, read from its fields in place (the same as `value(in:)`
  /// for the same call); the client's address as its connection parsed it once (`RelayHead.peerHost`).
  /// - Parameter head: the call's head.
  func value(in head: RelayHead) -> String {
    switch self {
    case .clientIP:
      return head.peerHost
    case .user:
      if let user = head.fields.string(named: IdentityMetadata.userID), !user.isEmpty { return user }
      return "ip:" + head.peerHost
    case .apiKey:
      if let id = head.fields.string(named: IdentityMetadata.apiKeyID), !id.isEmpty { return id }
      if let key = head.fields.string(named: "x-api-key"), !key.isEmpty, key.utf8.count <= APIKeyCache.maxKeyLength {
        return APIKeyCache.keyID(of: key)
      }
      return "ip:" + head.peerHost
    case .route:
      return head.method.path
    }
  }

  /// The address of a peer such as `ipv4:10.0.0.1:5000` or `ipv6:[::1]:5000` (the whole string otherwise), as
  /// `SocketAddress.host(ofPeer:)` reads it; a relayed call has it made once by its connection (`RelayHead.peerHost`).
  /// - Parameter peer: the transport's peer description.
  public static func address(ofPeer peer: String) -> String { SocketAddress.host(ofPeer: peer) }
}
