/// The `content-type` check of PROTOCOL-HTTP2.md: `application/grpc` alone, or followed by `+format`
/// or `;parameters`. Anything else (`application/grpc-web`, `application/json`) is not gRPC, and a
/// server answers it with HTTP 415.
enum GRPCContentType {
  /// The value this runtime sends.
  static let proto = "application/grpc+proto"

  private static let prefix: StaticString = "application/grpc"

  /// Whether a `content-type` value announces gRPC; the media type is compared case-insensitively.
  /// - Parameter value: the header value.
  static func isGRPC(_ value: String) -> Bool {
    // Read in place through the string's span, borrowed: its UTF-8 iterator and the prefix as an array
    // retained and released both on every request.
    value.utf8Span.span.withUnsafeBytes { isGRPC(bytes: $0) }
  }

  /// Whether a `content-type` value, as bytes, announces gRPC.
  /// - Parameter bytes: the header value.
  static func isGRPC(bytes: UnsafeRawBufferPointer) -> Bool {
    let length = prefix.utf8CodeUnitCount
    guard bytes.count >= length else { return false }
    let expected = prefix.utf8Start
    for index in 0..<length where lowercased(bytes[index]) != expected[index] { return false }
    guard bytes.count > length else { return true }
    return bytes[length] == UInt8(ascii: "+") || bytes[length] == UInt8(ascii: ";")
  }

  /// The message format after `+` (`proto`, `json`, ...); nil for plain `application/grpc` (protobuf)
  /// or when the value is not gRPC.
  /// - Parameter value: the header value.
  static func format(of value: String) -> Substring? {
    guard isGRPC(value) else { return nil }
    let rest = value.utf8.dropFirst(prefix.utf8CodeUnitCount)
    guard rest.first == UInt8(ascii: "+") else { return nil }
    let format = Substring(rest.dropFirst())
    return format.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first?.trimmingASCIISpaces()
  }

  @inline(__always)
  private static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
  }
}
