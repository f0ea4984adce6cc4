/// Days since 1970-01-01 and dates of the proleptic Gregorian calendar, both ways (Howard Hinnant's
/// `civil_from_days` and `days_from_civil`): fixed arithmetic, no ICU calendar or formatter.
public enum CivilCalendar {
  /// The year, month (1–12) and day (1–31) of a day counted from 1970-01-01 (negative before it).
  /// - Parameter days: days since 1970-01-01; beyond ±2^50 (any timestamp's day is far inside) it is clamped,
  ///   so that no value traps.
  public static func date(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let z = min(max(days, -(1 << 50)), 1 << 50) + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// The day counted from 1970-01-01 of a date (the inverse of `date(fromDays:)`).
  /// - Parameters:
  ///   - year: the year.
  ///   - month: 1–12.
  ///   - day: 1–31.
  public static func days(fromYear year: Int64, month: Int64, day: Int64) -> Int64 {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// Floor division of seconds since the epoch into days, so an instant before 1970 falls on its own day.
  /// - Parameter seconds: seconds since 1970-01-01T00:00:00Z.
  public static func days(fromSeconds seconds: Int64) -> Int64 {
    // Division and remainder cannot overflow (a subtraction first could, at Int64.min).
    seconds / 86_400 - (seconds % 86_400 < 0 ? 1 : 0)
  }
}
