/// The JSON forms of google.protobuf.Timestamp (RFC 3339, UTC) and Duration (`"1.5s"`).
enum WellKnownJSON {
  static let timestamp = "google.protobuf.Timestamp"
  static let duration = "google.protobuf.Duration"
  /// The wrappers, whose JSON is their one `value` field's JSON (null for an unset field).
  static let wrappers: Set<String> = [
    "google.protobuf.DoubleValue", "google.protobuf.FloatValue", "google.protobuf.Int64Value",
    "google.protobuf.UInt64Value", "google.protobuf.Int32Value", "google.protobuf.UInt32Value",
    "google.protobuf.BoolValue", "google.protobuf.StringValue", "google.protobuf.BytesValue",
  ]
  /// Types whose special JSON forms this mapping does not implement: refused rather than printed wrong.
  static let unsupported: Set<String> = [
    "google.protobuf.Any", "google.protobuf.Struct", "google.protobuf.Value", "google.protobuf.ListValue",
    "google.protobuf.FieldMask",
  ]
  /// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range proto3 JSON allows.
  static let minTimestampSeconds: Int64 = -62_135_596_800
  static let maxTimestampSeconds: Int64 = 253_402_300_799
  static let maxDurationSeconds: Int64 = 315_576_000_000

  /// Nanoseconds as 0, 3, 6 or 9 fractional digits, as protobuf prints them.
  static func fraction(_ nanos: Int32) -> String {
    guard nanos != 0 else { return "" }
    var digits = String(nanos)
    digits = String(repeating: "0", count: 9 - digits.count) + digits
    if nanos % 1_000_000 == 0 { return "." + digits.prefix(3) }
    if nanos % 1_000 == 0 { return "." + digits.prefix(6) }
    return "." + digits
  }

  static func formatTimestamp(seconds: Int64, nanos: Int32) -> String? {
    guard (minTimestampSeconds...maxTimestampSeconds).contains(seconds), (0..<1_000_000_000).contains(nanos) else {
      return nil
    }
    let days = CivilCalendar.days(fromSeconds: seconds)
    let secondOfDay = seconds - days * 86_400
    let (year, month, day) = CivilCalendar.date(fromDays: days)
    func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    let yearText = String(repeating: "0", count: max(0, 4 - String(year).count)) + String(year)
    return "\(yearText)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):\(two(secondOfDay / 60 % 60)):"
      + "\(two(secondOfDay % 60))\(fraction(nanos))Z"
  }

  static func parseTimestamp(_ text: String) -> (seconds: Int64, nanos: Int32)? {
    let chars = Array(text.utf8)
    func number(_ from: Int, _ count: Int) -> Int64? {
      guard from + count <= chars.count else { return nil }
      var value: Int64 = 0
      for c in chars[from..<from + count] {
        guard c >= 0x30 && c <= 0x39 else { return nil }
        value = value * 10 + Int64(c - 0x30)
      }
      return value
    }
    guard chars.count >= 20, chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"),
          chars[10] == UInt8(ascii: "T") || chars[10] == UInt8(ascii: "t"),
          chars[13] == UInt8(ascii: ":"), chars[16] == UInt8(ascii: ":"),
          let year = number(0, 4), let month = number(5, 2), let day = number(8, 2),
          let hour = number(11, 2), let minute = number(14, 2), let second = number(17, 2),
          (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
    else { return nil }
    var position = 19
    var nanos: Int64 = 0
    if position < chars.count, chars[position] == UInt8(ascii: ".") {
      position += 1
      var digits = 0
      while position < chars.count, chars[position] >= 0x30, chars[position] <= 0x39 {
        guard digits < 9 else { return nil }
        nanos = nanos * 10 + Int64(chars[position] - 0x30)
        digits += 1
        position += 1
      }
      guard digits > 0 else { return nil }
      for _ in digits..<9 { nanos *= 10 }
    }
    var offset: Int64 = 0
    guard position < chars.count else { return nil }
    if chars[position] == UInt8(ascii: "Z") || chars[position] == UInt8(ascii: "z") {
      position += 1
    } else if chars[position] == UInt8(ascii: "+") || chars[position] == UInt8(ascii: "-") {
      guard chars.count == position + 6, chars[position + 3] == UInt8(ascii: ":"),
            let hours = number(position + 1, 2), let minutes = number(position + 4, 2), hours < 24, minutes < 60
      else { return nil }
      offset = (hours * 3600 + minutes * 60) * (chars[position] == UInt8(ascii: "-") ? -1 : 1)
      position += 6
    } else {
      return nil
    }
    guard position == chars.count else { return nil }
    let seconds = CivilCalendar.days(fromYear: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second - offset
    guard (minTimestampSeconds...maxTimestampSeconds).contains(seconds) else { return nil }
    return (seconds, Int32(nanos))
  }

  static func formatDuration(seconds: Int64, nanos: Int32) -> String? {
    guard abs(seconds) <= maxDurationSeconds, abs(nanos) < 1_000_000_000,
          seconds == 0 || nanos == 0 || (seconds < 0) == (nanos < 0) else { return nil }
    let negative = seconds < 0 || nanos < 0
    return (negative ? "-" : "") + "\(abs(seconds))" + fraction(abs(nanos)) + "s"
  }

  static func parseDuration(_ text: String) -> (seconds: Int64, nanos: Int32)? {
    guard text.hasSuffix("s") else { return nil }
    var body = Substring(text.dropLast())
    let negative = body.hasPrefix("-")
    if negative { body = body.dropFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].allSatisfy(\.isASCII),
          let seconds = Int64(parts[0]), seconds <= maxDurationSeconds else { return nil }
    var nanos: Int64 = 0
    if parts.count == 2 {
      let digits = parts[1]
      guard (1...9).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let value = Int64(digits) else { return nil }
      nanos = value
      for _ in digits.count..<9 { nanos *= 10 }
    }
    return negative ? (-seconds, Int32(-nanos)) : (seconds, Int32(nanos))
  }
}
