import Foundation

/// Reading a message for what the policy needs beyond the NLU: yes/no, references to earlier results
/// ("the second one", "that order"), bare order numbers, search refinements, small talk.
enum TurnReading {
  static func words(_ text: String) -> [String] {
    text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" && $0 != "#" }.map(String.init)
  }

  static let yes: Set<String> = ["yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "confirm", "confirmed", "correct",
                                 "please", "absolutely", "definitely",
                                 // German, French and Spanish: a yes or no needs no English (ForeignLanguage).
                                 "ja", "oui", "sí"]
  static let no: Set<String> = ["no", "n", "nope", "nah", "don't", "dont", "stop", "keep", "never", "not", "nein", "non"]

  /// True for a yes, false for a no, nil when the message is neither.
  static func confirmation(_ text: String) -> Bool? {
    let words = words(text)
    guard !words.isEmpty, words.count <= 8 else { return nil }
    let saysNo = words.contains { no.contains($0) }
    let saysYes = words.contains { yes.contains($0) } || text.lowercased().contains("go ahead") || text.lowercased().contains("do it")
    if saysNo { return false }
    return saysYes ? true : nil
  }

  static let ordinals: [String: Int] = ["first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3,
                                        "4th": 3, "fifth": 4, "5th": 4,
                                        // German, French and Spanish picks ("la primera", "die zweite", "la première").
                                        "erste": 0, "ersten": 0, "zweite": 1, "zweiten": 1, "dritte": 2, "dritten": 2,
                                        "première": 0, "premiere": 0, "deuxième": 1, "deuxieme": 1, "troisième": 2,
                                        "primero": 0, "primera": 0, "segundo": 1, "segunda": 1, "tercero": 2, "tercera": 2]

  /// The index of "the second one", "#3", "number 2"; -1 for "the last one".
  static func ordinal(_ text: String) -> Int? {
    let words = words(text)
    for word in words {
      if let index = ordinals[word] { return index }
      if word == "last" { return -1 }
      if word.hasPrefix("#"), let n = Int(word.dropFirst()), (1...9).contains(n) { return n - 1 }
    }
    return nil
  }

  /// The text with apostrophes dropped, so "what's" or "don't" is one word.
  static func joiningContractions(_ text: String) -> String {
    text.filter { $0 != "'" && $0 != "’" }
  }

  /// Words that name the order in focus besides "it" ("that order", "the order"); "change the address" (a quick reply
  /// after an answer about an order) is that order's address.
  static let focusPhrases = [" that order ", " this order ", " that one ", " this one ", " same order ", " the order ", " the address ",
                             " the delivery address ", " the shipping address "]

  /// "that order", "this order", "it", "the same one": the order in focus.
  static func refersToFocus(_ text: String) -> Bool {
    let lower = " " + words(text).joined(separator: " ") + " "
    return lower.contains(" it ") || focusPhrases.contains { lower.contains($0) }
  }

  /// Whether only "it" names the order in focus (no "that order", no place, no "my latest", no number): in a longer
  /// message "it" may be an item the message names.
  static func namesTheFocusOnlyByIt(_ text: String) -> Bool {
    let lower = " " + words(text).joined(separator: " ") + " "
    return lower.contains(" it ") && !focusPhrases.contains { lower.contains($0) } && ordinal(text) == nil && !asksForLatest(text)
      && bareOrderNumber(text) == nil
  }

  /// A token that looks like an order number on its own ("10042", "ORD-20931") when the policy asked for one.
  static func bareOrderNumber(_ text: String) -> String? {
    let tokens = text.split { $0 == " " || $0 == "," || $0 == "?" || $0 == "!" || $0 == ":" }.map { String($0).trimmingPunctuation }
    let candidates = tokens.filter { token in
      let digits = token.filter(\.isNumber).count
      return digits >= 3 && token.count <= 40 && token.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
    }
    return candidates.count == 1 ? candidates[0] : nil
  }

  /// Refinement of the last search: cheaper, pricier.
  enum PriceRefinement { case cheaper, pricier }

  static func priceRefinement(_ text: String) -> PriceRefinement? {
    let lower = text.lowercased()
    if ["cheaper", "less expensive", "lower price", "more affordable", "budget"].contains(where: lower.contains) { return .cheaper }
    if ["pricier", "more expensive", "higher end", "premium"].contains(where: lower.contains) { return .pricier }
    return nil
  }

  /// Words of a product phrase that ask for low prices rather than name the product.
  static let cheapWords: Set<String> = ["cheapest", "cheap", "cheaper", "inexpensive", "affordable", "budget", "lowest", "low-cost"]

  /// A product phrase without its words asking for low prices ("cheapest laptops" -> "laptops"), and whether it had
  /// one (the results are then sorted cheapest first); the phrase as it is when nothing else is left.
  static func withoutPriceOrder(_ phrase: String) -> (text: String, cheapestFirst: Bool) {
    let kept = phrase.split(separator: " ").filter { !cheapWords.contains(words(String($0)).joined(separator: " ")) }
    guard kept.count < phrase.split(separator: " ").count, !kept.isEmpty else { return (phrase, false) }
    return (kept.joined(separator: " "), true)
  }

  /// "The second one", "number 3", "the last one please": a pick from a list and nothing else.
  static func isOnlyAPick(_ text: String) -> Bool {
    let words = words(text)
    // "What about the third one?", "and the second?": a pick asked as a question.
    let filler: Set<String> = ["the", "one", "number", "order", "no", "please", "that", "this", "pls", "item", "last", "what", "about",
                               "and", "how", "then",
                               // Articles of a pick in German, French and Spanish ("la primera", "die zweite").
                               "la", "le", "el", "die", "der", "das", "den"]
    return ordinal(text) != nil && words.count <= 5
      && words.allSatisfy { filler.contains($0) || ordinals[$0] != nil || ($0.hasPrefix("#") && $0.count <= 3) }
  }

  /// "Delete my account", "close it", "erase my data": the message asks for an account's end.
  static func asksForDeletion(_ text: String) -> Bool {
    words(text).contains {
      ["delete", "deleting", "deleted", "deletion", "close", "closing", "remove", "erase", "erasure", "deactivate", "cancel",
       "terminate", "gdpr", "forget", "suspend", "wipe"].contains($0)
    }
  }

  /// "Change my e-mail", "my phone number is new", "unsubscribe me": the message asks to alter something.
  static func asksForChange(_ text: String) -> Bool {
    words(text).contains {
      ["change", "changed", "update", "updated", "edit", "new", "set", "add", "remove", "switch", "modify", "correct", "wrong",
       "replace", "unsubscribe", "subscribe", "merge", "move", "rename", "different"].contains($0)
    }
  }

  /// "Charged twice", "a duplicate charge", "billed again", "overcharged": the message says a charge is doubled.
  static func saysChargedTwice(_ text: String) -> Bool {
    words(text).contains {
      ["twice", "double", "doubled", "duplicate", "duplicated", "again", "two", "2x", "overcharged", "extra", "second", "multiple"].contains($0)
    }
  }

  /// "Has my payment for order 123 gone through?", "was I charged for it?", "payment status of 123": the message asks
  /// about an order's payment, not about a failed checkout ("my payment was declined") nor the order's state ("I paid
  /// but it hasn't come": "paid" alone says the payment was made).
  static func asksAboutPayment(_ text: String) -> Bool {
    let words = words(text)
    let failed = words.contains { ["failed", "fails", "declined", "rejected", "error", "denied", "bounced"].contains($0) }
    return !failed && words.contains { ["payment", "payments", "charged", "charge", "billed", "debited"].contains($0) }
  }

  /// "How does buying work?", "how do I buy something here", "how do I place an order": a shopper asks how buying
  /// works, not about an order of theirs (no word of a request on one: cancel, return, track...).
  static func asksHowBuyingWorks(_ text: String) -> Bool {
    let words = words(text)
    let spaced = " " + words.joined(separator: " ") + " "
    let buying = words.contains { ["buy", "buying", "purchase", "purchasing", "checkout", "shopping"].contains($0) }
      || [" place an order ", " make an order ", " order something ", " place order "].contains(where: spaced.contains)
      // A newcomer's "it's my first time here, how does this work".
      || [" first time ", " new here ", " never bought ", " never ordered ", " never shopped "].contains(where: spaced.contains)
    let aboutAnOrder = words.contains { ["cancel", "return", "refund", "track", "where", "status", "change", "deliver", "delivered"].contains($0) }
    return words.contains("how") && buying && !aboutAnOrder
  }

  /// "My latest order", "the most recent one", "my newest order", "my last order": the newest order is meant ("the last
  /// one" of a list shown is that list's last, so "last" counts only after "my").
  static func asksForLatest(_ text: String) -> Bool {
    let words = words(text)
    return words.contains { ["latest", "newest", "recent"].contains($0) }
      || zip(words, words.dropFirst()).contains { $0 == "my" && $1 == "last" }
  }

  /// "What orders do I have?", "show me my orders", "my order history": the list of orders is asked for.
  static func asksForOrderList(_ text: String) -> Bool {
    let words = words(text)
    return words.contains("orders") || (words.contains("order") && words.contains("history"))
      || words.contains("purchases")
  }

  /// "When will I get my money back?", "is the refund through?": the message asks about a refund.
  static func asksAboutRefund(_ text: String) -> Bool {
    words(text).contains { ["refund", "refunds", "refunded", "money", "reimbursed", "reimbursement", "repaid"].contains($0) }
  }

  /// "What's the status of ...", "where is ...": the message asks an order's state (beside what else it asks).
  static func asksForState(_ text: String) -> Bool {
    words(text).contains { ["status", "where", "state", "shipped"].contains($0) }
  }

  /// Words that make an order-status question a tracking question.
  static func asksForTracking(_ text: String) -> Bool {
    words(text).contains { ["track", "tracking", "parcel", "package", "shipment", "delivery", "courier"].contains($0) }
  }

  /// Thanks and goodbyes, answered without the NLU's help (the intent model has no class for them).
  static func smallTalk(_ text: String) -> String? {
    let words = words(text)
    guard !words.isEmpty, words.count <= 5 else { return nil }
    if words.contains(where: { ["thanks", "thank", "thx", "cheers"].contains($0) }) { return "You're welcome! Anything else I can help with?" }
    if words.contains(where: { ["bye", "goodbye", "ciao"].contains($0) }) { return "Goodbye! Come back any time." }
    return nil
  }

  /// A user's words as a reply may quote them (a search, an address): without angle brackets, so no reply
  /// carries markup whatever the client does with it.
  static func quotable(_ text: String) -> String {
    guard text.contains(where: { $0 == "<" || $0 == ">" }) else { return text }
    return text.split { $0 == "<" || $0 == ">" || $0.isWhitespace }.joined(separator: " ")
  }

  /// The new address in "change the address of order 123 to 5 Rue X, Lyon": the text after the last " to ".
  static func address(in text: String) -> String? {
    guard let range = text.range(of: " to ", options: [.caseInsensitive, .backwards]) else { return nil }
    let tail = text[range.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
    // "I need to change the address of order 123" has " to " too: an address has a comma or starts with
    // a house number, and does not talk about orders or addresses.
    let lower = tail.lowercased()
    guard tail.count >= 8, tail.contains(where: \.isNumber), tail.contains(",") || tail.first?.isNumber == true,
          !lower.contains("order"), !lower.contains("address") else { return nil }
    return String(tail.prefix(300))
  }
}

extension String {
  fileprivate var trimmingPunctuation: String {
    var s = Substring(self)
    while let c = s.first, c.isPunctuation && c != "#" { s = s.dropFirst() }
    while let c = s.last, c.isPunctuation { s = s.dropLast() }
    if s.hasPrefix("#") { s = s.dropFirst() }
    return String(s)
  }
}
