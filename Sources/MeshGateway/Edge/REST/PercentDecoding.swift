/// RFC 3986 percent-decoding of path segments, as `google.api.http` wants it for variables.
enum PercentDecoding {
  /// Decodes `%XX` escapes into UTF-8 text.
  /// - Parameters:
  ///   - text: the encoded text.
  ///   - keepingSlash: leave `%2F` (and `%2f`) encoded, for values that span segments.
  /// - Returns: the decoded text, or nil for a malformed escape or bytes that are not UTF-8.
  static func decode(_ text: Substring, keepingSlash: Bool) -> String? {
    guard text.contains("%") else { return String(text) }
    return bytes(text, keepingSlash: keepingSlash).flatMap { String(validating: $0, as: UTF8.self) }
  }

  /// Decodes `%XX` escapes into bytes (which need not be UTF-8: a Connect GET's binary message).
  /// - Parameters:
  ///   - text: the encoded text.
  ///   - keepingSlash: leave `%2F` (and `%2f`) encoded.
  ///   - plusIsSpace: decode `+` as a space (query components).
  /// - Returns: the bytes, or nil for a malformed escape.
  static func bytes(_ text: Substring, keepingSlash: Bool = false, plusIsSpace: Bool = false) -> [UInt8]? {
    let bytes = Array(text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == UInt8(ascii: "%") else {
        output.append(plusIsSpace && byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
        index += 1
        continue
      }
      guard index + 2 < bytes.count, let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2]) else {
        return nil
      }
      let decoded = high << 4 | low
      if keepingSlash, decoded == UInt8(ascii: "/") {
        output += bytes[index...index + 2]
      } else {
        output.append(decoded)
      }
      index += 3
    }
    return output
  }

  /// Decodes a query string component: `+` is a space, then percent escapes.
  /// - Parameter text: the encoded name or value.
  /// - Returns: the decoded text, or nil when malformed.
  static func decodeQueryComponent(_ text: Substring) -> String? {
    bytes(text, plusIsSpace: true).flatMap { String(validating: $0, as: UTF8.self) }
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }
}
