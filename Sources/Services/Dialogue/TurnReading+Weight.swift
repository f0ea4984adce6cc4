/// Reading a parcel's weight from a delivery question ("for a 3kg parcel", "2.5 kg", "500 g", "10 lbs",
/// "12 oz"), so the quote is for that weight and not the default one.
extension TurnReading {
  /// Grams per unit, for the unit words shoppers write after a number. "Pound(s)" is left out: in a message
  /// about delivery it is as often a price ("under 10 pounds") as a weight; "lb"/"lbs" are not.
  static let gramsPerUnit: [String: Double] = [
    "kg": 1000, "kgs": 1000, "kilo": 1000, "kilos": 1000, "kilogram": 1000, "kilograms": 1000, "kilogramme": 1000, "kilogrammes": 1000,
    "g": 1, "gr": 1, "gram": 1, "grams": 1, "gramme": 1, "grammes": 1,
    "lb": 453.59237, "lbs": 453.59237, "oz": 28.349523125, "ounce": 28.349523125, "ounces": 28.349523125,
  ]

  /// The weight named in the message, in whole grams rounded up; nil when no number is followed by a weight
  /// unit, or the number is zero or beyond any parcel (so nothing large reaches an integer).
  static func parcelGrams(_ text: String) -> Int? {
    let characters = Array(text.lowercased())
    var index = 0
    while index < characters.count {
      // A number starts at a digit that does not continue a word ("x3kg" is a code, not a weight).
      guard characters[index].isASCII, characters[index].isNumber,
            index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber) else {
        index += 1
        continue
      }
      var end = index
      while end < characters.count, characters[end].isASCII, characters[end].isNumber || characters[end] == "." || characters[end] == "," {
        end += 1
      }
      // "2,5 kg" is written with a decimal comma in much of Europe.
      let number = String(characters[index..<end].map { $0 == "," ? "." : $0 })
      var unitStart = end
      while unitStart < characters.count, characters[unitStart] == " " || characters[unitStart] == "-" { unitStart += 1 }
      var unitEnd = unitStart
      while unitEnd < characters.count, characters[unitEnd].isLetter { unitEnd += 1 }
      let unit = String(characters[unitStart..<unitEnd])
      if let value = Double(number.hasSuffix(".") ? String(number.dropLast()) : number), let factor = gramsPerUnit[unit] {
        let grams = value * factor
        guard grams > 0, grams <= 1_000_000 else { return nil }
        return Int(grams.rounded(.up))
      }
      index = max(end, index + 1)
    }
    return nil
  }
}
