public import MeshCore

/// gRPC-Web's trailer frame: flag 0x80 and an HTTP/1-style header block of lower-case `name: value\r\n`
/// lines carrying `grpc-status`, `grpc-message` and the trailing metadata (PROTOCOL-WEB.md).
public enum GRPCWebTrailers {
  /// The flags byte of a trailer frame (the most significant bit set).
  public static let flag: UInt8 = 0x80

  /// The header fields that end a call: status, its message (percent-encoded as gRPC does) and metadata.
  /// - Parameters:
  ///   - status: the final status.
  ///   - trailers: the trailing metadata.
  public static func fields(status: Status, trailers: Metadata) -> [(String, String)] {
    var fields: [(String, String)] = [("grpc-status", String(status.code.rawValue))]
    if !status.message.isEmpty { fields.append(("grpc-message", GRPCStatusMessage.encode(status.message))) }
    return fields + EdgeMetadata.headers(from: trailers)
  }

  /// The trailer frame of a call.
  /// - Parameters:
  ///   - status: the final status.
  ///   - trailers: the trailing metadata.
  public static func frame(status: Status, trailers: Metadata) -> LengthPrefixedFrame {
    let block = fields(status: status, trailers: trailers).map { "\($0.0): \($0.1)\r\n" }.joined()
    return LengthPrefixedFrame(flags: flag, payload: Array(block.utf8))
  }

  /// Reads a trailer block back into fields (lower-cased names); used by tests and clients of the gateway.
  /// - Parameter payload: the trailer frame's payload.
  /// - Returns: the fields, or nil when a line has no colon.
  public static func parse(_ payload: [UInt8]) -> [(String, String)]? {
    var fields: [(String, String)] = []
    for line in String(decoding: payload, as: UTF8.self).split(separator: "\r\n") where !line.isEmpty {
      guard let colon = line.firstIndex(of: ":") else { return nil }
      let value = line[line.index(after: colon)...].drop { $0 == " " }
      fields.append((line[..<colon].lowercased(), String(value)))
    }
    return fields
  }
}

/// The percent-encoding of `grpc-message` (PROTOCOL-HTTP2.md): printable ASCII except `%` as is,
/// every other byte of the UTF-8 as `%XX`.
public enum GRPCStatusMessage {
  /// Encodes a status message for a header.
  /// - Parameter message: the message.
  public static func encode(_ message: String) -> String {
    var out = ""
    for byte in message.utf8 {
      if byte >= 0x20, byte <= 0x7E, byte != UInt8(ascii: "%") {
        out.unicodeScalars.append(Unicode.Scalar(byte))
      } else {
        out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
      }
    }
    return out
  }
}
