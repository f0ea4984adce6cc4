public import MeshCore

/// Between HTTP headers at the edge and gRPC metadata: which request headers become metadata (custom
/// ones; protocol, hop-by-hop and CORS headers do not) and how metadata is written back as headers
/// (`-bin` values in unpadded base64, as gRPC and Connect both accept).
public enum EdgeMetadata {
  /// Request headers that describe the HTTP exchange or the edge protocol, never the call.
  private static let reserved: Set<String> = [
    "host", "content-type", "content-length", "content-encoding", "accept", "accept-encoding", "connection",
    "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer", "expect", "origin", "referer",
    "user-agent", "cache-control", "pragma", "grpc-timeout", "grpc-encoding", "grpc-accept-encoding", "x-grpc-web",
    "x-user-agent", "connect-protocol-version", "connect-timeout-ms", "connect-content-encoding",
    "connect-accept-encoding", "access-control-request-method", "access-control-request-headers",
    "sec-fetch-mode", "sec-fetch-site", "sec-fetch-dest", "sec-ch-ua", "sec-ch-ua-mobile", "sec-ch-ua-platform",
    "accept-language", "dnt", "priority",
  ]

  /// The metadata of a request: every header that is not reserved, `-bin` values decoded from base64.
  /// - Parameter headers: the request headers (lower-case names).
  /// - Throws: `RPCError` (`.invalidArgument`) for a `-bin` header that is not base64.
  public static func metadata(from headers: [(name: String, value: String)]) throws(RPCError) -> Metadata {
    var metadata = Metadata()
    for (name, value) in headers where !reserved.contains(name) && !name.hasPrefix(":") {
      if name.hasSuffix("-bin") {
        // Several values may share one header, separated by commas.
        for part in value.split(separator: ",", omittingEmptySubsequences: false) {
          guard let bytes = EdgeBase64.decode(part.trimmingSpaces) else {
            throw RPCError(code: .invalidArgument, message: "The header \(name) is not valid base64.")
          }
          metadata.addBinary(bytes, forKey: name)
        }
      } else {
        metadata.addString(value, forKey: name)
      }
    }
    return metadata
  }

  /// Metadata as header fields, with an optional name prefix (Connect's `trailer-`).
  /// - Parameters:
  ///   - metadata: the metadata.
  ///   - prefix: put before every name.
  public static func headers(from metadata: Metadata, prefix: String = "") -> [(String, String)] {
    metadata.map { entry in
      switch entry.value {
      case .string(let text): (prefix + entry.key, text)
      case .binary(let bytes): (prefix + entry.key, EdgeBase64.encode(bytes, padded: false))
      }
    }
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
