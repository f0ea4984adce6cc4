/// Numbers shaped like order references that the words around them make something else (issue 12, branch
/// nluheld10, from probes): a product's model code before the product it names ("RTX-40700 card"), a bulk
/// quantity after "order" used as a verb ("to order 10000 stickers"), and a bare "ID 20241" in a message
/// that says nothing of an order (a user's, an employee's or a product's ID as much as an order's).
extension ReferenceNumbers {
  /// Products and product words that a model code is written before: "RTX-40700 card", "XPS-15900 laptop".
  /// An order code is followed by what happened to it ("WEB778812 has this been dispatched", "BK-339102 is
  /// late"), not by a product it qualifies.
  static let modelNouns: Set<String> = [
    "card", "gpu", "cpu", "graphics", "laptop", "notebook", "phone", "smartphone", "tablet", "tv", "television",
    "monitor", "screen", "display", "camera", "lens", "printer", "router", "modem", "drive", "ssd", "hdd", "disk",
    "chip", "processor", "motherboard", "console", "controller", "headphones", "headset", "earbuds", "speaker",
    "speakers", "soundbar", "watch", "smartwatch", "charger", "cable", "battery", "adapter", "keyboard", "mouse",
    "vacuum", "fridge", "freezer", "dishwasher", "washer", "dryer", "oven", "microwave", "blender", "kettle",
    "toaster", "drill", "mower", "bike", "scooter", "model", "series", "edition", "version", "variant",
    "unit", "device", "machine", "kit", "lamp", "projector", "amp", "amplifier", "receiver", "mic", "microphone",
  ]

  /// Whether the word right after the code at `i` is a product it names: "my RTX-40700 card".
  static func modelCode(_ tokens: [Token], _ i: Int) -> Bool {
    guard i + 1 < tokens.count, tokens[i + 1].isWord, tokens[i + 1].start == tokens[i].end + 1 else { return false }
    return modelNouns.contains(tokens[i + 1].lower)
  }

  /// Words before an order cue that make it the verb "to order" or "to buy", not the noun: "want to order
  /// 10000 stickers", "can i order", "we order 20000 labels a month".
  static let verbOpeners: Set<String> = pleaseWords.union([
    "to", "i", "we", "i'd", "we'd", "i’d", "we’d", "i'll", "we'll", "can", "could", "would", "will", "should",
    "may", "might", "must", "wanna", "gonna", "also", "and", "then", "just", "let's",
  ])

  /// Whether the number at `j`, which a plural follows, counts things although it is 10,000 or more: the cue
  /// at `cue` is a verb ("i want to order 10000 stickers") or the number is a round bulk figure ("order 25000
  /// flyers"). An identifier before a verb in -s ("purchase 61230 ships") is neither.
  static func bulkCount(_ tokens: [Token], _ j: Int, cue: Int) -> Bool {
    let t = tokens[j]
    guard t.isWord, !t.hasLetter, let n = Int(t.text), !t.text.hasPrefix("0"), n < 10_000_000 else { return false }
    if t.text.hasSuffix("000") { return true }
    guard cue >= 1, buyingVerbs.contains(tokens[cue].lower) else { return false }
    return verbOpeners.contains(tokens[cue - 1].lower)
  }

  /// Words that make a message one about an order for a weak cue's bare digits: the order topic words, and
  /// the questions asked about one ("ID: 55012 where is it", "ref 884412 any news").
  static let weakCueContext: Set<String> = orderTopicWords.union([
    "where", "news", "update", "updates", "eta", "tracking", "track", "when", "placed", "confirmation", "dispatch",
  ])

  /// Services billed by companies other than a shop: a weak cue's reference in a message naming one is theirs.
  static let otherProviders: Set<String> = ["water", "electricity", "electric", "gas", "energy", "utility", "utilities",
                                            "council", "broadband", "insurance", "insurer", "landlord", "mortgage"]

  /// Words only a shop's order has: a bill's words ("charged", "billed", "refund") are the providers' too.
  static let shopOrderWords: Set<String> = boughtWords.union(["delivery", "delivered", "parcel", "package", "shipped",
                                                              "shipping", "item", "items"])

  /// Whether the message is about another provider's bill, not an order (branch ord41, heldout25's "my water company
  /// overcharged me, ref WTR-2291-004"): it names one of `otherProviders` and none of `shopOrderWords`.
  static func otherProviderMessage(_ tokens: [Token]) -> Bool {
    tokens.contains { otherProviders.contains($0.lower) } && !tokens.contains { shopOrderWords.contains($0.lower) }
  }

  /// Whether a weak cue's value at `found` may be an order's: letters and digits are a shop's code wherever
  /// they stand ("ref ZX-448120"); bare digits only in a message about an order ("ID 20241" alone is as
  /// likely a user's or an employee's ID).
  static func weakCueValueFits(_ tokens: [Token], _ found: Found) -> Bool {
    // Letters and digits, or digit groups in a shop's structure ("2024-11-8812"), are a code anywhere.
    if found.value.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) || dashedGroups(found.value) { return true }
    return tokens.contains { $0.isWord && weakCueContext.contains($0.lower) }
  }
}

extension ReferenceNumbers {
  /// Whether the digits at `j` are an amount of money (branch ord36, the last round's open form "invoice of 15000
  /// euros"): a currency word or sign right after them, or a sign right before ("invoice of €2500"). Letters in
  /// the token make it a code, never an amount.
  static func amount(_ tokens: [Token], _ j: Int) -> Bool {
    guard tokens[j].isWord, !tokens[j].hasLetter, tokens[j].hasDigit else { return false }
    if j + 1 < tokens.count, Money.words[tokens[j + 1].lower] != nil { return true }
    // A sign after the digits is theirs ("15000 €"), unless a number is glued to it: "order 5520461 $129.00
    // charged" gives the order and then an amount of its own (issue 12, branch ord37, dev7).
    if j + 1 < tokens.count, Money.symbols[tokens[j + 1].text] != nil {
      return !(j + 2 < tokens.count && tokens[j + 2].hasDigit && tokens[j + 2].start - tokens[j + 1].end <= 1)
    }
    return j > 0 && Money.symbols[tokens[j - 1].text] != nil && tokens[j].start - tokens[j - 1].end <= 1
  }

  /// Whether the digits at `j`, right after the order cue at `cue` (fillers and symbols between, no "of" or "for"),
  /// name the order although a currency word follows (issue 12, branch ord37): "order 4471203 dollars were
  /// charged" is order 4471203 and its dollars. Seven digits or more and not a round figure: no one writes an
  /// amount of millions right after the word "order", where "an order of 1200000 dollars" or "order 15000 euros"
  /// is an amount.
  static func orderBeforeCurrency(_ tokens: [Token], _ j: Int, cue: Int) -> Bool {
    guard cue >= 0, cue < j, cues[tokens[cue].lower] == "order_number", tokens[j].isWord, !tokens[j].hasLetter,
          digitCount(tokens[j].text) == tokens[j].text.unicodeScalars.count, digitCount(tokens[j].text) >= 7,
          !tokens[j].text.hasSuffix("000"), j + 1 < tokens.count, Money.words[tokens[j + 1].lower] != nil
    else { return false }
    return !tokens[(cue + 1)..<j].contains { ["of", "for"].contains($0.lower) }
  }
}
