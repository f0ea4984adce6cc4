/// The `grpc-timeout` header (PROTOCOL-HTTP2.md): at most 8 ASCII digits and a unit,
/// `H` hours, `M` minutes, `S` seconds, `m` milliseconds, `u` microseconds, `n` nanoseconds.
public enum GRPCTimeoutHeader {
  /// Parses a header value.
  /// - Parameter value: such as `250m`.
  /// - Returns: the duration, or nil when the value breaks the grammar.
  public static func parse(_ value: String) -> Duration? {
    let bytes = Array(value.utf8)
    guard bytes.count >= 2, bytes.count <= 9, let unit = bytes.last else { return nil }
    var amount: Int64 = 0
    for digit in bytes.dropLast() {
      guard digit >= UInt8(ascii: "0"), digit <= UInt8(ascii: "9") else { return nil }
      amount = amount * 10 + Int64(digit - UInt8(ascii: "0"))
    }
    switch unit {
    case UInt8(ascii: "H"): return .seconds(amount * 3600)
    case UInt8(ascii: "M"): return .seconds(amount * 60)
    case UInt8(ascii: "S"): return .seconds(amount)
    case UInt8(ascii: "m"): return .milliseconds(amount)
    case UInt8(ascii: "u"): return .microseconds(amount)
    case UInt8(ascii: "n"): return .nanoseconds(amount)
    default: return nil
    }
  }
}
