/// The kinds of personal data the detector finds.
public enum PIIType: String, Sendable, CaseIterable, Comparable {
  case email, phone, card, iban, ssn, ip, address, name

  /// The typed placeholder that replaces a value, e.g. `[EMAIL]`.
  public var placeholder: String { "[\(rawValue.uppercased())]" }

  /// When two findings overlap, the one whose type ranks first wins: checksummed and strongly shaped
  /// types before the looser ones.
  var priority: Int {
    switch self {
    case .email: return 0
    case .iban: return 1
    case .card: return 2
    case .ssn: return 3
    case .ip: return 4
    case .phone: return 5
    case .address: return 6
    case .name: return 7
    }
  }

  /// Orders by overlap priority.
  public static func < (a: PIIType, b: PIIType) -> Bool { a.priority < b.priority }
}
