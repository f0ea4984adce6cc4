/// Reading the day a message says an order was placed ("the one I placed today", "what I ordered yesterday", "the order
/// I made on monday"): a past day, near enough to name by a word. For messages about one of the shopper's orders.
extension TurnReading {
  /// Verbs of placing an order.
  static let placingWords: Set<String> = ["placed", "ordered", "bought", "made", "purchased", "paid"]

  /// The day the message says the order was placed, seen from `today`; nil when it names none.
  static func placedDay(_ text: String, today: CalendarDay) -> CalendarDay? {
    let words = words(text)
    guard let verb = words.firstIndex(where: placingWords.contains) else { return nil }
    // The day word follows the verb closely ("placed it today", "ordered on monday").
    for word in words[(verb + 1)...].prefix(4) {
      if word == "today" { return today }
      if word == "yesterday" { return today.adding(-1) }
      // A weekday: the last one, today included ("on monday" said on a Sunday is six days back).
      if let weekday = DateWords.weekdays[word], word.count > 3 { return today.adding(-((today.weekday - weekday + 7) % 7)) }
    }
    return nil
  }
}
