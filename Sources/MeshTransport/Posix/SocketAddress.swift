internal import Glibc
internal import CLinux

/// An IPv4 or IPv6 socket address.
public struct SocketAddress: Sendable, Hashable, CustomStringConvertible {
  /// The host as text, such as `127.0.0.1` or `::1`.
  public let host: String
  /// The port.
  public let port: Int
  /// Whether the address is IPv6.
  public let isIPv6: Bool

  /// Creates an address from a numeric host and a port.
  /// - Parameters:
  ///   - host: a numeric IPv4 or IPv6 address.
  ///   - port: the port.
  public init(host: String, port: Int) {
    self.host = host
    self.port = port
    self.isIPv6 = host.contains(":")
  }

  /// `host:port`, with brackets around IPv6 hosts.
  public var description: String { isIPv6 ? "[\(host)]:\(port)" : "\(host):\(port)" }

  /// The gRPC peer string, such as `ipv4:127.0.0.1:5000`.
  public var peerDescription: String { isIPv6 ? "ipv6:[\(host)]:\(port)" : "ipv4:\(host):\(port)" }

  /// The host of a gRPC peer string (`peerDescription`'s form): `10.0.0.1` of `ipv4:10.0.0.1:5000`, `::1` of
  /// `ipv6:[::1]:5000`; the whole string when it has neither prefix (`unknown`, a test's made-up peer).
  /// - Parameter peer: the transport's peer description.
  public static func host(ofPeer peer: String) -> String {
    // Read as bytes: `Character` prefixes and searches cost grapheme breaking for an ASCII string. The
    // separators are ASCII, so every slice starts and ends on a character boundary.
    var peer = peer
    return peer.withUTF8 { bytes in host(inPeer: bytes) } ?? peer
  }

  /// `host(ofPeer:)` of a peer's bytes; nil for the whole peer (no `ipv4:` or `ipv6:` prefix).
  private static func host(inPeer bytes: UnsafeBufferPointer<UInt8>) -> String? {
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

  /// Resolves a host name (or numeric address) to addresses, IPv4 first. Blocking: call off the loops.
  /// - Parameters:
  ///   - host: a name or numeric address.
  ///   - port: the port.
  public static func resolve(host: String, port: Int) throws -> [SocketAddress] {
    var hints = addrinfo()
    hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    hints.ai_family = AF_UNSPEC
    var result: UnsafeMutablePointer<addrinfo>?
    let rc = getaddrinfo(host, String(port), &hints, &result)
    guard rc == 0, let first = result else {
      throw SystemCallError(call: "getaddrinfo(\(host))", errno: rc)
    }
    defer { freeaddrinfo(first) }
    var addresses: [SocketAddress] = []
    var cursor: UnsafeMutablePointer<addrinfo>? = first
    while let info = cursor {
      if let address = SocketAddress(sockaddr: info.pointee.ai_addr), !addresses.contains(address) {
        addresses.append(address)
      }
      cursor = info.pointee.ai_next
    }
    return addresses.sorted { !$0.isIPv6 && $1.isIPv6 }
  }

  /// Reads a `sockaddr_in` or `sockaddr_in6`.
  init?(sockaddr pointer: UnsafePointer<sockaddr>?) {
    guard let pointer else { return nil }
    var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
    switch Int32(pointer.pointee.sa_family) {
    case AF_INET:
      var sin = UnsafeRawPointer(pointer).load(as: sockaddr_in.self)
      inet_ntop(AF_INET, &sin.sin_addr, &text, socklen_t(text.count))
      self.init(host: String(cString: text), port: Int(UInt16(bigEndian: sin.sin_port)))
    case AF_INET6:
      var sin6 = UnsafeRawPointer(pointer).load(as: sockaddr_in6.self)
      inet_ntop(AF_INET6, &sin6.sin6_addr, &text, socklen_t(text.count))
      self.init(host: String(cString: text), port: Int(UInt16(bigEndian: sin6.sin6_port)))
    default:
      return nil
    }
  }

  /// Calls `body` with this address as a `sockaddr` and its length.
  func withSockAddr<R>(_ body: (UnsafePointer<sockaddr>, socklen_t) throws -> R) throws -> R {
    if isIPv6 {
      var sin6 = sockaddr_in6()
      sin6.sin6_family = sa_family_t(AF_INET6)
      sin6.sin6_port = UInt16(port).bigEndian
      guard inet_pton(AF_INET6, host, &sin6.sin6_addr) == 1 else {
        throw SystemCallError(call: "inet_pton(\(host))", errno: EINVAL)
      }
      return try withUnsafePointer(to: &sin6) {
        try $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { try body($0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
      }
    }
    var sin = sockaddr_in()
    sin.sin_family = sa_family_t(AF_INET)
    sin.sin_port = UInt16(port).bigEndian
    guard inet_pton(AF_INET, host, &sin.sin_addr) == 1 else {
      throw SystemCallError(call: "inet_pton(\(host))", errno: EINVAL)
    }
    return try withUnsafePointer(to: &sin) {
      try $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { try body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
    }
  }
}
