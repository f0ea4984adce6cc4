import Foundation

/// Timestamps as text. Every connection sets `TimeZone` to UTC, so the server writes `+00` offsets.
enum PostgresTimestamp {
  static func format(_ date: Date) -> String {
    let seconds = date.timeIntervalSince1970
    var whole = seconds.rounded(.down)
    var micros = Int(((seconds - whole) * 1_000_000).rounded())
    if micros == 1_000_000 { whole += 1; micros = 0 }
    var t = time_t(whole)
    var parts = tm()
    gmtime_r(&t, &parts)
    let fraction = String(micros).leftPadded(to: 6)
    return "\(parts.tm_year + 1900)-\(pad(parts.tm_mon + 1))-\(pad(parts.tm_mday)) "
      + "\(pad(parts.tm_hour)):\(pad(parts.tm_min)):\(pad(parts.tm_sec)).\(fraction)+00"
  }

  /// Parses `YYYY-MM-DD HH:MM:SS[.ffffff][+HH[:MM]]`.
  static func parse(_ text: String) -> Date? {
    let chars = Array(text.utf8)
    guard chars.count >= 19 else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for i in range {
        guard i < chars.count, chars[i] >= 48, chars[i] <= 57 else { return nil }
        value = value * 10 + Int(chars[i] - 48)
      }
      return value
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
          let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19) else { return nil }
    var index = 19
    var fraction = 0.0
    if index < chars.count, chars[index] == UInt8(ascii: ".") {
      index += 1
      var scale = 0.1
      while index < chars.count, chars[index] >= 48, chars[index] <= 57 {
        fraction += Double(chars[index] - 48) * scale
        scale /= 10
        index += 1
      }
    }
    var offset = 0
    if index < chars.count, chars[index] == UInt8(ascii: "+") || chars[index] == UInt8(ascii: "-") {
      let sign = chars[index] == UInt8(ascii: "-") ? -1 : 1
      guard let h = number(index + 1..<index + 3) else { return nil }
      var m = 0
      if index + 3 < chars.count, chars[index + 3] == UInt8(ascii: ":"), let mm = number(index + 4..<index + 6) { m = mm }
      offset = sign * (h * 3600 + m * 60)
    }
    var parts = tm()
    parts.tm_year = Int32(year - 1900)
    parts.tm_mon = Int32(month - 1)
    parts.tm_mday = Int32(day)
    parts.tm_hour = Int32(hour)
    parts.tm_min = Int32(minute)
    parts.tm_sec = Int32(second)
    let epoch = timegm(&parts)
    return Date(timeIntervalSince1970: Double(epoch - offset) + fraction)
  }

  private static func pad(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
