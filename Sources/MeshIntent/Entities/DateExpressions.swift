/// Dates as people write them in chat: relative words ("tomorrow", "next friday", "last week",
/// "in 3 days", "2 weeks ago"), day and month ("march 3rd", "3 march 2025"), and numeric dates
/// ("2024-05-01", "05/01/2024", "12.05.2024").
enum DateExpressions {
  static let relative: Set<String> = ["today", "tomorrow", "yesterday", "tonight", "tmrw", "tmr", "weekend"]
  static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]
  static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august",
                                    "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                                    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
  static let modifiers: Set<String> = ["next", "last", "this", "coming"]
  static let periods: Set<String> = ["week", "month", "year", "weekend", "days", "day", "weeks", "months"]

  /// A date expression starting at `tokens[i]`: index of its last token.
  static func match(_ tokens: [Token], at i: Int) -> Int? {
    let t = tokens[i]
    guard t.isWord else { return nil }
    let n = tokens.count
    func word(_ j: Int) -> String? { j < n && tokens[j].isWord ? tokens[j].lower : nil }
    if numeric(t.text) { return i }
    if relative.contains(t.lower) { return i }
    if modifiers.contains(t.lower), let next = word(i + 1),
       weekdays.contains(next) || periods.contains(next) || months.contains(next) {
      return i + 1
    }
    if weekdays.contains(t.lower) && t.lower != "sun" && t.lower != "sat" && t.lower != "wed" { return i }
    if months.contains(t.lower) && t.lower != "may" && t.lower != "mar" || t.lower == "may" && dayNumber(word(i + 1)) {
      // "march 3", "march 3rd, 2025", "march 2025"
      var last = i
      if dayNumber(word(i + 1)) {
        last = i + 1
        var j = i + 2
        if j < n && tokens[j].text == "," { j += 1 }
        if year(word(j)) { last = j }
      } else if year(word(i + 1)) {
        last = i + 1
      }
      return last
    }
    if dayNumber(t.lower), let next = word(i + 1) {
      // "3 march", "3rd of march 2025"
      var j = i + 1
      if next == "of", let m = word(i + 2), months.contains(m) { j = i + 2 } else if !months.contains(next) { j = -1 }
      if j > 0 {
        return year(word(j + 1)) ? j + 1 : j
      }
    }
    // "in 3 days", "2 weeks ago"
    if t.lower == "in", let num = word(i + 1), Int(num) != nil || num == "a" || num == "two" || num == "few",
       let unit = word(i + 2), ["day", "days", "week", "weeks", "month", "months"].contains(unit) {
      return i + 2
    }
    if let count = Int(t.lower), count < 100, let unit = word(i + 1),
       ["days", "weeks", "months", "day", "week", "month"].contains(unit), word(i + 2) == "ago" {
      return i + 2
    }
    return nil
  }

  static func dayNumber(_ s: String?) -> Bool {
    guard var s else { return false }
    for suffix in ["st", "nd", "rd", "th"] where s.hasSuffix(suffix) { s = String(s.dropLast(2)) }
    guard let d = Int(s) else { return false }
    return d >= 1 && d <= 31 && s.count <= 2
  }

  static func year(_ s: String?) -> Bool {
    guard let s, s.count == 4, let y = Int(s) else { return false }
    return y >= 1900 && y <= 2100
  }

  /// 2024-05-01, 05/01/2024, 1.5.24, 12.05.2024
  static func numeric(_ s: String) -> Bool {
    for separator: Character in ["-", "/", "."] where s.contains(separator) {
      let parts = s.split(separator: separator, omittingEmptySubsequences: false)
      guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return false }
      // Each part is at most four digits in any date shape; longer runs ("99999999999999999999-1-1")
      // are not dates, and must not reach Int(_:), whose nil would be an overflow.
      let lengths = parts.map(\.count)
      guard lengths.allSatisfy({ $0 <= 4 }) else { return false }
      let a = parts.map { Int($0) ?? 0 }
      if lengths[0] == 4 { return a[1] >= 1 && a[1] <= 12 && a[2] >= 1 && a[2] <= 31 }
      if lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 2 || lengths[2] == 4) {
        return a[0] >= 1 && a[0] <= 31 && a[1] >= 1 && a[1] <= 31 && (a[0] <= 12 || a[1] <= 12)
      }
      return false
    }
    return false
  }
}
