internal import Glibc

/// The listening TCP sockets of this machine, as Linux lists them in `/proc/net/tcp` and `/proc/net/tcp6`.
///
/// Every listener of ours sets SO_REUSEPORT (one socket per event loop on one port), and the kernel lets any
/// other process of the same user that sets it too bind the same port: a second `mesh serve` or gateway on a
/// taken port would start without an error and take half of the connections. So a listener on a fixed port
/// first asks this table whether something listens there already.
package enum ListenerTable {
  /// Whether a socket of `text` (a `/proc/net/tcp` or `tcp6` listing of `address`'s family) listens on
  /// `address`'s port at an address that overlaps it: the same one, or either of them a wildcard. Pure.
  package static func hasListener(overlapping address: SocketAddress, inListing text: String) -> Bool {
    guard let wanted = procHex(of: address) else { return false }
    let wantedIsWildcard = wanted.allSatisfy { $0 == "0" }
    return listeners(in: text).contains { host, port in
      port == address.port && (wantedIsWildcard || host.allSatisfy { $0 == "0" } || host.uppercased() == wanted)
    }
  }

  /// Whether another socket listens on a port overlapping `address` now (port 0 never does): one of its
  /// family, or a wildcard one of the other family (a dual-stack `[::]` holds IPv4's port too).
  package static func hasListener(overlapping address: SocketAddress) -> Bool {
    guard address.port != 0 else { return false }
    return ["/proc/net/tcp", "/proc/net/tcp6"].contains { path in
      guard let text = read(path) else { return false }
      if path.hasSuffix("6") == address.isIPv6 { return hasListener(overlapping: address, inListing: text) }
      return listeners(in: text).contains { host, port in port == address.port && host.allSatisfy { $0 == "0" } }
    }
  }

  /// The listening sockets of a listing: their local address in the listing's hex, and port.
  static func listeners(in text: String) -> [(host: Substring, port: Int)] {
    text.split(separator: "\n").dropFirst().compactMap { line in
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      // sl local_address rem_address st ...; state 0A is LISTEN.
      guard fields.count > 3, fields[3] == "0A" else { return nil }
      let local = fields[1].split(separator: ":")
      guard local.count == 2, let port = Int(local[1], radix: 16) else { return nil }
      return (local[0], port)
    }
  }

  /// The address as the listing writes it: the bytes in groups of four, each group a little-endian word in hex.
  static func procHex(of address: SocketAddress) -> String? {
    var bytes = [UInt8](repeating: 0, count: address.isIPv6 ? 16 : 4)
    let parsed = bytes.withUnsafeMutableBytes { inet_pton(address.isIPv6 ? AF_INET6 : AF_INET, address.host, $0.baseAddress) }
    guard parsed == 1 else { return nil }
    return stride(from: 0, to: bytes.count, by: 4).map { start in
      bytes[start..<(start + 4)].reversed().map { byte in
        let hex = String(byte, radix: 16, uppercase: true)
        return hex.count == 1 ? "0" + hex : hex
      }.joined()
    }.joined()
  }

  /// A small text file's contents; nil when it cannot be read (no /proc: nothing is known, nothing refused).
  private static func read(_ path: String) -> String? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { return nil }
    defer { close(fd) }
    var data: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { break }
      data.append(contentsOf: chunk[0..<count])
    }
    return String(decoding: data, as: UTF8.self)
  }
}
