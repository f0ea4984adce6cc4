/// The `content-type` check of PROTOCOL-HTTP2.md: `application/grpc` alone, or followed by `+format`
/// or `;parameters`. Anything else (`application/grpc-web`, `application/json`) is not gRPC, and a
/// server answers it with HTTP 415.
enum GRPCContentType {
  /// The value this runtime sends.
  static let proto = "application/grpc+proto"

  private static let prefix: [UInt8] = Array("application/grpc".utf8)

  /// Whether a `content-type` value announces gRPC; the media type is compared case-insensitively.
  /// - Parameter value: the header value.
  static func isGRPC(_ value: String) -> Bool {
    var utf8 = value.utf8.makeIterator()
    for expected in prefix {
      guard let byte = utf8.next(), lowercased(byte) == expected else { return false }
    }
    guard let next = utf8.next() else { return true }
    return next == UInt8(ascii: "+") || next == UInt8(ascii: ";")
  }

  /// The message format after `+` (`proto`, `json`, ...); nil for plain `application/grpc` (protobuf)
  /// or when the value is not gRPC.
  /// - Parameter value: the header value.
  static func format(of value: String) -> Substring? {
    guard isGRPC(value) else { return nil }
    let rest = value.utf8.dropFirst(prefix.count)
    guard rest.first == UInt8(ascii: "+") else { return nil }
    let format = Substring(rest.dropFirst())
    return format.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first?.trimmingASCIISpaces()
  }

  @inline(__always)
  private static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
  }
}
