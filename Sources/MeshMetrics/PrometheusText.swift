/// Writes Prometheus' text format: `# HELP`, `# TYPE`, then `name{label="value"} number` lines, with
/// the format's escaping (backslash, double quote and newline in label values; backslash and newline in
/// help).
struct PrometheusText {
  private(set) var output = ""

  mutating func header(_ name: String, help: String, type: String) {
    output += "# HELP \(name) \(Self.escape(help, quotes: false))\n# TYPE \(name) \(type)\n"
  }

  mutating func sample(_ name: String, labels: [String], values: [String], value: String) {
    output += name
    if !labels.isEmpty {
      output += "{"
      for (index, (label, labelValue)) in zip(labels, values).enumerated() {
        output += (index == 0 ? "" : ",") + label + "=\"" + Self.escape(labelValue, quotes: true) + "\""
      }
      output += "}"
    }
    output += " " + value + "\n"
  }

  static func escape(_ text: String, quotes: Bool) -> String {
    var escaped = ""
    for character in text {
      switch character {
      case "\\": escaped += "\\\\"
      case "\n": escaped += "\\n"
      case "\"" where quotes: escaped += "\\\""
      default: escaped.append(character)
      }
    }
    return escaped
  }

  /// A sample value: integers without a fraction, +Inf, -Inf and NaN as Prometheus spells them.
  static func number(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  /// `[a-zA-Z_:][a-zA-Z0-9_:]*`.
  static func isValidName(_ name: String) -> Bool {
    guard let first = name.first, first.isASCII, first.isLetter || first == "_" || first == ":" else { return false }
    return name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == ":") }
  }
}
