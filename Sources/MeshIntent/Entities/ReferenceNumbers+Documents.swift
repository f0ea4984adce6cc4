/// A document or detail of an order asked for by the order's bare reference (issue 12, branch ord35, from
/// heldout17's miss "can i get the tracking number for W482910331"): "the tracking number for 4471203", "the
/// invoice of K7710294", "any eta for B7710233?". The thing asked for is the order's, so the number after "for",
/// "of" or "on" names the order, not a tracking or invoice number of its own.
extension ReferenceNumbers {
  /// What a customer asks for about an order, by the order's number.
  static let orderDetailWords: Set<String> = [
    "tracking", "trackin", "traking", "invoice", "inv", "receipt", "bill", "label", "eta", "confirmation",
    "paperwork",
    // The delivery address an order carries (branch ord39, heldout23's "CHANGE THE ADDRESS ON 20188"): changed or
    // asked about by the order's number.
    "address",
  ]
  /// Order words that ask for a detail of the order when a detail filler follows: "order details for 55120".
  static let detailOrderWords: Set<String> = ["order", "orders"]
  /// Words between the detail and its "for": "tracking *number* for", "tracking *no.* for", "tracking *link* for".
  /// "Please" too: "return label please for …" (branch ord39, heldout22).
  static let detailFillers: Set<String> = numberWords.union(pleaseWords).union([
    "details", "detail", "link", "info", "information", "code", "copy", "pdf", "date", "status", "update",
  ])

  /// The order number a detail word at `i` is asked for: the detail, at most two of `detailFillers` (and
  /// dots), "for", "of" or "on", then five digits or more, letters with four digits or more, or a letter before digit
  /// groups, which no shape makes a tracking number's and which is not money, a count, a year, a place or a carrier.
  static func detailFor(_ tokens: [Token], at i: Int, scalars: [Unicode.Scalar]) -> (found: [Found], last: Int)? {
    let w = tokens[i].lower
    guard tokens[i].isWord, orderDetailWords.contains(w) || containerCues.contains(w) || detailOrderWords.contains(w) else { return nil }
    var j = i + 1, skipped = 0
    while j < tokens.count, skipped < 3, detailFillers.contains(tokens[j].lower) || tokens[j].text == "." {
      j += 1
      skipped += 1
    }
    // "order details for 55120", "order status for 55120": the order word needs its detail (branch ord41).
    if detailOrderWords.contains(w) && !tokens[(i + 1)..<j].contains(where: \.isWord) { return nil }
    // "on" as in "the tracking on 4471203", "the address on 20188": what is printed on the order. A parcel is only
    // "for" an order ("the parcel for 45012", branch ord41): "the package of 12000" is no order's.
    let links: Set<String> = containerCues.contains(w) ? ["for"] : ["for", "of", "on"]
    let linked = j + 1 < tokens.count && links.contains(tokens[j].lower)
    // "RETURN LABEL PLEASE 2210" (branch ord41, heldout24): a document asked for politely, then the order's number.
    let polite = !linked && orderDetailWords.contains(w) && j < tokens.count
      && tokens[(i + 1)..<j].contains(where: { pleaseWords.contains($0.lower) })
    guard linked || polite else { return nil }
    let k = linked ? j + 1 : j
    // "tracking on USPS 9400 1000 …": where the detail is read, a carrier's site, not an order's reference.
    if carrierNames.contains(tokens[k].lower) { return nil }
    // "label please for w 5512 0983": a shop's letter written apart from its digit groups.
    if let end = letteredGroups(tokens, from: k) {
      let text = String(String.UnicodeScalarView(scalars[tokens[k].start..<tokens[end].end]))
      return ([Found(type: "order_number", start: tokens[k].start, end: tokens[end].end, value: text)], end)
    }
    let t = tokens[k]
    // "return label for RMA-2026-1187": a return's code names itself.
    guard identifier(t, type: "order_number"), !yearGroup(t.text), shape(t.text) != "tracking_number", !otherPrefixed(t.text),
          digitCount(t.text) >= 5 || t.hasLetter && digitCount(t.text) >= 4 || polite && digitCount(t.text) >= 4,
          // A carrier's tracking number is ten digits or more: asked for politely it is what the customer has.
          !(polite && !t.hasLetter && digitCount(t.text) >= 10), !partOfAddress(tokens, k),
          !postcodeOrNamedAfter(tokens, k), !countedAfter(tokens, k) else { return nil }
    if k + 1 < tokens.count {
      let next = tokens[k + 1]
      if next.hasDigit && next.start == t.end + 1 || Money.words[next.lower] != nil || Money.symbols[next.text] != nil {
        return nil
      }
    }
    return ([Found(type: "order_number", start: t.start, end: t.end, value: t.text)], k)
  }
}

/// A parcel named by the order's number (issue 12, branch ord36, order-numbers-dev6's "where is package 3381920?",
/// "shipment SH4471923 is stuck"): carriers' tracking numbers are ten characters or more (DHL's ten digits, UPU's
/// thirteen, UPS's eighteen, DPD's fourteen), so a shorter one after "parcel" or "package" is the order's
/// reference the customer calls the parcel by. Not after a carrier's name ("DHL parcel 55120931").
extension ReferenceNumbers {
  /// Tracking cues that name the thing sent rather than its tracking.
  static let containerCues: Set<String> = ["parcel", "package", "shipment", "consignment", "sendung", "colis", "envío"]
  /// Carriers before a container word: their parcel's number is theirs.
  static let carrierNames: Set<String> = carrierCompanies.union(["mail", "post", "royal", "courier", "carrier"])
  /// Carriers by their companies' names: a long number a few words after one, with no cue, is its tracking number
  /// whatever verb stands between ("DHL says 1234567890 delivered", branch ord38, dev8), where "my parcel is late
  /// 3391-220193" is about the order's parcel.
  static let carrierCompanies: Set<String> = ["ups", "usps", "dhl", "fedex", "dpd", "gls", "hermes", "evri", "postnl",
                                              "parcelforce", "yodel", "colissimo", "chronopost", "correos", "aramex",
                                              "purolator", "ontrac", "delhivery"]

  /// `found` after the cue at `i`, with a container's numbers under ten letters and digits, no carrier shape and no
  /// carrier before the cue given to the order.
  static func containerNumbers(_ found: [Found], _ tokens: [Token], cue i: Int) -> [Found] {
    guard containerCues.contains(tokens[i].lower), !(i > 0 && carrierNames.contains(tokens[i - 1].lower)) else { return found }
    return found.map { f in
      let characters = f.value.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.count
      guard f.type == "tracking_number", characters < 10, shape(f.value) == nil else { return f }
      var order = f
      order.type = "order_number"
      return order
    }
  }
}
