/// A reply's text as `mesh chat` prints it while it streams. A search's reply lists its products as
/// numbered lines ("1. Title: €12.50") and carries them again as cards, which `mesh chat` prints with more
/// (listing id, price with its currency, rating): so once a numbered line begins, the rest of the text is
/// held until the final message, and the numbered lines that are its cards are left out. Everything else
/// prints as it arrives, in order. Pure: fed text in, text to print out.
struct ChatReplyText {
  /// The start of the current line, not printed yet because it may begin a numbered line.
  private var pending = ""
  /// Whether the next character of the text starts a line.
  private var atTextLineStart = true
  /// Whether a numbered line began: from there on, the text waits for `finish`.
  private var holding = false
  private var held = ""
  /// Whether what was printed ends with a newline (false at first: the "assistant> " prefix precedes it).
  private(set) var endsLine = false

  /// Takes a piece of the text; returns what can be printed now.
  /// - Parameter delta: the next piece of the reply's text.
  mutating func append(_ delta: String) -> String {
    var out = ""
    for character in delta {
      if holding {
        held.append(character)
      } else if pending.isEmpty && !atTextLineStart {
        out.append(character)
        atTextLineStart = character == "\n"
      } else {
        pending.append(character)
        switch Self.numbering(pending) {
        case .begun:
          holding = true
          held = pending
          pending = ""
        case .undecided:
          break
        case .not:
          out += pending
          pending = ""
          atTextLineStart = character == "\n"
        }
      }
    }
    if let last = out.last { endsLine = last == "\n" }
    return out
  }

  /// The rest of the text once the final message is in: the held lines, without those that are the cards.
  /// - Parameter cardTitles: the titles of the reply's product cards, in order (none when it has none).
  mutating func finish(cardTitles: [String]) -> String {
    var lines = (held + pending).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    (held, pending, holding, atTextLineStart) = ("", "", false, true)
    lines.removeAll { line in
      cardTitles.enumerated().contains { line.hasPrefix("\($0.offset + 1). \($0.element)") }
    }
    // Nothing but the line ends of the cards' lines: nothing to print.
    let out = lines.allSatisfy(\.isEmpty) ? "" : lines.joined(separator: "\n")
    if let last = out.last { endsLine = last == "\n" }
    return out
  }

  private enum Numbering { case begun, undecided, not }

  /// Whether `line` (the start of a line) begins "N. ", could still, or cannot.
  private static func numbering(_ line: String) -> Numbering {
    guard line.last != "\n" else { return .not }
    var digits = 0
    var index = line.startIndex
    while index < line.endIndex, line[index].isASCII, line[index].isNumber {
      digits += 1
      index = line.index(after: index)
    }
    if digits == 0 { return line.isEmpty ? .undecided : .not }
    if index == line.endIndex { return .undecided }
    guard line[index] == "." else { return .not }
    index = line.index(after: index)
    if index == line.endIndex { return .undecided }
    return line[index] == " " ? .begun : .not
  }
}
