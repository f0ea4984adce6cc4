import Foundation

/// Reading a short answer that is not to a question asked: a bare "no" or "yes", a correction ("no wait, the first
/// one"), and whether a message answering "which order?" says more than which.
extension TurnReading {
  /// "No", "nope", "no that's all": a no and nothing else, said when nothing was asked (a no to a question is
  /// `confirmation`).
  static func isBareNo(_ text: String) -> Bool {
    let words = words(text)
    let filler: Set<String> = ["no", "nope", "nah", "that", "s", "thats", "is", "it", "all", "i", "m", "im", "good", "fine", "ok", "okay",
                               "for", "now", "just", "nothing", "else", "not", "really", "right", "set", "done", "we", "re"]
    guard let first = words.first, ["no", "nope", "nah"].contains(first), words.count <= 6 else { return false }
    return words.allSatisfy(filler.contains)
  }

  /// "Yes", "yes please", "ok sure": a yes and nothing else.
  static func isBareYes(_ text: String) -> Bool {
    let words = words(text)
    return !words.isEmpty && words.count <= 4 && words.contains(where: yes.contains)
      && words.allSatisfy { yes.contains($0) || ["do", "it", "go", "ahead", "that", "s", "fine", "great", "thanks"].contains($0) }
  }

  /// Words that open a correction ("no wait, order 10043", "sorry, I meant the blue one", "actually 12 Oak Street").
  static let correctionOpeners: Set<String> = ["no", "nope", "wait", "sorry", "actually", "oops", "i", "im", "meant", "mean", "hold", "on",
                                               "um", "hmm", "oh", "not", "that", "thats", "it", "its", "was"]
  /// The openers that make a no a correction rather than a refusal ("no, keep it" refuses; "no wait, ..." corrects).
  static let correctionMarkers: Set<String> = ["wait", "sorry", "actually", "oops", "meant", "mean"]

  /// What a correction says instead (the user's words after "no wait,", as typed); nil when the message opens with
  /// no correction marker or says nothing after it.
  static func correction(_ text: String) -> String? {
    var rest = Substring(text)
    var marked = false
    while true {
      let trimmed = rest.drop { $0.isWhitespace || $0 == "," || $0 == "." || $0 == "!" || $0 == "-" || $0 == ":" }
      let token = trimmed.prefix { !$0.isWhitespace && $0 != "," && $0 != "." && $0 != "!" && $0 != ":" }
      let word = token.lowercased().replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "\u{2019}", with: "")
      guard !token.isEmpty, correctionOpeners.contains(word) else {
        rest = trimmed
        break
      }
      marked = marked || correctionMarkers.contains(word)
      rest = trimmed.dropFirst(token.count)
    }
    guard marked, !words(String(rest)).isEmpty else { return nil }
    return String(rest)
  }

  /// Whether a message says more than which order ("cancel ORD-1", "was I charged twice for it?", not "the second
  /// one", "it's order 10042 please"): words besides a reference, an order number and filler.
  static func saysMoreThanAReference(_ text: String) -> Bool {
    let filler: Set<String> = ["the", "one", "order", "number", "no", "nr", "it", "its", "s", "that", "this", "please", "pls", "my", "is",
                               "was", "i", "mean", "meant", "for", "of", "a", "ok", "okay", "yes", "sure", "oh", "um", "last", "other", "same"]
    return words(text).contains { word in
      !filler.contains(word) && ordinals[word] == nil && !word.hasPrefix("#") && word.filter(\.isNumber).count < 3
    }
  }
}
