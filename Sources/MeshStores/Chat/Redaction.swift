import MeshPII

/// PII redaction for the analytics copy of chat messages.
public enum Redaction {
  /// The redaction function type the stores take.
  public typealias Function = @Sendable (String) -> String

  private static let placeholders = PIIRedactor(mode: .placeholder)

  /// Replaces every piece of personal data MeshPII detects (emails, phones, cards, IBANs, SSNs, IP and
  /// street addresses, names after cues) with its typed placeholder, such as `[EMAIL]`.
  public static let typedPlaceholders: Function = { placeholders.redact($0) }
}
