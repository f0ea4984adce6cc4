/// The percent-encoding of `grpc-message` (PROTOCOL-HTTP2.md, "Status-Message").
///
/// The message is UTF-8; every byte outside `0x20...0x7E`, and `%` itself, is sent as `%XX` with
/// upper-case hex digits. Decoding never fails: a `%` not followed by two hex digits is kept as it is,
/// and bytes that are not valid UTF-8 become U+FFFD, as the spec allows.
enum StatusMessageCoding {
  private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

  /// Whether a byte goes on the wire as it is.
  @inline(__always)
  private static func isUnreserved(_ byte: UInt8) -> Bool {
    byte >= 0x20 && byte <= 0x7E && byte != UInt8(ascii: "%")
  }

  /// Percent-encodes a status message; a message that needs no escape is returned unchanged.
  /// - Parameter message: the message, any Unicode text.
  static func encode(_ message: String) -> String {
    guard message.utf8.contains(where: { !isUnreserved($0) }) else { return message }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(message.utf8.count + 16)
    for byte in message.utf8 {
      if isUnreserved(byte) {
        bytes.append(byte)
      } else {
        bytes.append(UInt8(ascii: "%"))
        bytes.append(hexDigits[Int(byte >> 4)])
        bytes.append(hexDigits[Int(byte & 0x0F)])
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Decodes a percent-encoded status message, tolerating malformed sequences.
  /// - Parameter value: the value of `grpc-message` as received.
  static func decode(_ value: String) -> String {
    guard value.utf8.contains(UInt8(ascii: "%")) else { return value }
    let input = Array(value.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(input.count)
    var index = 0
    while index < input.count {
      let byte = input[index]
      if byte == UInt8(ascii: "%"), index + 2 < input.count,
         let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2]) {
        output.append(high << 4 | low)
        index += 3
      } else {
        output.append(byte)
        index += 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  @inline(__always)
  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    default: nil
    }
  }
}
