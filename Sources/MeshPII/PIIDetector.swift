/// Finds personal data in text with hand-written byte scanners (no regular expressions on the hot
/// path): e-mails, phones, cards (Luhn), IBANs (mod 97), US SSNs, IPv4/IPv6, street addresses and
/// names after cues. Overlaps are resolved in favour of the stronger type, then the longer span.
public struct PIIDetector: Sendable {
  /// The kinds this detector reports.
  public var types: Set<PIIType> { didSet { mask = Self.mask(types) } }
  /// `types` as bits, so the hot path does not hash.
  private var mask: UInt32

  private static func mask(_ types: Set<PIIType>) -> UInt32 {
    types.reduce(0) { $0 | 1 << UInt32($1.priority) }
  }

  @inline(__always) private func has(_ type: PIIType) -> Bool { mask & (1 << UInt32(type.priority)) != 0 }

  /// The learned name tagger, run beside the name rules (nil: the rules alone).
  public var nameTagger: NameTagger? = NameTagger.trained
  /// Whether the hand-written name rules run (turned off only to measure the tagger alone).
  public var nameRules = true

  /// A detector for `types` (all kinds by default).
  /// - Parameters:
  ///   - types: the kinds to report.
  public init(types: Set<PIIType> = Set(PIIType.allCases)) {
    self.types = types
    mask = Self.mask(types)
  }

  /// The personal data in `text`, in order of position, without overlaps.
  /// - Parameters:
  ///   - text: any text.
  public func detect(in text: String) -> [PIIMatch] {
    var text = text
    return text.withUTF8 { bytes in
      let found = candidates(in: bytes)
      guard !found.isEmpty else { return [] }
      // Unicode scalar offsets: scalars begin at every byte that is not a UTF-8 continuation byte.
      var matches: [PIIMatch] = []
      matches.reserveCapacity(found.count)
      var scalar = 0
      var byte = 0
      func advance(to target: Int) {
        while byte < target {
          if bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
          byte += 1
        }
      }
      for c in found {
        advance(to: c.start)
        let start = scalar
        advance(to: c.end)
        let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[c.start..<c.end]), as: UTF8.self)
        matches.append(PIIMatch(type: c.type, utf8Range: c.start..<c.end, scalarRange: start..<scalar,
                                value: value))
      }
      return matches
    }
  }

  /// Candidates of the enabled types, overlaps resolved, sorted by start.
  func candidates(in bytes: UnsafeBufferPointer<UInt8>) -> [Candidate] {
    var all: [Candidate] = []
    if has(.email) {
      EmailScanner.scan(bytes, into: &all)
      SpelledEmailScanner.scan(bytes, into: &all)
    }
    if has(.iban) { IBANScanner.scan(bytes, into: &all) }
    if has(.phone) || has(.card) || has(.ssn) || has(.ip) { NumberScanner.scan(bytes, into: &all) }
    if has(.phone) { SpokenPhoneScanner.scan(bytes, into: &all) }
    if has(.ssn) { LetteredIDScanner.scan(bytes, into: &all) }
    if has(.ip) { IPv6Scanner.scan(bytes, into: &all) }
    if has(.address) { AddressScanner.scan(bytes, into: &all) }
    if has(.name) {
      if nameRules {
        NameScanner.scan(bytes, into: &all)
        ContextNameScanner.scan(bytes, into: &all)
        OtherScriptNameScanner.scan(bytes, into: &all)
      }
      if let tagger = nameTagger {
        // The tagger speaks where the rules are silent: a word the rules put in a name keeps the rules' span.
        var tagged: [Candidate] = []
        tagger.scan(bytes, into: &tagged)
        let named = all.filter { $0.type == .name }
        // Lower-case findings among another language's words are that language's words (pii56); split only when one is.
        let words = tagged.contains { $0.start < bytes.count && !Bytes.isUpper(bytes[$0.start]) } ? ByteWords.split(bytes) : []
        all += tagged.filter { t in
          !named.contains { $0.start < t.end && t.start < $0.end } && (words.isEmpty || !ContextNameScanner.foreignLowerCase(bytes, words, t))
        }
      }
      ContextNameScanner.dropProducts(bytes, &all)
      // After the products are dropped, so a brand across "not" ("Nike not Adidas") gives no name its twin.
      if nameRules {
        ContextNameScanner.addNotCorrections(bytes, &all)
        ContextNameScanner.trimLeadingCues(bytes, &all)
      }
    }
    all.removeAll { !has($0.type) }
    if has(.phone) && has(.address) { NumberScanner.cutAddresses(bytes, beforePhonesIn: &all) }
    guard all.count > 1 else { return all }
    all.sort { a, b in
      a.type.priority != b.type.priority ? a.type.priority < b.type.priority
        : (a.end - a.start != b.end - b.start ? a.end - a.start > b.end - b.start : a.start < b.start)
    }
    var kept: [Candidate] = []
    for c in all where !kept.contains(where: { $0.start < c.end && c.start < $0.end }) { kept.append(c) }
    kept.sort { $0.start < $1.start }
    return kept
  }
}
