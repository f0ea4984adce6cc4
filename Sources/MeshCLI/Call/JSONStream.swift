/// Splits text holding several JSON values one after the other (`{...} {...}`, or one per line) into
/// each value's text, for client-streaming requests; strings and escapes are respected.
enum JSONStream {
  /// The values' texts; throws when the text ends inside a value.
  static func split(_ text: String) throws -> [String] {
    var values: [String] = []
    var current: [UInt8] = []
    var depth = 0
    var inString = false
    var escaped = false
    for byte in text.utf8 {
      if depth == 0 && !inString {
        if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") { continue }
        guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") else {
          throw JSONStreamError(description: "expected a JSON object, found '\(String(decoding: [byte], as: UTF8.self))'")
        }
      }
      current.append(byte)
      if inString {
        if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""): inString = true
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 0 {
          values.append(String(decoding: current, as: UTF8.self))
          current.removeAll()
        }
      default: break
      }
    }
    guard current.isEmpty else { throw JSONStreamError(description: "the JSON input ends inside a value") }
    return values
  }
}

/// Request data that is not a sequence of JSON values.
struct JSONStreamError: Error, CustomStringConvertible {
  let description: String
}
