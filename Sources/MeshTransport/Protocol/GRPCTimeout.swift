/// The `grpc-timeout` header value: a positive integer of at most 8 digits and a unit
/// (`H` hours, `M` minutes, `S` seconds, `m` milliseconds, `u` microseconds, `n` nanoseconds).
///
/// Formatting picks the shortest exact form; a duration no form holds exactly is rounded up to the
/// finest unit that fits, so the peer never sees a deadline earlier than ours.
struct GRPCTimeout: Hashable, Sendable, CustomStringConvertible {
  /// The timeout, never negative.
  let duration: Duration

  /// The largest number the header can carry.
  static let maxValue: Int64 = 99_999_999

  /// The units, coarsest first, with their length in nanoseconds.
  private static let units: [(symbol: UInt8, nanoseconds: Int64)] = [
    (UInt8(ascii: "H"), 3_600_000_000_000),
    (UInt8(ascii: "M"), 60_000_000_000),
    (UInt8(ascii: "S"), 1_000_000_000),
    (UInt8(ascii: "m"), 1_000_000),
    (UInt8(ascii: "u"), 1_000),
    (UInt8(ascii: "n"), 1),
  ]

  /// Wraps a duration; a negative one becomes zero.
  /// - Parameter duration: the time left before the deadline.
  init(_ duration: Duration) {
    self.duration = max(duration, .zero)
  }

  /// Parses a header value; nil when it is not 1 to 8 ASCII digits followed by one unit letter.
  /// - Parameter headerValue: the value of `grpc-timeout`.
  init?(headerValue: String) {
    var value = headerValue
    guard let parsed = value.withUTF8({ GRPCTimeout.parse(UnsafeRawBufferPointer($0)) }) else { return nil }
    self = parsed
  }

  /// Parses the raw bytes of a header value, as nghttp2 hands them over.
  /// - Parameter bytes: the value of `grpc-timeout`.
  static func parse(_ bytes: UnsafeRawBufferPointer) -> GRPCTimeout? {
    let count = bytes.count
    guard count >= 2, count <= 9 else { return nil }
    var value: Int64 = 0
    for index in 0..<(count - 1) {
      let digit = bytes[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + Int64(digit)
    }
    let duration: Duration
    switch bytes[count - 1] {
    case UInt8(ascii: "H"): duration = .seconds(value * 3600)
    case UInt8(ascii: "M"): duration = .seconds(value * 60)
    case UInt8(ascii: "S"): duration = .seconds(value)
    case UInt8(ascii: "m"): duration = .milliseconds(value)
    case UInt8(ascii: "u"): duration = .microseconds(value)
    case UInt8(ascii: "n"): duration = .nanoseconds(value)
    default: return nil
    }
    return GRPCTimeout(duration)
  }

  /// The header value: the shortest exact form, else the finest unit that fits, rounded up; durations
  /// past the largest form are capped at `99999999H`.
  var headerValue: String {
    let (value, unit) = form
    return String(value) + String(UnicodeScalar(unit))
  }

  /// Calls `body` with the header value's bytes (as `headerValue` spells them), written on the stack: a
  /// relayed call sends one per call, and the `String` cost some 800 instructions.
  func withHeaderValue<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
    let (value, unit) = form
    // At most 8 digits and the unit.
    return withUnsafeTemporaryAllocation(byteCount: 9, alignment: 1) { buffer in
      var digits = 1, rest = value
      while rest >= 10 { rest /= 10; digits += 1 }
      rest = value
      for index in stride(from: digits - 1, through: 0, by: -1) {
        buffer[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
        rest /= 10
      }
      buffer[digits] = unit
      return body(UnsafeRawBufferPointer(rebasing: buffer[0...digits]))
    }
  }

  /// The header value's number and unit.
  private var form: (value: Int64, unit: UInt8) {
    // Sub-nanosecond remainders round up: a timeout must never shrink. In 64 bits when the nanoseconds fit
    // with room for a unit's rounding (any timeout under 120 years): a relayed call writes one per call, and
    // `components` divides an Int128 by 10^18 and 10^9 in library calls (~140 instructions); one 128-by-64
    // bit division of the attoseconds (never negative: `init` clamps) takes ~12.
    let attoseconds = duration.attoseconds
    let high = UInt64(truncatingIfNeeded: attoseconds >> 64)
    if high < 1_000_000_000 {
      let (quotient, remainder) = UInt64(1_000_000_000).dividingFullWidth((high: high, low: UInt64(truncatingIfNeeded: attoseconds)))
      if quotient < 4_000_000_000_000_000_000 {
        return Self.form(nanoseconds: Int64(quotient) + (remainder == 0 ? 0 : 1))
      }
    }
    return Self.form(nanoseconds: (attoseconds + 999_999_999) / 1_000_000_000)
  }

  private static func form<Count: FixedWidthInteger>(nanoseconds: Count) -> (value: Int64, unit: UInt8) {
    let limit = Count(GRPCTimeout.maxValue)
    for unit in GRPCTimeout.units where nanoseconds % Count(unit.nanoseconds) == 0 {
      let value = nanoseconds / Count(unit.nanoseconds)
      if value <= limit { return (Int64(value), unit.symbol) }
    }
    for unit in GRPCTimeout.units.reversed() {
      let value = (nanoseconds + Count(unit.nanoseconds) - 1) / Count(unit.nanoseconds)
      if value <= limit { return (Int64(value), unit.symbol) }
    }
    return (GRPCTimeout.maxValue, UInt8(ascii: "H"))
  }

  /// The header value.
  var description: String { headerValue }
}
