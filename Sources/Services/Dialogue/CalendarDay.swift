/// A day of the Gregorian calendar, as the policy compares dates ("will it arrive by Friday?"): days since
/// 1970-01-01, read from and written as YYYY-MM-DD. The policy has no clock: "today" comes with the turn.
public struct CalendarDay: Sendable, Equatable, Comparable, Codable {
  /// Days since 1970-01-01 (negative before).
  public var days: Int

  /// The day `days` after 1970-01-01.
  public init(days: Int) { self.days = days }

  /// The day of a year, month (1-12) and day of month; nil when there is no such day (31 April).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), (1...Self.length(of: month, in: year)).contains(day), (1...9999).contains(year) else { return nil }
    // Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yearOfEra = y - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    days = era * 146_097 + dayOfEra - 719_468
  }

  /// "2026-12-11"; nil for anything else.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
          parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
          let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// (year, month, day).
  public var civil: (year: Int, month: Int, day: Int) {
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let dayOfEra = z - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let mp = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// "2026-12-11".
  public var iso: String {
    let (y, m, d) = civil
    return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
  }

  /// 0 Monday ... 6 Sunday (1970-01-01 was a Thursday).
  public var weekday: Int { ((days % 7) + 7 + 3) % 7 }

  /// "Friday".
  public var weekdayName: String { Self.weekdayNames[weekday] }

  /// The day `count` days later (earlier when negative).
  public func adding(_ count: Int) -> CalendarDay { CalendarDay(days: days + count) }

  /// Orders days.
  public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.days < b.days }

  static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

  static func isLeap(_ year: Int) -> Bool { year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) }

  static func length(of month: Int, in year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }
}
