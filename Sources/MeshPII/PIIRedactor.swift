import MeshCrypto

/// Replaces the personal data a `PIIDetector` finds, in one of three ways.
public struct PIIRedactor: Sendable {
  /// How each value is replaced.
  public enum Mode: Sendable, Equatable {
    /// Letters and digits become `*`, punctuation stays (cards keep their last four digits), so the
    /// shape of the text survives.
    case mask
    /// A typed placeholder such as `[EMAIL]`.
    case placeholder
    /// A typed keyed pseudonym such as `[EMAIL:9f86d081884c7d65]`: HMAC-SHA-256 of the normalised value,
    /// so equal values give equal tokens (analytics can count distinct values) without revealing them.
    case hash(key: [UInt8])
  }

  /// The detector used.
  public var detector: PIIDetector
  /// The replacement mode.
  public var mode: Mode

  /// A redactor.
  /// - Parameters:
  ///   - mode: how to replace values.
  ///   - detector: what to find.
  public init(mode: Mode, detector: PIIDetector = PIIDetector()) {
    self.mode = mode
    self.detector = detector
  }

  /// `text` with every finding replaced.
  /// - Parameters:
  ///   - text: any text.
  public func redact(_ text: String) -> String {
    redactWithMatches(text).text
  }

  /// `text` with every finding replaced, and the findings (offsets refer to the original text).
  /// - Parameters:
  ///   - text: any text.
  public func redactWithMatches(_ text: String) -> (text: String, matches: [PIIMatch]) {
    let matches = detector.detect(in: text)
    guard !matches.isEmpty else { return (text, []) }
    let utf8 = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + 16 * matches.count)
    var at = 0
    for m in matches {
      out += utf8[at..<m.utf8Range.lowerBound]
      out += Array(replacement(for: m).utf8)
      at = m.utf8Range.upperBound
    }
    out += utf8[at...]
    return (String(decoding: out, as: UTF8.self), matches)
  }

  /// The text that replaces one finding.
  /// - Parameters:
  ///   - match: a finding.
  public func replacement(for match: PIIMatch) -> String {
    switch mode {
    case .placeholder:
      return match.type.placeholder
    case .mask:
      var scalars = String.UnicodeScalarView()
      let alnum = match.value.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.count
      var seen = 0
      for s in match.value.unicodeScalars {
        if s.properties.isAlphabetic || ("0"..."9").contains(s) {
          seen += 1
          scalars.append(match.type == .card && seen > alnum - 4 ? s : "*")
        } else {
          scalars.append(s)
        }
      }
      return String(scalars)
    case .hash(let key):
      let tag = HMAC.sha256(key: key, message: Array((match.type.rawValue + ":" + PIIRedactor.normalise(match)).utf8))
      let hex = tag.prefix(8).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
      return "[\(match.type.rawValue.uppercased()):\(hex)]"
    }
  }

  /// The canonical form hashed for a finding, so that "+1 (415) 555-0132" and "+14155550132" or
  /// "Ann@Example.com" and "ann@example.com" give the same pseudonym.
  /// - Parameters:
  ///   - match: a finding.
  public static func normalise(_ match: PIIMatch) -> String {
    switch match.type {
    case .phone, .card, .ssn:
      return String(match.value.unicodeScalars.filter { ("0"..."9").contains($0) || $0 == "+" }.map(Character.init))
    case .iban:
      return String(match.value.unicodeScalars.filter { $0 != " " }.map(Character.init)).uppercased()
    case .email, .ip, .name, .address:
      return match.value.lowercased().split(whereSeparator: { $0 == " " }).joined(separator: " ")
    }
  }
}
