import MeshPII

/// Finds entities in an utterance, with offsets in its Unicode scalars. Rule-based and deterministic:
/// cue words and shapes for reference numbers, money, quantities and dates, MeshPII's scanners for
/// e-mails and phones, a gazetteer for places, and for searches the product phrase.
public struct EntityExtractor: Sendable {
  static let pii = PIIDetector(types: [.email, .phone, .address])
  static let numberWords: [String: Int] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                                           "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                                           "twelve": 12, "dozen": 12, "couple": 2, "pair": 2]
  static let units: Set<String> = ["x", "pcs", "pieces", "piece", "units", "unit", "items", "item", "pairs",
                                   "pair", "boxes", "box", "packs", "pack", "sets", "set", "of", "bottles", "copies"]
  static let notCounted: Set<String> = ["days", "weeks", "months", "years", "hours", "minutes", "dollars",
                                        "euros", "pounds", "bucks", "cents", "is", "was", "has", "this", "its",
                                        "ago", "times", "stars", "yes", "inches", "percent", "kids", "this"]
  static let quantityBlockers: Set<String> = ["size", "iphone", "galaxy", "model", "version", "number", "no",
                                              "page", "room", "gate", "order", "#", "ps", "series", "gen",
                                              "generation", "apt", "suite", "under", "below", "over", "above",
                                              "than", "max", "min", "between", "the", "top",
                                              "at", "from", "s", "pro", "air", "max", "mini", "plus"]

  /// An extractor.
  public init() {}

  /// The entities of `text`, sorted by position; `query`, `colour`, `size`, `brand` and price bounds only when
  /// `searchPhrase` is true (the caller's intent is a search).
  /// - Parameters:
  ///   - text: the utterance.
  ///   - searchPhrase: whether to extract the product phrase of a search.
  public func extract(from text: String, searchPhrase: Bool = false) -> [Entity] {
    let scalars = Array(text.unicodeScalars)
    let tokens = Token.tokenize(scalars)
    var found: [Entity] = []
    func span(_ a: Int, _ b: Int) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[a..<b])
      return String(view)
    }
    func free(_ start: Int, _ end: Int) -> Bool { !found.contains { $0.start < end && start < $0.end } }

    // No digit, digit word or code anywhere: no reference rule can find one (`mayHoldReference`).
    let mayHoldReference = ReferenceNumbers.mayHoldReference(tokens, scalars: scalars)
    var i = 0
    while mayHoldReference && i < tokens.count {
      if let r = ReferenceNumbers.match(tokens, at: i, scalars: scalars),
         r.found.allSatisfy({ free($0.start, $0.end) }) {
        for f in r.found { found.append(Entity(type: f.type, value: f.value, start: f.start, end: f.end)) }
        i = r.last + 1
        continue
      }
      i += 1
    }
    // "order 10293847, sorry I meant 10293874": the number that corrects an order number is the order.
    applyCorrections(&found, tokens)
    // "not 3391, its 3319": the number affirmed against its misreading.
    if mayHoldReference, let k = ReferenceNumbers.affirmedNumber(tokens), free(tokens[k].start, tokens[k].end) {
      found.append(Entity(type: "order_number", value: tokens[k].text, start: tokens[k].start, end: tokens[k].end))
    }
    // "cancel 5520461 and 5520479 but not 5520480": a number of the same shape set against an order number.
    for f in found where f.type == "order_number" {
      guard let k = tokens.firstIndex(where: { $0.end == f.end }),
            let c = ReferenceNumbers.contrastedNumber(tokens, after: k, value: f.value), free(tokens[c].start, tokens[c].end)
      else { continue }
      found.append(Entity(type: "order_number", value: tokens[c].text, start: tokens[c].start, end: tokens[c].end))
    }
    // "it's 55120 not 55210": an order number written again.
    let orderValues = Set(found.filter { $0.type == "order_number" }.map(\.value))
    for k in tokens.indices where !orderValues.isEmpty && ReferenceNumbers.repeatsOrder(tokens, k, values: orderValues) && free(tokens[k].start, tokens[k].end) {
      found.append(Entity(type: "order_number", value: tokens[k].text, start: tokens[k].start, end: tokens[k].end))
    }
    // "nine nine three one two i said nine nine three one two": an order number read aloud again.
    for r in orderValues.isEmpty ? [] : ReferenceNumbers.readAloudRepeats(tokens, values: orderValues) where free(tokens[r.first].start, tokens[r.last].end) {
      found.append(Entity(type: "order_number", value: r.value, start: tokens[r.first].start, end: tokens[r.last].end))
    }
    // After reference numbers: "order number is 4471203" has a phone's shape and cue, but the order
    // cue is the stronger evidence.
    for m in EntityExtractor.pii.detect(in: text) where free(m.scalarRange.lowerBound, m.scalarRange.upperBound) {
      found.append(Entity(type: m.type == .email ? "email" : m.type == .phone ? "phone" : "address", value: m.value,
                          start: m.scalarRange.lowerBound, end: m.scalarRange.upperBound))
    }
    i = 0
    while i < tokens.count {
      if let last = DateExpressions.match(tokens, at: i), free(tokens[i].start, tokens[last].end) {
        found.append(Entity(type: "date", value: span(tokens[i].start, tokens[last].end).lowercased(),
                            start: tokens[i].start, end: tokens[last].end))
        i = last + 1
        continue
      }
      if let m = Money.match(tokens, at: i), free(tokens[m.first].start, tokens[m.last].end) {
        found.append(Entity(type: "money", value: m.value, start: tokens[m.first].start, end: tokens[m.last].end))
        i = m.last + 1
        continue
      }
      if let g = Gazetteer.match(tokens, at: i), free(tokens[i].start, tokens[i + g.length - 1].end) {
        found.append(Entity(type: g.type, value: g.name, start: tokens[i].start, end: tokens[i + g.length - 1].end))
        i += g.length
        continue
      }
      if let q = quantity(tokens, at: i), free(tokens[i].start, tokens[q.last].end) {
        found.append(Entity(type: "quantity", value: String(q.count), start: tokens[i].start,
                            end: tokens[q.last].end))
      }
      i += 1
    }
    // A message about an order that gives its number with no cue: the long number nothing else took.
    let referenceTypes: Set<String> = ["order_number", "tracking_number", "invoice_number"]
    if mayHoldReference && !found.contains(where: { referenceTypes.contains($0.type) }) {
      // Hyphenated digit groups the phone scanner took ("404-11827") are the order's in a message about an order
      // with no phone word (which `unlabelledOrderNumbers` requires): that phone's span is given to the order.
      // So are five to nine plain digits with no trunk zero that it read as a local number after "on" ("payment pending
      // forever on 6630219", branch ord50): the rules that take them refuse a message with a phone word.
      func phoneOnly(_ t: Token) -> Bool {
        (ReferenceNumbers.dashedReference(t.text) || ReferenceNumbers.localDigits(t))
          && found.filter { $0.start < t.end && t.start < $0.end }.allSatisfy { $0.type == "phone" && $0.start == t.start && $0.end == t.end }
      }
      let unlabelled = ReferenceNumbers.unlabelledOrderNumbers(tokens, free: { free($0.start, $0.end) || phoneOnly($0) })
      for k in unlabelled {
        found.removeAll { $0.type == "phone" && $0.start == tokens[k].start && $0.end == tokens[k].end }
        found.append(Entity(type: "order_number", value: tokens[k].text, start: tokens[k].start, end: tokens[k].end))
      }
      // "where is 55120", "gde moy zakaz 81127": one number of five digits or more alone in a message about an order
      // (branch ord48; `loneOrderNumbers` says when).
      if unlabelled.isEmpty {
        for k in ReferenceNumbers.loneOrderNumbers(tokens, free: { free($0.start, $0.end) || phoneOnly($0) }) {
          found.removeAll { $0.type == "phone" && $0.start == tokens[k].start && $0.end == tokens[k].end }
          found.append(Entity(type: "order_number", value: tokens[k].text, start: tokens[k].start, end: tokens[k].end))
        }
      }
      // "30918. no wait 30981": a lone number corrected in the message.
      applyCorrections(&found, tokens)
    }
    if searchPhrase {
      // Sizes and brands may lie inside the product phrase ("nike air max 90"), not over a reference.
      let attributes = ProductAttributes.extract(tokens, scalars: scalars).filter { free($0.start, $0.end) }
      // The query must not swallow a place, date or reference already found (the words after its phrase skip them).
      // (Read before appending: `free` reads `found`.)
      let product = ProductQuery.extract(tokens, scalars: scalars, free: free, attributes: attributes)
      found += product
      found += attributes
    }
    return found.sorted { ($0.start, $0.end, $0.type) < ($1.start, $1.end, $1.type) }
  }

  /// A count of things: "2 pairs", "three of the red mugs", "qty 4", "x3": (count, last token).
  func quantity(_ tokens: [Token], at i: Int) -> (count: Int, last: Int)? {
    let t = tokens[i]
    if (t.lower == "qty" || t.lower == "quantity"), i + 1 < tokens.count {
      var j = i + 1
      if tokens[j].text == ":" { j += 1 }
      if j < tokens.count, let n = Int(tokens[j].text), n > 0 { return (n, j) }
      return nil
    }
    let count: Int
    if let n = Int(t.text), t.isNumber, n > 0, n < 10_000, !t.text.hasPrefix("0") {
      count = n
    } else if let n = EntityExtractor.numberWords[t.lower], t.lower != "pair" && t.lower != "couple" {
      count = n
    } else {
      return nil
    }
    if i > 0 && EntityExtractor.quantityBlockers.contains(tokens[i - 1].lower) { return nil }
    if i > 0 && (Money.symbols[tokens[i - 1].text] != nil) { return nil }
    // A counted noun must follow within three words: a plural, or a unit word.
    var j = i + 1
    while j < tokens.count && j <= i + 3 && tokens[j].isWord && !tokens[j].hasDigit {
      let w = tokens[j].lower
      if EntityExtractor.notCounted.contains(w) || Money.words[w] != nil || DateExpressions.periods.contains(w) {
        return nil
      }
      if EntityExtractor.units.contains(w) || (w.count >= 3 && w.hasSuffix("s") && !w.hasSuffix("ss")) {
        return (count, i)
      }
      j += 1
    }
    return nil
  }
}
