import MeshProtobuf
import MeshCore

/// The JSON error body of REST responses, google.rpc.Status's JSON form:
/// `{"code":5,"message":"…","details":[]}`.
enum RESTErrorBody {
  /// The body's JSON text.
  /// - Parameter status: the gRPC status.
  static func json(_ status: Status) -> String {
    "{\"code\":\(status.code.rawValue),\"message\":\(JSONText.quoted(status.message)),\"details\":[]}"
  }

  /// Metadata as response headers: string values of keys an HTTP client may see (not gRPC's own).
  /// - Parameters:
  ///   - metadata: the metadata.
  ///   - prefix: put before each name (`grpc-metadata-` for a success's metadata, as grpc-gateway does).
  static func headers(_ metadata: Metadata, prefix: String) -> [(String, String)] {
    metadata.compactMap { entry -> (String, String)? in
      guard let value = entry.value.stringValue, !entry.key.hasPrefix("grpc-"), !entry.key.hasPrefix(":"),
            !["content-type", "content-length", "transfer-encoding", "connection"].contains(entry.key),
            value.utf8.allSatisfy({ $0 == 0x09 || (0x20...0x7E).contains($0) }) else { return nil }
      return (prefix + entry.key, value)
    }
  }
}
