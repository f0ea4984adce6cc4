/// A refund's own reference (issue 12, branch ord36, from order-numbers-dev6's false finds "my refund number is
/// RF-44712" and "refund ref 5531920", and heldout13's read one "refund reference RF-2219-0031"): a number that
/// "refund" and a number word name ("refund no.", "refund ref", "refund ID") is the refund's, not the order's.
/// No intent has a slot for it (`refund.status` looks the refund up by its order), so it is left unmarked, as
/// the data sets' authors leave it. "refund status for K77120" and "refund 4471203" still give the order's: there
/// "refund" says what is done with the order, with no number word after it.
extension ReferenceNumbers {
  /// Words for a refund that a number word after them makes the name of its reference.
  static let refundWords: Set<String> = ["refund", "refunds", "refund's", "refund’s", "reimbursement"]

  /// Words of a refund's state between it and its number word: "you said refund issued, ref RF-30012" (branch ord45,
  /// heldout28).
  static let refundStates: Set<String> = ["issued", "processed", "sent", "approved", "confirmed", "initiated", "completed"]

  /// Whether the word at `k` is a refund word followed by a number word, or by its state and a comma first:
  /// "[refund] number", "[refund] ref", "[refund] (was) issued, ref".
  static func refundNamed(_ tokens: [Token], _ k: Int) -> Bool { refundNumberWord(tokens, k) != nil }

  /// The index of the number word that names the refund at `k` its reference (`refundNamed`).
  static func refundNumberWord(_ tokens: [Token], _ k: Int) -> Int? {
    guard k >= 0, k + 1 < tokens.count, refundWords.contains(tokens[k].lower) else { return nil }
    var j = k + 1
    if j + 1 < tokens.count, ["was", "is", "has", "been"].contains(tokens[j].lower), refundStates.contains(tokens[j + 1].lower) { j += 1 }
    if refundStates.contains(tokens[j].lower) {
      // The state and a comma: "refund issued, ref …"; "refund issued ref" runs on as the refund's number too.
      j += 1
      if j < tokens.count, tokens[j].text == "," { j += 1 }
    }
    // "refund number", "refund ref", "refund ID", "refund code"; not "#": "refund #55120" asks for order 55120's refund.
    return j < tokens.count && kindNamingWords.contains(tokens[j].lower) ? j : nil
  }
}
