/// The shop's own prefix retyped from a screen with the digits regrouped (issue 12, branch ordnum34):
/// "ORD-55 01 92", "ORD-4 471 920" are ORD-550192 and ORD-4471920 read out in twos and threes.
extension ReferenceNumbers {
  /// The last group's index when `tokens[i]` is "ORD", an optional dash and one to three digits, and one-space
  /// digit groups follow with five digits or more in all; nil otherwise.
  static func prefixWithGroups(_ tokens: [Token], at i: Int) -> Int? {
    let t = tokens[i]
    let s = Array(t.text.uppercased().unicodeScalars)
    guard t.isWord, s.count >= 4, Array(s.prefix(3)) == Array("ORD".unicodeScalars) else { return nil }
    let tail = s.dropFirst(3).drop { $0 == "-" }
    guard s.count - tail.count <= 4, (1...3).contains(tail.count), tail.allSatisfy({ ("0"..."9").contains($0) })
    else { return nil }
    var k = i + 1, digits = tail.count
    while k < tokens.count, group(tokens[k], after: tokens[k - 1], type: "order_number") {
      digits += digitCount(tokens[k].text)
      k += 1
    }
    // A count after the groups ("ORD-1 20 boxes") makes them a quantity.
    if k < tokens.count, countedNoun(tokens[k]) { return nil }
    return k > i + 1 && digits >= 5 ? k - 1 : nil
  }
}
