/// Builds one JSON object on one line, fields in the order they are added.
struct JSONLine {
  private var text = "{"

  mutating func field(_ name: String, string value: String) { field(name, raw: Self.quote(value)) }

  mutating func field(_ name: String, raw: String) {
    if text.count > 1 { text += "," }
    text += Self.quote(name) + ":" + raw
  }

  var finished: String { text + "}" }

  /// A JSON string literal: quotes, backslashes and control characters escaped (so a line never breaks).
  static func quote(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
        let hex = String(scalar.value, radix: 16)
        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
