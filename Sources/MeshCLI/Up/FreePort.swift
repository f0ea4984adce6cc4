import Foundation

/// A port the system says is free now: bound to port 0 on the host, read back, closed. The child binds it a
/// moment later; a race with another program is possible but unlikely on loopback.
enum FreePort {
  /// A free TCP port on `host` (an IPv4 or IPv6 literal).
  static func find(_ host: String) throws -> Int {
    let v6 = host.contains(":")
    let descriptor = socket(v6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw ChildError(description: "socket: \(String(cString: strerror(errno)))") }
    defer { close(descriptor) }
    var port: UInt16 = 0
    let ok: Bool
    if v6 {
      var address = sockaddr_in6()
      address.sin6_family = sa_family_t(AF_INET6)
      inet_pton(AF_INET6, host, &address.sin6_addr)
      var length = socklen_t(MemoryLayout<sockaddr_in6>.size)
      ok = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
      }
      port = UInt16(bigEndian: address.sin6_port)
    } else {
      var address = sockaddr_in()
      address.sin_family = sa_family_t(AF_INET)
      address.sin_addr.s_addr = inet_addr(host == "0.0.0.0" ? "127.0.0.1" : host)
      var length = socklen_t(MemoryLayout<sockaddr_in>.size)
      ok = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0 }
      }
      port = UInt16(bigEndian: address.sin_port)
    }
    guard ok, port > 0 else { throw ChildError(description: "no free port on \(host): \(String(cString: strerror(errno)))") }
    return Int(port)
  }
}
