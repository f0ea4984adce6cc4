/// The recursive-descent parser of `PathTemplate`'s grammar.
struct PathTemplateParser {
  private let text: String
  private let characters: [Character]
  private var position = 0
  private var segments: [PathTemplate.Segment] = []
  private var variables: [PathTemplate.Variable] = []

  init(text: String) {
    self.text = text
    self.characters = Array(text)
  }

  private func error(_ reason: String) -> PathTemplateError {
    PathTemplateError(template: text, reason: reason)
  }

  private var current: Character? { position < characters.count ? characters[position] : nil }

  mutating func parse() throws(PathTemplateError) -> (segments: [PathTemplate.Segment],
                                                        variables: [PathTemplate.Variable], verb: String?) {
    guard current == "/" else { throw error("it must start with /") }
    position += 1
    try parseSegments(inVariable: false)
    var verb: String?
    if current == ":" {
      position += 1
      let literal = readLiteral()
      guard !literal.isEmpty else { throw error("an empty verb after :") }
      verb = literal
    }
    guard position == characters.count else {
      throw error("unexpected \"\(characters[position])\" at offset \(position)")
    }
    if let multi = segments.firstIndex(of: .multi), multi != segments.count - 1 {
      throw error("** must be the last segment")
    }
    var seen = Set<[String]>()
    for variable in variables where !seen.insert(variable.fieldPath).inserted {
      throw error("the variable \(variable.fieldPath.joined(separator: ".")) is bound twice")
    }
    return (segments, variables, verb)
  }

  private mutating func parseSegments(inVariable: Bool) throws(PathTemplateError) {
    while true {
      try parseSegment(inVariable: inVariable)
      guard current == "/" else { return }
      position += 1
    }
  }

  private mutating func parseSegment(inVariable: Bool) throws(PathTemplateError) {
    switch current {
    case "*":
      position += 1
      if current == "*" {
        position += 1
        segments.append(.multi)
      } else {
        segments.append(.single)
      }
    case "{":
      guard !inVariable else { throw error("variables must not nest") }
      position += 1
      try parseVariable()
    default:
      let literal = readLiteral()
      guard !literal.isEmpty else {
        throw error(current.map { "unexpected \"\($0)\" at offset \(position)" } ?? "an empty segment at the end")
      }
      segments.append(.literal(literal))
    }
  }

  private mutating func parseVariable() throws(PathTemplateError) {
    var fieldPath: [String] = []
    repeat {
      if !fieldPath.isEmpty { position += 1 }  // the "."
      let start = position
      while let character = current, character.isASCII, character.isLetter || character.isNumber || character == "_" {
        position += 1
      }
      let identifier = String(characters[start..<position])
      guard let first = identifier.first, !first.isNumber else {
        throw error("a variable needs a field name at offset \(start)")
      }
      fieldPath.append(identifier)
    } while current == "."
    let first = segments.count
    if current == "=" {
      position += 1
      try parseSegments(inVariable: true)
    } else {
      segments.append(.single)
    }
    guard current == "}" else { throw error("expected } at offset \(position)") }
    position += 1
    variables.append(PathTemplate.Variable(fieldPath: fieldPath, segments: first..<segments.count))
  }

  /// A run of characters that may appear in a literal: anything but the template's own syntax.
  private mutating func readLiteral() -> String {
    let start = position
    while let character = current, !"/{}*:=".contains(character), character != "?", character != "#" {
      position += 1
    }
    return String(characters[start..<position])
  }
}
