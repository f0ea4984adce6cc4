/// A listen or upstream address, `host:port` (`[::1]:8080` for IPv6); port 0 means any free port.
public struct HostPort: MeshTextValue, Hashable, CustomStringConvertible {
  /// The host name or IP address, without brackets.
  public let host: String
  /// The port, 0...65535.
  public let port: Int

  /// An address from its parts.
  public init(host: String, port: Int) {
    self.host = host
    self.port = port
  }

  /// Parses `host:port` or `[v6]:port`.
  public init?(meshText text: String) {
    guard let colon = text.lastIndex(of: ":") else { return nil }
    var host = String(text[..<colon])
    if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    guard !host.isEmpty, !host.contains(" "), let port = Int(text[text.index(after: colon)...]),
          (0...65535).contains(port) else { return nil }
    self.init(host: host, port: port)
  }

  /// What the mesh file expects.
  public static let expectedText = "host:port, such as 127.0.0.1:8080 (port 0...65535)"

  /// `host:port`, with brackets around an IPv6 host.
  public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }

  /// This address with its port moved by `offset` (replica `offset` of a service).
  public func shifted(by offset: Int) -> HostPort { HostPort(host: host, port: port == 0 ? 0 : port + offset) }

  /// Whether two sockets on these hosts would collide on the same port: same host, or one is a wildcard.
  public func sharesInterface(with other: HostPort) -> Bool {
    let wildcards: Set<String> = ["0.0.0.0", "::", "*"]
    return host == other.host || wildcards.contains(host) || wildcards.contains(other.host)
  }
}

extension HostPort: PlaceholderProviding {
  static var placeholder: HostPort { HostPort(host: "", port: 0) }
}
