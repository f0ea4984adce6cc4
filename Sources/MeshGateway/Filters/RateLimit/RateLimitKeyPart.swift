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
  /// for the same call).
  /// - Parameter head: the call's head.
  func value(in head: RelayHead) -> String {
    switch self {
    case .clientIP:
      return Self.address(ofPeer: head.peer)
    case .user:
      if let user = head.fields.string(named: IdentityMetadata.userID), !user.isEmpty { return user }
      return "ip:" + Self.address(ofPeer: head.peer)
    case .apiKey:
      if let id = head.fields.string(named: IdentityMetadata.apiKeyID), !id.isEmpty { return id }
      if let key = head.fields.string(named: "x-api-key"), !key.isEmpty, key.utf8.count <= APIKeyCache.maxKeyLength {
        return APIKeyCache.keyID(of: key)
      }
      return "ip:" + Self.address(ofPeer: head.peer)
    case .route:
      return head.method.path
    }
  }

  /// The address of a peer such as `ipv4:10.0.0.1:5000` or `ipv6:[::1]:5000` (the whole string otherwise).
  /// - Parameter peer: the transport's peer description.
  public static func address(ofPeer peer: String) -> String {
    // Read in the string's own bytes when it has them (a native string: always): the local limit asks on
    // every call, and the `UTF8View` slices below retained the string's storage at each step.
    if let address = peer.utf8.withContiguousStorageIfAvailable(address(inPeer:)) { return address ?? peer }
    // Read as UTF-8 bytes: `Character` prefixes and searches cost grapheme breaking for an ASCII string.
    // An IPv4 address fits a small string (no allocation).
    let utf8 = peer.utf8
    if hasPrefix(utf8, "ipv6:") {
      let rest = utf8.dropFirst(5)
      guard rest.first == UInt8(ascii: "["), let close = rest.firstIndex(of: UInt8(ascii: "]")) else {
        return String(Substring(rest))
      }
      return String(Substring(rest[rest.index(after: rest.startIndex)..<close]))
    }
    if hasPrefix(utf8, "ipv4:") {
      let rest = utf8.dropFirst(5)
      return String(Substring(rest.lastIndex(of: UInt8(ascii: ":")).map { rest[..<$0] } ?? rest))
    }
    return peer
  }

  /// `address(ofPeer:)` of a peer's bytes; nil for the whole peer (no `ipv4:` or `ipv6:` prefix). The
  /// separators are ASCII, so every slice starts and ends on a character boundary.
  private static func address(inPeer bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let isV6 = hasPrefix(bytes, "ipv6:")
    guard isV6 || hasPrefix(bytes, "ipv4:") else { return nil }
    let rest = UnsafeBufferPointer(rebasing: bytes[5...])
    if isV6 {
      guard rest.first == UInt8(ascii: "["), let close = rest.firstIndex(of: UInt8(ascii: "]")) else {
        return String(decoding: rest, as: UTF8.self)
      }
      return String(decoding: rest[(rest.startIndex + 1)..<close], as: UTF8.self)
    }
    return String(decoding: rest[..<(rest.lastIndex(of: UInt8(ascii: ":")) ?? rest.endIndex)], as: UTF8.self)
  }

  /// Whether `bytes` start with the ASCII `prefix`.
  private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
    prefix.withUTF8Buffer { prefix in
      bytes.count >= prefix.count && zip(bytes, prefix).allSatisfy { $0 == $1 }
    }
  }

  /// Whether `utf8` starts with the ASCII `prefix`.
  private static func hasPrefix(_ utf8: String.UTF8View, _ prefix: StaticString) -> Bool {
    prefix.withUTF8Buffer { prefix in
      utf8.count >= prefix.count && zip(utf8, prefix).allSatisfy { $0 == $1 }
    }
  }
}
