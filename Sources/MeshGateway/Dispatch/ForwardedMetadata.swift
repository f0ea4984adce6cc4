public import MeshCore
import MeshTransport

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
  /// - Parameter name: lower case.
  static func dropped(_ name: UnsafeRawBufferPointer) -> Bool {
    guard let first = name.first else { return false }
    if first == UInt8(ascii: ":") { return true }
    for dropped in droppedNames where RequestHeaderFields.equals(name, dropped) { return true }
    return false
  }

  /// The names `dropped(_:)` lists, for the byte comparison.
  private static let droppedNames: [String] = [
    "connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "host",
    "content-type", "content-length", "user-agent", "grpc-timeout", "grpc-encoding", "grpc-accept-encoding",
    "grpc-status", "grpc-message", "grpc-status-details-bin",
  ]
}
