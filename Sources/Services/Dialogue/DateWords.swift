/// The calendar day a date expression of the NLU's `date` entity names ("friday", "tomorrow", "december 11th",
/// "2026-12-11", "in 3 days"), counted from the turn's day; nil when it names no single day ("the weekend",
/// "last week", "05/06/2026", which is May or June), so the policy never compares with a guessed date.
enum DateWords {
  static let weekdays: [String: Int] = ["monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
                                        "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
                                        "sat": 5, "sunday": 6, "sun": 6]
  static let months: [String: Int] = ["january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
                                      "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
                                      "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12]

  /// The day `phrase` names, seen from `today`.
  static func resolve(_ phrase: String, today: CalendarDay) -> CalendarDay? {
    let lower = phrase.lowercased()
    if let day = numeric(lower) { return day }
    let words = lower.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    guard !words.isEmpty, words.count <= 5 else { return nil }
    if words.contains(where: { ["ago", "last", "yesterday", "weekend", "week", "month", "year", "weeks", "months"].contains($0) }) {
      return nil
    }
    if words == ["today"] || words == ["tonight"] { return today }
    if words.count == 1, ["tomorrow", "tmrw", "tmr"].contains(words[0]) { return today.adding(1) }
    // "in 3 days", "in a day"
    if words.first == "in", words.count == 3, ["day", "days"].contains(words[2]) {
      guard let count = words[1] == "a" ? 1 : Int(words[1]), (0...366).contains(count) else { return nil }
      return today.adding(count)
    }
    // "friday", "this friday", "coming friday": the next one, today included; "next friday": the next one after today.
    if let last = words.last, let weekday = weekdays[last], words.count <= 2 {
      let modifier = words.count == 2 ? words[0] : nil
      guard modifier.map({ ["this", "coming", "next"].contains($0) }) ?? true else { return nil }
      var ahead = (weekday - today.weekday + 7) % 7
      if ahead == 0, modifier == "next" { ahead = 7 }
      return today.adding(ahead)
    }
    return monthAndDay(words, today: today)
  }

  /// "december 11", "dec 11th 2026", "11 december", "11th of december": with no year, the next such day.
  static func monthAndDay(_ words: [String], today: CalendarDay) -> CalendarDay? {
    var month: Int?, day: Int?, year: Int?
    for word in words where word != "of" && word != "the" {
      if let m = months[word], month == nil {
        month = m
      } else if let number = dayNumber(word), day == nil {
        day = number
      } else if word.count == 4, let y = Int(word), (1900...2100).contains(y), year == nil {
        year = y
      } else {
        return nil
      }
    }
    guard let month, let day else { return nil }
    if let year { return CalendarDay(year: year, month: month, day: day) }
    let thisYear = today.civil.year
    guard let candidate = CalendarDay(year: thisYear, month: month, day: day) else {
      return CalendarDay(year: thisYear + 1, month: month, day: day)  // 29 February
    }
    return candidate >= today ? candidate : CalendarDay(year: thisYear + 1, month: month, day: day)
  }

  /// "11", "11th", "1st": a day of the month.
  static func dayNumber(_ word: String) -> Int? {
    var digits = Substring(word)
    for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) { digits = digits.dropLast(2) }
    guard (1...2).contains(digits.count), digits.allSatisfy(\.isNumber), let n = Int(digits), (1...31).contains(n) else { return nil }
    return n
  }

  /// "2026-12-11", or day/month/year when only one reading is a date ("25/12/2026").
  static func numeric(_ text: String) -> CalendarDay? {
    if let day = CalendarDay(iso: text) { return day }
    for separator: Character in ["/", ".", "-"] where text.contains(separator) {
      let parts = text.split(separator: separator, omittingEmptySubsequences: false)
      guard parts.count == 3, parts[2].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isNumber) }),
            let a = Int(parts[0]), let b = Int(parts[1]), let year = Int(parts[2]) else { return nil }
      let dayFirst = CalendarDay(year: year, month: b, day: a)
      let monthFirst = CalendarDay(year: year, month: a, day: b)
      if a == b { return dayFirst }
      // Both readings valid (05/06/2026): no single day.
      switch (dayFirst, monthFirst) {
      case (let day?, nil), (nil, let day?): return day
      default: return nil
      }
    }
    return nil
  }
}
