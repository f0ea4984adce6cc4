/// What a server's `grpc-retry-pushback-ms` trailer asks (A6): retry after a delay, or not at all.
public enum ServerPushback: Sendable, Hashable {
  /// Retry (or send the next hedge) after this delay, and no sooner.
  case retry(after: Duration)
  /// Do not retry; a negative or unreadable value means this.
  case stop

  /// The metadata key.
  public static let metadataKey = "grpc-retry-pushback-ms"

  /// The pushback in trailers, nil when there is none.
  /// - Parameter trailers: the trailing metadata of an attempt.
  public init?(trailers: Metadata) {
    guard let text = trailers.firstString(forKey: Self.metadataKey) else { return nil }
    self.init(headerValue: text)
  }

  /// Parses a value: a signed 32-bit decimal integer with no leading zeros; anything else means `.stop`.
  /// - Parameter headerValue: the header's text.
  public init(headerValue: String) {
    let text = headerValue.trimmingSpaces
    let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
          digits == "0" || !digits.hasPrefix("0"), let value = Int32(text), value >= 0 else {
      self = .stop
      return
    }
    self = .retry(after: .milliseconds(Int(value)))
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    var view = Substring(self)
    while view.first == " " || view.first == "\t" { view = view.dropFirst() }
    while view.last == " " || view.last == "\t" { view = view.dropLast() }
    return String(view)
  }
}
