/// Reading a lowest rating from a shopper's words ("more than 4 stars", "rated above 4", "4 stars and up", "at least
/// 4.5 stars"): the marketplace rates listings from 0 to 5 to one decimal. This is for messages that ask for listings
/// by their rating (a follow-up to results, or a search); "I'd give it 2 stars" names no bound and is not read.
extension TurnReading {
  /// Words after which a rating is exceeded ("more than 4", "above 4"): the lowest wanted is a tenth above it.
  static let aboveCues: [[String]] = [["more", "than"], ["above"], ["over"], ["higher", "than"], ["better", "than"]]
  /// Words around a rating that is the lowest wanted itself ("at least 4", "4 or more", "4 and up", "min 4").
  static let atLeastCues: [[String]] = [["at", "least"], ["min"], ["minimum"], ["from"]]
  static let orMoreCues: [[String]] = [["or", "more"], ["or", "higher"], ["or", "better"], ["or", "above"], ["and", "up"],
                                       ["and", "above"], ["plus"]]
  /// Words that make a number a rating ("4 stars", "rated 4", "a rating of 4").
  static let ratingUnits: Set<String> = ["star", "stars"]
  static let ratingLeads: Set<String> = ["rated", "rating", "ratings", "reviews", "reviewed", "score", "scored"]

  /// The lowest rating the message asks for, nil when it asks for none: a number from 0 to 5 with a rating word
  /// beside it ("stars" after it, or "rated"/"rating" shortly before it) and a bound word ("more than", "at least",
  /// "or more", "+"). "More than 4" is 4.1: the marketplace's ratings have one decimal.
  static func ratingFloor(in text: String) -> Double? {
    // "4+ stars", "4.5★": the sign is a word of its own.
    let spaced = text.lowercased().replacingOccurrences(of: "+", with: " + ").replacingOccurrences(of: "★", with: " stars ")
    let tokens = spaced.split { $0.isWhitespace || (",!?;:()".contains($0)) }.map(String.init)
    for (at, token) in tokens.enumerated() {
      guard let value = Double(token), value.isFinite, (0...5).contains(value), token.count <= 3 else { continue }
      let before = Array(tokens[max(0, at - 4)..<at])
      var after = Array(tokens[(at + 1)...].prefix(4))
      let plus = after.first == "+"
      if plus { after.removeFirst() }
      let unit = after.first.map(ratingUnits.contains) == true
      guard unit || before.contains(where: ratingLeads.contains) else { continue }
      // The bound's words: just before the number, or after it and its unit ("4 stars or more").
      let tail = unit ? Array(after.dropFirst()) : after
      if aboveCues.contains(where: { before.ends(with: $0) }) { return min(5, ((value + 0.1) * 10).rounded() / 10) }
      if plus || atLeastCues.contains(where: { before.ends(with: $0) }) || orMoreCues.contains(where: { tail.starts(with: $0) }) { return value }
    }
    return nil
  }
}

extension Array where Element == String {
  fileprivate func ends(with suffix: [String]) -> Bool { count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix }
}
