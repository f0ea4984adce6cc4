import Foundation
import Testing
import MeshIntent
import MeshPII

/// The entity extractor and every PII scanner over hostile text: random Unicode from many scripts,
/// numbers of any length with any separators, cue words, and huge inputs. Each run has a time budget
/// (not an assertion on speed: the loop simply stops) and a seed; a failure prints the seed and text.
@Suite struct HostileTextTests {
  /// Inputs that crashed or overflowed before: each must come back without a trap.
  @Test(arguments: [
    "99999999999999999999-1-1", "on 99999999999999999999-1-1 please", "1-1-99999999999999999999",
    "٣-٣-٣", "١٢/١٢/٢٠٢٤", "½-½-½", "1.2.3.99999999999999999999", "ip ::1.2.3.999999999999999999999999",
    "order #99999999999999999999999999999999", "qty 99999999999999999999", "$99999999999999999999999.99",
    "99999999999999999999 days ago", "in 99999999999999999999 days", "1,2,3,4,5,6,7,8,9,0,1,2,3,4,5,6,7,8,9,0",
    "+99999999999999999999999999999", "9999999999999999999999 Main Street", "Hauptstraße 99999999999999999999",
  ])
  func formerCrashes(text: String) {
    let entities = EntityExtractor().extract(from: text, searchPhrase: true)
    check(entities, in: text)
    check(PIIDetector().detect(in: text), in: text)
    _ = IntentEngine().analyze(text)
  }

  /// The date "99999999999999999999-1-1" is not a date, and the words around it are still read.
  @Test func overflowingDateIsNotADate() {
    let entities = EntityExtractor().extract(from: "deliver 99999999999999999999-1-1 or 2024-05-01")
    #expect(entities.filter { $0.type == "date" }.map(\.value) == ["2024-05-01"])
  }

  /// A fixed seed, so a failure here is reproducible as it stands.
  @Test func fixedSeed() async {
    await run(seed: 0x5EED_2026_1202_0001, seconds: 2.5)
  }

  /// A new seed per run, printed, so failures found by chance can be replayed with `fixedSeed`'s code.
  @Test func randomSeed() async {
    var generator = SystemRandomNumberGenerator()
    let seed = generator.next()
    print("HostileTextTests.randomSeed: seed 0x\(String(seed, radix: 16))")
    await run(seed: seed, seconds: 2.5)
  }

  /// Hands its cooperative thread back after each text: the two seeds' 2.5 s loops without a suspension
  /// held both of the tests' pool threads on a two-core machine, and every other test's tasks waited. A
  /// task that hands its thread back may wait long for it under load, so the loop goes on for `seconds`
  /// and at least `minimumTexts` texts.
  func run(seed: UInt64, seconds: Double, minimumTexts: Int = 200) async {
    var source = HostileText(seed: seed)
    let extractor = EntityExtractor()
    let engine = IntentEngine()
    let detectors = PIIType.allCases.map { PIIDetector(types: [$0]) } + [PIIDetector()]
    let redactor = PIIRedactor(mode: .placeholder)
    // Lazy set-up (the model's training, the name lexicon) happens before the clock starts.
    _ = engine.analyze("order #1 for Tom Becker, 1 Main Street, London NW1 6XE")
    let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
    var texts = 0
    while texts < minimumTexts || ContinuousClock.now < deadline {
      let text = source.text()
      texts += 1
      check(extractor.extract(from: text, searchPhrase: texts % 2 == 0), in: text, seed: seed)
      for d in detectors { check(d.detect(in: text), in: text, seed: seed) }
      _ = redactor.redact(text)
      if texts % 8 == 0 { _ = engine.analyze(text) }
      await Task.yield()
    }
    print("HostileTextTests: seed 0x\(String(seed, radix: 16)): \(texts) texts")
  }

  func check(_ entities: [Entity], in text: String, seed: UInt64? = nil) {
    let count = text.unicodeScalars.count
    for e in entities where !(e.start >= 0 && e.start < e.end && e.end <= count) {
      Issue.record("entity \(e) outside the text; seed \(seed.map { String($0, radix: 16) } ?? "-"): \(text.debugDescription.prefix(400))")
    }
  }

  func check(_ matches: [PIIMatch], in text: String, seed: UInt64? = nil) {
    let bytes = text.utf8.count, scalars = text.unicodeScalars.count
    var lastEnd = 0
    for m in matches {
      if m.utf8Range.lowerBound < lastEnd || m.utf8Range.upperBound > bytes || m.scalarRange.upperBound > scalars
        || m.utf8Range.isEmpty {
        Issue.record("bad span \(m); seed \(seed.map { String($0, radix: 16) } ?? "-"): \(text.debugDescription.prefix(400))")
      }
      lastEnd = m.utf8Range.upperBound
    }
  }
}

/// Random hostile texts from a seed (xorshift64*): pieces of many kinds joined by random separators.
struct HostileText {
  var state: UInt64

  init(seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }

  mutating func next() -> UInt64 {
    state ^= state >> 12; state ^= state << 25; state ^= state >> 27
    return state &* 0x2545_F491_4F6C_DD1D
  }

  mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

  static let words = ["order", "ORD", "no.", "#", "number", "tracking", "invoice", "INV", "my", "name", "is",
                      "I'm", "this", "call", "me", "Street", "St.", "Ave", "straße", "rue", "Paris", "London",
                      "IL", "NW1", "6XE", "$", "€", "£", "USD", "dollars", "between", "and", "under", "next",
                      "friday", "march", "3rd", "in", "days", "ago", "qty", ":", "@", "+", "(", ")", "-", "/",
                      ".", ",", "'", "Tom", "Becker", "O'Connor", "my wife", "here", "hey its", "apt", "suite",
                      "size", "XL", "red", "Nike", "ssn", "iban", "DE89", "GB82", "1Z", "::", "fe80", "x"]
  /// Scalars from many scripts and the awkward corners of Unicode.
  static let ranges: [ClosedRange<UInt32>] = [
    0x20...0x7E, 0xA0...0xFF, 0x100...0x24F, 0x300...0x36F, 0x391...0x3C9, 0x400...0x4FF, 0x590...0x5FF,
    0x600...0x6FF, 0x660...0x669, 0x900...0x97F, 0xE00...0xE7F, 0x200B...0x200F, 0x2028...0x202E,
    0x2150...0x218B, 0x3040...0x30FF, 0x4E00...0x4FFF, 0xAC00...0xAD00, 0xFF10...0xFF5A, 0x1F300...0x1F64F,
    0x1F3FB...0x1F3FF, 0xE0020...0xE007F, 0x0...0x1F,
  ]

  mutating func scalar() -> Unicode.Scalar {
    let r = HostileText.ranges[below(HostileText.ranges.count)]
    let v = r.lowerBound + UInt32(below(Int(r.upperBound - r.lowerBound) + 1))
    return Unicode.Scalar(v) ?? "?"
  }

  mutating func number() -> String {
    let length = below(8) == 0 ? 1 + below(200) : 1 + below(24)
    var s = below(4) == 0 ? ["+", "#", "(", "-", "0"][below(5)] : ""
    for k in 0..<length {
      s.append(Character(Unicode.Scalar(UInt8(0x30 + below(10)))))
      if k + 1 < length, below(4) == 0 { s += [" ", "-", ".", "/", ",", ") ", ":"][below(7)] }
    }
    return s
  }

  mutating func text() -> String {
    // One in five hundred is huge: thousands of pieces (tens of kilobytes).
    let pieces = below(500) == 0 ? 2_000 + below(8_000) : below(30)
    var out = ""
    for _ in 0..<pieces {
      switch below(5) {
      case 0: out += HostileText.words[below(HostileText.words.count)]
      case 1: out += number()
      case 2: for _ in 0..<(1 + below(6)) { out.unicodeScalars.append(scalar()) }
      case 3: out += HostileText.words[below(HostileText.words.count)].uppercased()
      default: out.unicodeScalars.append(scalar())
      }
      out += ["", " ", " ", "  ", ", ", "\n", "-", "."][below(8)]
    }
    return out
  }
}
