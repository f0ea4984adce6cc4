/// Order references a chat gives by what is done with them rather than by a cue word (issue 12, branch ord41b,
/// commerce-chat-dev's mid-chat follow-ups and sellers' questions): "pls check this one too 2025-77183", "how do i
/// mark 60127 as shipped", "swap the item in QP-80014", "human agent for A10-44190", and a
/// number set off after an order was asked about earlier in a long message ("cancel the order for my granddad, …,
/// number 61772"). Something added to an order ("add gift wrap to 20987") is read by `addedTo` (ord41's).
extension ReferenceNumbers {
  /// Words before "one" that make it an order already talked about: "this one too", "the other one".
  static let followUpPointers: Set<String> = ["this", "that", "other", "next", "last"]
  /// Words between such a "one" and its reference: "this one too: 2025-77183", "that one as well 55120".
  static let followUpLinks: Set<String> = ["too", "also", "as", "well", "is", "it's", "its", ",", ":", "-"]
  /// What a seller marks an order as: "mark 60127 as shipped".
  static let orderStates: Set<String> = ["shipped", "dispatched", "sent", "delivered", "posted", "complete", "completed",
                                         "fulfilled", "received", "paid", "returned", "refunded", "cancelled", "canceled"]
  /// Things inside an order: "the item in QP-80014" is the order's item, the code the order's.
  static let orderContents: Set<String> = ["item", "items", "product", "products", "thing", "things", "stuff"]
  /// People a customer asks for: "human agent for A10-44190" asks about the order, it is no agent's number.
  static let helpers: Set<String> = ["agent", "human", "person", "someone", "somebody", "rep", "representative",
                                     "operator", "manager", "supervisor",
                                     // The chat's own assistant (branch ord43, dev10): "back and forth with the bot about 88407".
                                     "bot", "chatbot"]

  /// The order reference that a chat phrase at `i` introduces, and the last token used; nil when none does.
  static func chatReference(_ tokens: [Token], at i: Int) -> (found: [Found], last: Int)? {
    guard tokens[i].isWord, let j = followUp(tokens, at: i) ?? markedAs(tokens, at: i)
      ?? inOrFor(tokens, at: i) ?? setOffNumber(tokens, at: i) ?? oneOfSeveral(tokens, at: i) ?? numberThenOne(tokens, at: i),
      chatReferenceFits(tokens, j) else { return nil }
    return ([Found(type: "order_number", start: tokens[j].start, end: tokens[j].end, value: tokens[j].text)], j)
  }

  /// "this one too 2025-77183", "the other one: 55120": where the reference after such a "one" starts.
  static func followUp(_ tokens: [Token], at i: Int) -> Int? {
    guard tokens[i].lower == "one", i > 0, followUpPointers.contains(tokens[i - 1].lower) else { return nil }
    var j = i + 1
    while j < tokens.count, j <= i + 3, followUpLinks.contains(tokens[j].lower) { j += 1 }
    return j
  }

  /// "mark 60127 as shipped": the number between "mark" and "as" and a state of an order.
  static func markedAs(_ tokens: [Token], at i: Int) -> Int? {
    guard tokens[i].lower == "mark", i + 3 < tokens.count, tokens[i + 2].lower == "as",
          orderStates.contains(tokens[i + 3].lower) else { return nil }
    return i + 1
  }

  /// "the item in QP-80014", "a human agent for A10-44190": the code after "in" or "from" that follows what an
  /// order holds, or after "for", "about" or "with" that follows a person asked for.
  static func inOrFor(_ tokens: [Token], at i: Int) -> Int? {
    guard i > 0 else { return nil }
    let before = tokens[i - 1].lower, word = tokens[i].lower
    let contained = orderContents.contains(before) && ["in", "from", "on"].contains(word)
    let askedAbout = helpers.contains(before) && ["for", "about", "with", "regarding"].contains(word)
    return contained || askedAbout ? i + 1 : nil
  }

  /// ", number 61772,": a number word right after a comma, in a message that asked about an order before it and
  /// names no phone, the number ending its clause. Only a bare number of five digits or more (`chatReferenceFits`).
  static func setOffNumber(_ tokens: [Token], at i: Int) -> Int? {
    guard numberWords.contains(tokens[i].lower), i > 0, tokens[i - 1].text == ",",
          tokens[..<i].contains(where: { orderMentions.contains($0.lower) }),
          !tokens.contains(where: { phoneWords.contains($0.lower) }), i + 1 < tokens.count, !tokens[i + 1].hasLetter
    else { return nil }
    let end = i + 2
    return end >= tokens.count || [",", ".", "!", "?", ";"].contains(tokens[end].text) ? i + 1 : nil
  }

  /// Whether the token at `j` can be the order reference these phrases introduce: a bare number of five digits or
  /// more that counts nothing and is no amount, or a code of letters and four digits or more that is no product's
  /// code or measure; neither part of an address nor named as another kind of number after it.
  static func chatReferenceFits(_ tokens: [Token], _ j: Int) -> Bool {
    guard j < tokens.count, tokens[j].isWord, tokens[j].hasDigit, identifier(tokens[j], type: "order_number"),
          !partOfAddress(tokens, j), !postcodeOrNamedAfter(tokens, j) else { return false }
    guard tokens[j].hasLetter else { return bareOrderNumber(tokens, at: j) != nil }
    return digitCount(tokens[j].text) >= 4 && !productCode(tokens[j].text) && !measure(tokens[j].text)
  }
}
