/// A learned tagger of people's names: for each word, a logistic model over `NameTaggerFeatures` says
/// whether it is part of a person's name, and runs of such words become name findings. It finds names that
/// no cue announces ("ahmed hassan here", "ask ravi", surname first, lists) where the rules cannot, and
/// its weights come from labelled text (`mesh pii train-tagger`, mesh/data/pii/README.md), not from rules.
public struct NameTagger: Sendable {
  /// One weight per hashed feature (`NameTaggerFeatures.bits`).
  let weights: [Float]
  /// The score (log-odds) above which a word is tagged as a name.
  public var threshold: Float
  /// How much more a word on the scanners' not-name list (words that are also given names: "Hope", "Will",
  /// "Summer", "Brooklyn"; family words) must score: the rules never take them without a cue, so the
  /// tagger takes them only when the words around say "name" loudly ("Hope handles returns", "Ivy, Hazel
  /// and Rose") and "I hope it comes" stays.
  public var listedMargin: Float = NameTagger.defaultListedMargin
  /// The margin chosen on the development sets (dev5's half never trained on, dev4, heldout5, dev3, heldout3),
  /// the intents texts and the look-alike tests: 1 since piiname36 (2 cost dev5's half 0.9% of its name words
  /// and spared no other word there or in the intents texts).
  public static let defaultListedMargin: Float = 1
  /// How much more a lower-case word must score unless the name lexicons alone say "name" (listed as a given
  /// name or surname, and neither an everyday English word nor on the not-name list): in a shopper's lower-case
  /// line the tagger took "money", "patience", "hope", "buddy" and "register" from the end of a sentence, while a
  /// lower-case name the tagger alone finds ("ahmed hassan here", "ask ravi") is a lexicon name. A cue still
  /// finds the rest: the rules' names do not pass through this threshold.
  public var lowerWordMargin: Float = NameTagger.defaultLowerWordMargin
  /// The margin chosen on the intents texts, the development sets and the look-alike tests: 4 since the
  /// threshold fell from 2.5 to 1 (piiname36), so a lower-case word the lexicons do not vouch for still needs
  /// 5 log-odds as before ("ok cool", "cheers buddy", "jewellery", "pincode" came back at 2 and 3; no dev set
  /// lost a name word to 4).
  public static let defaultLowerWordMargin: Float = 4
  /// How much more a lower-case word the lexicons vouch for must score (`defaultLowerNameMargin`).
  public var lowerNameMargin: Float = NameTagger.defaultLowerNameMargin
  /// The margin chosen on dev6's half never trained on (piiname37): 0.5, down from 1.5, took 4.3% more of its name
  /// words ("rahul", "fatima", "thabo" in lower-case lines) and no other word there, in dev5's odd half, heldout3
  /// or heldout5 ("thanks love" still stays: "love" is an English word, so the lexicons do not vouch for it).
  public static let defaultLowerNameMargin: Float = 0.5

  init(weights: [Float], threshold: Float) {
    self.weights = weights
    self.threshold = threshold
  }

  /// The tagger trained into the package (`NameTagger+Weights.swift`), or nil before any training.
  public static let trained: NameTagger? = {
    let raw = Base64.decode(trainedWeights)
    guard raw.count == 2 << NameTaggerFeatures.bits else { return nil }
    var weights = [Float](repeating: 0, count: 1 << NameTaggerFeatures.bits)
    for k in weights.indices {
      weights[k] = Float(Int16(bitPattern: UInt16(raw[2 * k]) | UInt16(raw[2 * k + 1]) << 8)) * trainedScale
    }
    return NameTagger(weights: weights, threshold: trainedThreshold)
  }()

  /// The log-odds that each word of `words` is part of a name.
  func scores(_ words: [NameTaggerFeatures.Word], _ lineCase: UInt64) -> [Float] {
    var features: [Int] = []
    features.reserveCapacity(40)
    var out: [Float] = []
    out.reserveCapacity(words.count)
    weights.withUnsafeBufferPointer { w in
      for i in words.indices {
        features.removeAll(keepingCapacity: true)
        NameTaggerFeatures.features(words, lineCase, i, into: &features)
        var s: Float = 0
        for f in features { s += w[f] }
        out.append(s)
      }
    }
    return out
  }

  /// Adds a name candidate for each run of tagged words; words with digits or on the not-name lists are never names, and a run
  /// continues over spaces, an initial's full stop or a hyphen only.
  func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    let (words, lineCase) = NameTaggerFeatures.words(b)
    guard !words.isEmpty else { return }
    let s = scores(words, lineCase)
    var run: Candidate?
    for (i, w) in words.enumerated() {
      let shape = w.cls >> 4
      // A stop word or a country is never tagged; a word on the not-name list (words that are also given
      // names, family words) needs `listedMargin` more: the look-alike tests hold the tagger to that.
      var needed = w.lists & 0b10 != 0 ? threshold + listedMargin : threshold
      // A lower-case word needs `lowerWordMargin` more unless the lexicons vouch for it as a name, and then
      // `lowerNameMargin` more.
      if shape == 0 { needed += lexiconName(w) ? lowerNameMargin : lowerWordMargin }
      guard s[i] > needed, shape != 3, shape != 4, w.lists & 0b1001 == 0, standsAlone(b, w.start, w.end),
            latin(b, w.start), !PostOfficeLetters.contains(b, w.start, w.end) else {
        if let r = run { out.append(r); run = nil }
        continue
      }
      if var r = run, joins(b, r.end, w.start) {
        r.end = w.end
        run = r
      } else {
        if let r = run { out.append(r) }
        run = Candidate(type: .name, start: w.start, end: w.end)
      }
    }
    if let r = run { out.append(r) }
  }

  /// Whether the name lexicons alone vouch for a word: a listed given name or surname that is neither an
  /// everyday English word ("money" and "cool" are surnames too), nor on the not-name list ("hope", "will"), nor
  /// a word that lower-case in a sentence is a word ("rose", "mark", "mens").
  func lexiconName(_ w: NameTaggerFeatures.Word) -> Bool {
    w.cls & 0b11 != 0 && w.cls & 0b100 == 0 && w.lists & 0b110 == 0
  }

  /// Whether a word stands in running text rather than inside something written for machines: glued to
  /// `/`, `\`, `_`, `@` or `=`, or joined to another word by a dot, it is part of a path, an identifier or an
  /// address ("/grpc.testing.TestService/UnimplementedCall" in a log line lost "TestService" to the tagger).
  /// A one-letter word may sit beside dots (initials: "J.R. Okafor"), but not after a degree sign ("-10°C":
  /// at threshold 1 the tagger took the unit for an initial).
  func standsAlone(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    func glues(_ byte: UInt8) -> Bool { byte == 0x2F || byte == 0x5C || byte == 0x5F || byte == 0x40 || byte == 0x3D }
    func isWordByte(_ byte: UInt8) -> Bool { byte >= 0x80 || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39 }
    let initial = end - start == 1
    if initial, start > 1, b[start - 1] == 0xB0, b[start - 2] == 0xC2 { return false }
    if start > 0 {
      if glues(b[start - 1]) { return false }
      if !initial, b[start - 1] == 0x2E, start > 1, isWordByte(b[start - 2]) { return false }
    }
    if end < b.count {
      if glues(b[end]) { return false }
      if !initial, b[end] == 0x2E, end + 1 < b.count, isWordByte(b[end + 1]) { return false }
    }
    return true
  }

  /// Whether the word at `start` begins in Latin letters: its features (capitals, lexicons, suffixes) are
  /// Latin-script ones, so words of other scripts are left to `OtherScriptNameScanner` ("안녕하세요" is a greeting).
  func latin(_ b: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
    b[start] < 0xCD || OtherScriptNameScanner.script(OtherScriptNameScanner.decode(b, start).0.value) == .latin
  }

  /// Whether the bytes between two tagged words keep them in one name: spaces, and at most one "." or "-".
  func joins(_ b: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> Bool {
    var marks = 0
    for k in from..<to {
      if b[k] == 0x2E || b[k] == 0x2D { marks += 1 } else if b[k] != 0x20 { return false }
    }
    return marks <= 1 && to - from <= 3
  }
}
