/// PII redaction for the analytics copy of chat messages. This simple default hides e-mail addresses
/// and runs of digits (phone, card and account numbers); the PII detector replaces it later.
public enum Redaction {
  /// The redaction function type the stores take.
  public typealias Function = @Sendable (String) -> String

  /// Replaces e-mail addresses with `[email]` and runs of 4 or more digits (spaces, dots and dashes
  /// allowed between them) with `[number]`.
  public static let simple: Function = { text in
    var output = text.replacing(/[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}/, with: "[email]")
    output = output.replacing(/\+?\d(?:[\d .\-]*\d){3,}/, with: "[number]")
    return output
  }
}
