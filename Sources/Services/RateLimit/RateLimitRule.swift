/// One configured limit: a domain, a descriptor pattern, and so many requests per unit.
///
/// As in Envoy's ratelimit service, a pattern entry with a value matches only that value, and one
/// without matches any value; each distinct list of values is counted on its own.
public struct RateLimitRule: Sendable, Equatable {
  /// One entry of a pattern: a key, and the value it must have (nil for any).
  public struct Entry: Sendable, Equatable {
    /// The descriptor key.
    public var key: String
    /// The value required, or nil for any value.
    public var value: String?
    /// Creates an entry.
    /// - Parameters:
    ///   - key: the key.
    ///   - value: the value required, nil for any.
    public init(key: String, value: String? = nil) {
      self.key = key
      self.value = value
    }
  }

  /// The unit a limit counts in.
  public enum Unit: String, Sendable, CaseIterable {
    case second, minute, hour, day

    /// The unit's length.
    public var duration: Duration {
      switch self {
      case .second: return .seconds(1)
      case .minute: return .seconds(60)
      case .hour: return .seconds(3600)
      case .day: return .seconds(86_400)
      }
    }
  }

  /// The configuration namespace.
  public var domain: String
  /// The descriptor pattern, in order.
  public var pattern: [Entry]
  /// Requests allowed per unit (and back to back from idle).
  public var requestsPerUnit: Int
  /// The unit.
  public var unit: Unit

  /// Creates a rule.
  /// - Parameters:
  ///   - domain: the namespace.
  ///   - pattern: the descriptor pattern.
  ///   - requestsPerUnit: the limit.
  ///   - unit: its unit.
  public init(domain: String, pattern: [Entry], requestsPerUnit: Int, unit: Unit) {
    self.domain = domain
    self.pattern = pattern
    self.requestsPerUnit = requestsPerUnit
    self.unit = unit
  }

  /// The rule's name in responses: `domain|key=value|key`.
  public var name: String {
    ([domain] + pattern.map { entry in entry.value.map { "\(entry.key)=\($0)" } ?? entry.key }).joined(separator: "|")
  }

  /// How many pattern values are exact (a more specific rule wins).
  var specificity: Int { pattern.filter { $0.value != nil }.count }

  /// Whether the rule covers a descriptor of `domain` with `entries`.
  func matches(domain: String, entries: [(key: String, value: String)]) -> Bool {
    guard domain == self.domain, entries.count == pattern.count else { return false }
    return zip(pattern, entries).allSatisfy { rule, entry in rule.key == entry.key && (rule.value == nil || rule.value == entry.value) }
  }

  /// Parses rules written as `DOMAIN KEY[=VALUE][,KEY[=VALUE]...] N/UNIT`, separated by `;` or new lines
  /// (for example `chat user_id 20/second; chat user_id,path=/upload 5/minute`).
  /// - Parameter text: the rules.
  /// - Throws: `RateLimitRuleError` naming the first malformed rule.
  public static func parse(_ text: String) throws -> [RateLimitRule] {
    try text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).compactMap { line -> RateLimitRule? in
      let fields = line.split(separator: " ", omittingEmptySubsequences: true)
      if fields.isEmpty { return nil }
      guard fields.count == 3 else { throw RateLimitRuleError(rule: String(line), reason: "expected DOMAIN PATTERN N/UNIT") }
      let pattern = fields[1].split(separator: ",").map { part -> Entry in
        let pieces = part.split(separator: "=", maxSplits: 1)
        return Entry(key: String(pieces[0]), value: pieces.count == 2 ? String(pieces[1]) : nil)
      }
      let limit = fields[2].split(separator: "/")
      guard limit.count == 2, let count = Int(limit[0]), count > 0, let unit = Unit(rawValue: String(limit[1])) else {
        throw RateLimitRuleError(rule: String(line), reason: "the limit must be N/second, N/minute, N/hour or N/day")
      }
      return RateLimitRule(domain: String(fields[0]), pattern: pattern, requestsPerUnit: count, unit: unit)
    }
  }
}

/// A rate-limit rule could not be parsed.
public struct RateLimitRuleError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The rule as written.
  public let rule: String
  /// What is wrong with it.
  public let reason: String
  /// One line for the operator.
  public var description: String { "rate-limit rule '\(rule)': \(reason)" }
}
