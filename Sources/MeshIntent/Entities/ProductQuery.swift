import MeshShopWords

/// The product phrase of a search: what is wanted, its colour, and price bounds.
/// "red running shoes under $50" gives query "running shoes", colour "red", price_max "50 USD".
enum ProductQuery {
  /// Colours, and the words before price bounds: the dialogue policy reads the same lists (`ShopWords`).
  static let colours = ShopWords.colours
  static let maxCues = ShopWords.highestPriceCues
  static let bareNumberCues: Set<[String]> = [["under"], ["below"], ["less", "than"], ["cheaper", "than"],
                                               ["no", "more", "than"], ["budget", "of"], ["budget"], ["at", "most"],
                                               ["up", "to"]]
  static let minCues = ShopWords.lowestPriceCues
  /// Words before the product that ask rather than describe.
  static let lead: Set<String> = [
    "show", "me", "find", "search", "searching", "for", "looking", "lookin", "look", "im", "i", "am", "want", "to",
    "buy", "need", "a", "an", "some", "any", "do", "you", "u", "have", "got", "sell", "the", "get", "can", "could",
    "please", "pls", "recommend", "browse", "after", "cheap", "cheapest", "good", "new", "newest", "new", "id",
    "like", "see", "is", "are", "there", "where", "which", "what", "whats", "kind", "of", "your", "in", "stock",
    "deals", "on", "pair", "hey", "hi", "hello", "would", "just", "something", "us", "we", "ya", "yall", "must",
    "also", "again", "still", "my", "another", "couple", "few", "all", "best", "top", "nice", "great", "really",
    // A speaker's fillers, in voice transcripts ("hey um can you find me some headphones").
    "um", "umm", "uh", "uhh", "uhm", "erm", "er", "hmm", "ok", "okay", "so", "well", "yeah",
    // Contractions, kept whole by the tokenizer ("i'm looking for a red dress").
    "i'm", "i’m", "i'd", "i’d", "we're", "we’re",
  ]
  /// Words that end the product phrase.
  static let stops: Set<String> = [
    "for", "with", "that", "which", "in", "size", "please", "pls", "thanks", "and", "or", "but", "on", "this",
    "today", "near", "by", "to", "if", "about", "is", "are", "so", "because", "like",
  ]

  /// The entities of a search's words; `free` tells whether another entity (a place, a date, a reference) already
  /// holds a span: the product phrase must not hold one, and the words after it skip them, and `attributes` (sizes,
  /// brands, which may lie inside the phrase: "nike air max 90").
  static func extract(_ tokens: [Token], scalars: [Unicode.Scalar], free: (Int, Int) -> Bool = { _, _ in true },
                      attributes: [Entity] = []) -> [Entity] {
    var out: [Entity] = []
    // Price bounds.
    var i = 0
    var priceTokens = Set<Int>()
    while i < tokens.count {
      if tokens[i].lower == "between", let a = amount(tokens, i + 1),
         a.last + 1 < tokens.count, tokens[a.last + 1].lower == "and" || tokens[a.last + 1].text == "-",
         let b = amount(tokens, a.last + 2) {
        let currency = b.value.split(separator: " ").dropFirst().first.map { " " + $0 } ?? ""
        let low = a.value.contains(" " as Character) ? a.value : a.value + currency
        out.append(Entity(type: "price_min", value: low, start: tokens[i].start, end: tokens[a.last].end))
        out.append(Entity(type: "price_max", value: b.value, start: tokens[i].start, end: tokens[b.last].end))
        for k in i...b.last { priceTokens.insert(k) }
        i = b.last + 1
        continue
      }
      var matched = false
      for (cues, type) in [(maxCues, "price_max"), (minCues, "price_min")] where !matched {
        for cue in cues where i + cue.count < tokens.count
          && (0..<cue.count).allSatisfy({ tokens[i + $0].lower == cue[$0] }) {
          guard let a = amount(tokens, i + cue.count) else { continue }
          // A bare number is a price only after the plainest cues: "max 90" is often a model name.
          if !a.value.contains(" " as Character) && type == "price_max" && !bareNumberCues.contains(cue) { continue }
          // "from" and "over" need a currency to be a price ("from 2019", "over 3 days").
          if (type == "price_min") && !a.value.contains(" " as Character) && cue != ["min"] && cue != ["minimum"] { continue }
          out.append(Entity(type: type, value: a.value, start: tokens[i].start, end: tokens[a.last].end))
          for k in i...a.last { priceTokens.insert(k) }
          i = a.last
          matched = true
          break
        }
      }
      i += 1
    }
    // Colours and the query: skip the asking words, then take words up to a stop word.
    var start = 0
    while start < tokens.count && (lead.contains(tokens[start].lower) || !tokens[start].isWord
                                   || colours[tokens[start].lower] != nil) {
      start += 1
    }
    var end = start
    while end < tokens.count && tokens[end].isWord && !stops.contains(tokens[end].lower)
      && !priceTokens.contains(end) && Money.match(tokens, at: end) == nil {
      end += 1
    }
    var last = end - 1
    while last >= start && (colours[tokens[last].lower] != nil || lead.contains(tokens[last].lower)) { last -= 1 }
    // The phrase as written, unless another entity holds it.
    var phrase: String?
    if last >= start, free(tokens[start].start, tokens[last].end) {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[tokens[start].start..<tokens[last].end])
      phrase = String(view).lowercased()
    }
    // The phrase ended at "for", "with", "that" ...: the rest of the clause may still describe the product.
    let endedAtStop = end < tokens.count && tokens[end].isWord && stops.contains(tokens[end].lower)
    let headWords = phrase.map { $0.split(separator: " ").map(String.init) } ?? []
    let described = endedAtStop ? qualifiers(tokens, from: end, head: headWords, priceTokens: priceTokens, free: { start, end in
      free(start, end) && !attributes.contains { $0.start < end && start < $0.end }
    }) : nil
    if let described {
      // A phrase of vague words only ("anything for fishing") gives way to the words that describe.
      let vague = headWords.allSatisfy { noProductMeaning.contains($0) }
      let words = (vague ? [] : headWords) + described.words
      let first = vague || phrase == nil ? described.first : start
      out.append(Entity(type: "query", value: words.joined(separator: " "), start: tokens[first].start, end: tokens[described.last].end))
    } else if let phrase {
      out.append(Entity(type: "query", value: phrase, start: tokens[start].start, end: tokens[last].end))
    }
    for (k, t) in tokens.enumerated() where !priceTokens.contains(k) {
      if let c = colours[t.lower] { out.append(Entity(type: "colour", value: c, start: t.start, end: t.end)) }
    }
    return out
  }

  /// A price at `tokens[i]`: a money amount, or a bare number ("under 100").
  static func amount(_ tokens: [Token], _ i: Int) -> (value: String, last: Int)? {
    guard i < tokens.count else { return nil }
    if let m = Money.match(tokens, at: i) { return (m.value, m.last) }
    if tokens[i].isNumber { return (Money.normalise(tokens[i].text), i) }
    return nil
  }
}
