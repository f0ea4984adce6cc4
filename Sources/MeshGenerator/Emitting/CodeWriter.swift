/// Builds indented source text line by line.
struct CodeWriter {
  private(set) var text = ""
  private var indentation = ""

  /// Appends one line at the current indentation (an empty string gives an empty line).
  mutating func line(_ line: String = "") {
    text += line.isEmpty ? "\n" : indentation + line + "\n"
  }

  /// Appends `/// ` lines: the proto comment when there is one, else the fallback.
  mutating func doc(_ comments: String?, fallback: String) {
    let lines = (comments ?? "").split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.hasPrefix(" ") ? String($0.dropFirst()) : String($0) }
    var trimmed = lines
    while let last = trimmed.last, last.allSatisfy(\.isWhitespace) { trimmed.removeLast() }
    while let first = trimmed.first, first.allSatisfy(\.isWhitespace) { trimmed.removeFirst() }
    if trimmed.isEmpty { trimmed = [fallback] }
    for docLine in trimmed { line(docLine.isEmpty ? "///" : "/// " + docLine) }
  }

  /// Appends `opening`, the body one level deeper, then `closing`.
  mutating func block(_ opening: String, closing: String = "}", _ body: (inout CodeWriter) throws -> Void) rethrows {
    line(opening)
    let saved = indentation
    indentation += "  "
    try body(&self)
    indentation = saved
    line(closing)
  }

  /// Appends a `switch` whose `case` lines sit at the switch's own indentation, as Swift style has them.
  mutating func switchBlock(_ opening: String, _ body: (inout CodeWriter) throws -> Void) rethrows {
    line(opening)
    try body(&self)
    line("}")
  }
}
