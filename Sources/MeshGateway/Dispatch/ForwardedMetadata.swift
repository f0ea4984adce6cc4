public import MeshCore
import MeshTransport
import Glibc

/// What of a call's metadata crosses the gateway: hop-by-hop headers (they describe one connection)
/// and gRPC's reserved ones (the gateway's own HTTP/2 client sets them) stay behind.
public enum ForwardedMetadata {
  /// The metadata without hop-by-hop and reserved entries; `metadata` itself when it has none, so the
  /// usual call copies nothing.
  /// - Parameter metadata: request or response metadata.
  public static func filtered(_ metadata: Metadata) -> Metadata {
    guard metadata.contains(where: { dropped($0.key) }) else { return metadata }
    var kept = Metadata()
    for entry in metadata where !dropped(entry.key) { kept.add(entry) }
    return kept
  }

  /// Whether a header name stays behind.
  /// - Parameter name: lower case.
  public static func dropped(_ name: String) -> Bool {
    switch name {
    case "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "host",
         "content-type", "content-length", "user-agent", "grpc-timeout", "grpc-encoding", "grpc-accept-encoding",
         "grpc-status", "grpc-message", "grpc-status-details-bin":
      true
    default:
      name.hasPrefix(":")
    }
  }

  /// Whether a relayed field stays behind (`dropped(_:)` on the name's bytes, as nghttp2 gave them).
  /// Runs on every field of every relayed call: the length picks the one to three names it can be, so a
  /// field is compared with at most three (16 `String` comparisons per field before).
  /// - Parameter name: lower case.
  static func dropped(_ name: UnsafeRawBufferPointer) -> Bool {
    guard let first = name.first else { return false }
    if first == UInt8(ascii: ":") { return true }
    switch name.count {
    case 2: return spells(name, "te")
    case 4: return spells(name, "host")
    case 7: return spells(name, "upgrade")
    case 10: return spells(name, "connection") || spells(name, "keep-alive") || spells(name, "user-agent")
    case 11: return spells(name, "grpc-status")
    case 12: return spells(name, "content-type") || spells(name, "grpc-timeout") || spells(name, "grpc-message")
    case 13: return spells(name, "grpc-encoding")
    case 14: return spells(name, "content-length")
    case 16: return spells(name, "proxy-connection")
    case 17: return spells(name, "transfer-encoding")
    case 20: return spells(name, "grpc-accept-encoding")
    case 23: return spells(name, "grpc-status-details-bin")
    default: return false
    }
  }

  /// Whether `name` spells `text`, whose length the caller has matched already.
  @inline(__always)
  private static func spells(_ name: UnsafeRawBufferPointer, _ text: StaticString) -> Bool {
    guard name.count == text.utf8CodeUnitCount, let base = name.baseAddress else { return false }
    return memcmp(base, text.utf8Start, name.count) == 0
  }
}
