/// Phone numbers typed as words, as voice typing and careful people write them ("oh seven seven oh oh
/// nine double oh one two three", "plus four four seven seven …"): a run of number words worth 7-15
/// digits, right after a phone cue and not after an order, invoice or other business word.
enum SpokenPhoneScanner {
  /// Cues that must stand within three words before the run: a run of number words is a phone
  /// only when the writer says so ("my number is", "call me on", "whatsapp").
  static let cues = WordSet(words: ["call", "phone", "tel", "telephone", "mobile", "cell", "number", "text",
                                    "reach", "whatsapp", "sms", "fax", "ring", "dial", "landline", "handy"])

  /// How many digits each number word stands for; `double` and `triple` repeat the next digit, and
  /// `hundred` adds two zeros ("nine hundred" is 900).
  private static let values: [UInt64: Int] = {
    var v: [UInt64: Int] = [:]
    for w in ["zero", "oh", "o", "nought", "one", "two", "three", "four", "five", "six", "seven", "eight",
              "nine"] { v[Bytes.wordHash(w)] = 1 }
    for w in ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
              "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
              "hundred"] { v[Bytes.wordHash(w)] = 2 }
    v[Bytes.wordHash("double")] = 1
    v[Bytes.wordHash("triple")] = 2
    return v
  }()
  private static let plus = Bytes.wordHash("plus")
  /// The words a run may start with, as a `WordSet`: cheaper than the dictionary on every word of a text.
  private static let starters = WordSet(words: ["plus", "zero", "oh", "nought", "one", "two", "three", "four",
                                                "five", "six", "seven", "eight", "nine", "double", "triple"])
  /// Words that only modify the next one: the run may not end on them.
  private static let modifiers: Set<UInt64> = [Bytes.wordHash("double"), Bytes.wordHash("triple"), plus]
  private static let tens: Set<UInt64> = Set(["twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                              "eighty", "ninety"].map { Bytes.wordHash($0) })

  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    let n = b.count
    var i = 0
    while i < n {
      guard Bytes.isAlpha(b[i]), i == 0 || !Bytes.isWordByte(b[i - 1]) else { i += 1; continue }
      var e = i
      while e < n && Bytes.isAlpha(b[e]) { e += 1 }
      if starters.contains(Bytes.wordHash(b, i, e)) {
        // A rejected run is skipped whole: its tail must not be tried again with the cue now in reach
        // and the business word out of it ("order number is one two three …").
        let (end, isPhone) = run(b, from: i)
        if isPhone { out.append(Candidate(type: .phone, start: i, end: end)) }
        i = max(end, e)
        continue
      }
      while i < n && Bytes.isWordByte(b[i]) { i += 1 }
    }
  }

  /// The end of the run of number words starting at `start`, and whether it is a phone number.
  static func run(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, isPhone: Bool) {
    let n = b.count
    var i = start
    var digits = 0
    var words = 0
    var lastEnd = start
    var lastWasModifier = false
    var previousTens = false
    while i < n {
      let wordStart = i
      while i < n && Bytes.isAlpha(b[i]) { i += 1 }
      guard i > wordStart, i >= n || !Bytes.isWordByte(b[i]) else { break }
      let h = Bytes.wordHash(b, wordStart, i)
      if h == plus {
        guard words == 0 else { break }
      } else if let v = values[h] {
        // "twenty two" is two digits, not four.
        digits += previousTens && v == 1 && !modifiers.contains(h) ? 0 : v
      } else {
        break
      }
      previousTens = tens.contains(h)
      lastWasModifier = modifiers.contains(h)
      words += 1
      if !lastWasModifier { lastEnd = i }
      // Spaces, a comma or a hyphen between the words.
      var j = i
      while j < n && (b[j] == 0x20 || b[j] == 0x2C || b[j] == 0x2D) { j += 1 }
      guard j > i, j < n, Bytes.isAlpha(b[j]) else { break }
      i = j
    }
    let isPhone = words >= 5 && digits >= 7 && digits <= 15 && lastEnd > start
      && Bytes.cue(b, before: start, count: 3, in: cues)
      && !Bytes.cue(b, before: start, count: 3, in: NumberScanner.businessCues)
    return (lastEnd, isPhone)
  }
}
