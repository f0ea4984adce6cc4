public import MeshCore
import MeshProtobuf

/// Connect's JSON for errors and stream ends: `{"code":"not_found","message":…,"details":[{"type":…,
/// "value":…}]}` (the details from `grpc-status-details-bin`, a `google.rpc.Status`), and the end-of-stream
/// message `{"error":…,"metadata":{"key":["value"]}}`.
public enum ConnectErrorBody {
  /// The key gRPC carries rich error details under; Connect carries them in the body instead.
  public static let detailsKey = "grpc-status-details-bin"

  /// The error object of a status.
  /// - Parameters:
  ///   - status: a status other than OK.
  ///   - trailers: the trailers, whose `grpc-status-details-bin` gives the details.
  public static func errorJSON(_ status: Status, trailers: Metadata) -> String {
    var members = ["\"code\":" + quoted(StatusMapping.connectName(for: status.code))]
    if !status.message.isEmpty { members.append("\"message\":" + quoted(status.message)) }
    let details = trailers.firstBinary(forKey: detailsKey).map(Self.details) ?? []
    if !details.isEmpty {
      let items = details.map { "{\"type\":\(quoted($0.type)),\"value\":\(quoted(EdgeBase64.encode($0.value, padded: false)))}" }
      members.append("\"details\":[" + items.joined(separator: ",") + "]")
    }
    return "{" + members.joined(separator: ",") + "}"
  }

  /// The JSON of Connect's end-of-stream message.
  /// - Parameters:
  ///   - status: the final status (no `error` member when OK).
  ///   - trailers: the trailing metadata.
  public static func endStreamJSON(_ status: Status, trailers: Metadata) -> String {
    var members: [String] = []
    if status.code != .ok { members.append("\"error\":" + errorJSON(status, trailers: trailers)) }
    let metadata = withoutDetails(trailers)
    if !metadata.isEmpty {
      var keys: [String] = []
      var values: [String: [String]] = [:]
      for (name, value) in EdgeMetadata.headers(from: metadata) {
        if values[name] == nil { keys.append(name) }
        values[name, default: []].append(value)
      }
      let items = keys.map { key in quoted(key) + ":[" + (values[key] ?? []).map(quoted).joined(separator: ",") + "]" }
      members.append("\"metadata\":{" + items.joined(separator: ",") + "}")
    }
    return "{" + members.joined(separator: ",") + "}"
  }

  /// The metadata without the gRPC details header (its content is in the body).
  /// - Parameter metadata: trailers.
  public static func withoutDetails(_ metadata: Metadata) -> Metadata {
    var copy = metadata
    copy.removeAll(forKey: detailsKey)
    return copy
  }

  /// The `Any` messages of a serialized `google.rpc.Status` (field 3; `Any` is 1 type_url, 2 value).
  static func details(_ status: [UInt8]) -> [(type: String, value: [UInt8])] {
    status.withUnsafeBytes { bytes in
      ProtobufWire.lengthDelimitedFields(bytes, in: 0..<bytes.count).filter { $0.field == 3 }.map { detail in
        let fields = ProtobufWire.lengthDelimitedFields(bytes, in: detail.range)
        let url = fields.first { $0.field == 1 }.map { String(decoding: bytes[$0.range], as: UTF8.self) } ?? ""
        let value = fields.first { $0.field == 2 }.map { Array(bytes[$0.range]) } ?? []
        // Connect names the type without the `type.googleapis.com/` prefix.
        let type = url.split(separator: "/").last.map(String.init) ?? url
        return (type, value)
      }
    }
  }

  /// A JSON string literal.
  /// - Parameter text: the text.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
