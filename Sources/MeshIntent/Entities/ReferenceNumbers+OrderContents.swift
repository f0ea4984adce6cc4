/// A bare number the words around it make an order's with no order word (issue 12, branch ord44, order-numbers-dev11):
/// a thing that came in it ("returned the toddler shoes from 66218 (wrong size…)", "its the lamp from 88120, the shade
/// is broken", "the box for 88219 came but only 1 of 3 items inside") and its state asked about ("is 34412 out for
/// delivery today?"). A customer names the order by its number alone once it is what the chat is about.
extension ReferenceNumbers {
  /// Nouns before "from" that name where something else came from, not an order's item: "the call from 44120", "the
  /// refund from 55012", "the bus from 10115".
  static let notOrderItems: Set<String> = [
    "call", "calls", "text", "texts", "message", "messages", "email", "emails", "mail", "sms", "refund", "refunds",
    "payment", "payments", "transfer", "money", "charge", "charges", "bus", "train", "flight", "room", "page", "step",
    "version", "model", "size", "number", "price", "prices", "discount", "code", "one", "ones", "stuff", "anything",
  ]
  /// Nouns before "for" that hold an order's things: "the box for 88219".
  static let orderContainers: Set<String> = ["box", "boxes", "parcel", "parcels", "package", "packages", "packet", "bag",
                                             "envelope", "delivery", "shipment"]
  /// Words after the number that go on about the thing or its order: "the box for 88219 came but …".
  static let orderStateVerbs: Set<String> = [
    "came", "come", "arrived", "arrive", "is", "was", "has", "had", "got", "never", "still", "didnt", "didn't", "hasnt",
    "hasn't", "wasnt", "wasn't", "isnt", "isn't", "broke", "broken", "and",
  ]

  /// The index of the order number at `i + 1` when `tokens[i]` is "from" after a thing named with "the", "my" or "our"
  /// (one to three words before), or "for" after a box or parcel so named: a bare number of five digits or more, then
  /// a symbol, the end or one of `orderStateVerbs`, and no place, kind or range after it.
  static func orderOfThing(_ tokens: [Token], at i: Int) -> Int? {
    let link = tokens[i].lower
    guard link == "from" || link == "for", i > 0, tokens[i - 1].isWord, !tokens[i - 1].hasDigit,
          let j = bareOrderNumber(tokens, at: i + 1), !postcodeOrNamedAfter(tokens, j) else { return nil }
    // Digits only: "555-0188" is a phone's, "2024-11" a month.
    guard digitCount(tokens[j].text) == tokens[j].text.unicodeScalars.count else { return nil }
    let noun = tokens[i - 1].lower
    // A past verb before "from" says where someone acted from: "the driver called from 5550188".
    guard link == "from" ? !notOrderItems.contains(noun) && cues[noun] == nil && !noun.hasSuffix("ed") : orderContainers.contains(noun)
    else { return nil }
    var k = i - 1, words = 0, named = false
    while k >= 0, words < 4, tokens[k].isWord, !tokens[k].hasDigit {
      if ["the", "my", "our"].contains(tokens[k].lower) { named = true; break }
      if otherNumberWords.contains(tokens[k].lower) { return nil }
      words += 1
      k -= 1
    }
    guard named, words >= 1 else { return nil }
    if j + 1 < tokens.count, tokens[j + 1].isWord, !orderStateVerbs.contains(tokens[j + 1].lower) { return nil }
    // "from 10000 - 20000": a range, not a reference.
    if j + 1 < tokens.count, ["-", "–"].contains(tokens[j + 1].text) { return nil }
    return j
  }

  /// Words that say where an order stands: a seller's `orderStates` and a waiting customer's "is 34412 out for
  /// delivery", "is 55120 stuck".
  static let askedStates: Set<String> = orderStates.union(["out", "coming", "arriving", "here", "ready", "lost", "stuck",
                                                           "processing", "packed", "delayed", "on"])

  /// The index of the number in a question that opens the message or a sentence with "is" or "has" and asks where that
  /// number stands: "is 34412 out for delivery today?", "has 552091 shipped?". Five digits or more, then one of
  /// `askedStates`.
  static func stateAsked(_ tokens: [Token], at i: Int) -> Int? {
    guard ["is", "has"].contains(tokens[i].lower), i == 0 || [".", "?", "!", ","].contains(tokens[i - 1].text),
          let j = bareOrderNumber(tokens, at: i + 1), j + 1 < tokens.count, askedStates.contains(tokens[j + 1].lower)
    else { return nil }
    return j
  }
}
