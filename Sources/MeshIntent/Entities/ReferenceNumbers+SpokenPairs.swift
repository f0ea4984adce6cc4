/// Order numbers read aloud in pairs and as a recogniser mishears them (issue 12, branch ord47, commerce-voice-dev's
/// transcripts): "ninety one forty four" (9144), "forty two ninety one sixty" (429160), "fifty one thirty nine oh"
/// (51390), and digit words written as the word that sounds the same ("ate seven six two one", "for eight eight one
/// two"). The span stays the words said; the value is the digits they stand for.
extension ReferenceNumbers {
  /// Tens said as one word: a pair of digits, the unit word after it filling the second ("ninety one" → 91,
  /// "sixty" → 60).
  static let spokenTens: [String: Character] = [
    "twenty": "2", "thirty": "3", "forty": "4", "fourty": "4", "fifty": "5", "sixty": "6", "seventy": "7",
    "eighty": "8", "ninety": "9",
  ]
  /// Ten to nineteen: a pair of digits in one word.
  static let spokenTeens: [String: String] = [
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15",
    "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
  ]
  /// Words a recogniser writes for a digit said ("ate" for eight, "for" for four, "to" for two): a digit only inside
  /// a reading, right before a digit word, and only where four real digits are said too (`readAloudAfterCue`), since
  /// each is an ordinary word ("order for two", "ate at five").
  static let soundAlikeDigits: [String: Character] = [
    "ate": "8", "for": "4", "to": "2", "too": "2", "won": "1",
    // Other languages' digits that are also articles or ordinary words: French "un"/"une" and "sept", Dutch "een",
    // Turkish "bir", Italian "due".
    "un": "1", "une": "1", "een": "1", "bir": "1", "due": "2", "sept": "7",
  ]

  /// Words after a reading that make it an amount, a time or a measure ("forty two ninety nine dollars", "ten thirty
  /// pm"), not a number to look up.
  static let readingNotANumber: Set<String> = [
    "dollars", "dollar", "bucks", "euros", "euro", "pounds", "quid", "cents", "pence", "rupees", "pesos", "reais",
    "percent", "pm", "am", "o'clock", "minutes", "hours", "days", "kilos", "kg", "grams", "items", "pieces", "pairs",
    "hundred", "thousand", "million",
  ]

  /// The digits of a pair word at `tokens[k]` and how many tokens it used ("ninety one" → ("91", 2), "sixty" →
  /// ("60", 1), "twelve" → ("12", 1)); nil when it is no pair word. `joined(k)` says whether `tokens[k]` follows the
  /// token before it by one space.
  static func spokenPair(_ tokens: [Token], at k: Int, joined: (Int) -> Bool) -> (digits: String, used: Int)? {
    guard k < tokens.count else { return nil }
    if let teen = spokenTeens[tokens[k].lower] { return (teen, 1) }
    guard let tens = spokenTens[tokens[k].lower] else { return nil }
    // "ninety one" but not "ninety oh": a zero after tens is its own digit ("thirty nine oh" is 390).
    if k + 1 < tokens.count, joined(k + 1), let unit = spokenDigit[tokens[k + 1].lower], unit != "0",
       !["o", "oh"].contains(tokens[k + 1].lower) {
      return (String([tens, unit]), 2)
    }
    return (String([tens, "0"]), 1)
  }

  /// A hyphenated pair word ("forty-two", "ninety-one"): its two digits.
  static func hyphenatedPair(_ word: String) -> String? {
    let parts = word.split(separator: "-").map(String.init)
    guard parts.count == 2, let tens = spokenTens[parts[0]], let unit = spokenDigit[parts[1]], unit != "0" else { return nil }
    return String([tens, unit])
  }
}

/// Digits read aloud in the other languages the sets' customers write (issue 12, branch ord47): a number dictated to a
/// voice assistant in Spanish, Portuguese, French, Italian, German, Dutch, Polish, Indonesian or Russian ("pedido
/// cinco cinco tres uno ocho"). Words that are also articles or ordinary words ("un", "une", "een", "bir", "due",
/// "sept") are `soundAlikeDigits`, digits only inside a reading.
extension ReferenceNumbers {
  /// Digit words of other languages, each one digit.
  static let otherLanguageDigits: [String: Character] = [
    // Spanish, Portuguese, Italian.
    "cero": "0", "uno": "1", "dos": "2", "dois": "2", "duas": "2", "tres": "3", "três": "3", "tre": "3",
    "cuatro": "4", "quatro": "4", "quattro": "4", "cinco": "5", "cinque": "5", "seis": "6", "sei": "6",
    "siete": "7", "sete": "7", "sette": "7", "ocho": "8", "oito": "8", "otto": "8", "nueve": "9", "nove": "9",
    // French.
    "zéro": "0", "deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "huit": "8", "neuf": "9",
    // German and Dutch.
    "null": "0", "nul": "0", "eins": "1", "zwei": "2", "twee": "2", "drei": "3", "drie": "3", "vier": "4",
    "fünf": "5", "funf": "5", "vijf": "5", "sechs": "6", "zes": "6", "sieben": "7", "zeven": "7", "acht": "8",
    "neun": "9", "negen": "9",
    // Polish.
    "jeden": "1", "dwa": "2", "trzy": "3", "cztery": "4", "pięć": "5", "piec": "5", "sześć": "6", "szesc": "6",
    "siedem": "7", "osiem": "8", "dziewięć": "9", "dziewiec": "9",
    // Indonesian.
    "nol": "0", "satu": "1", "dua": "2", "tiga": "3", "empat": "4", "lima": "5", "enam": "6", "tujuh": "7",
    "delapan": "8", "sembilan": "9",
    // Russian, in Cyrillic and Latin letters.
    "ноль": "0", "один": "1", "два": "2", "три": "3", "четыре": "4", "пять": "5", "шесть": "6", "семь": "7",
    "восемь": "8", "девять": "9", "odin": "1", "dva": "2", "tri": "3", "chetyre": "4", "pyat": "5", "shest": "6",
    "vosem": "8", "devyat": "9",
  ]

  /// The digit a word says, in English ("oh" and "o" for zero) or another language.
  static func digitSaid(_ word: String) -> Character? {
    spokenDigit[word] ?? otherLanguageDigits[word]
  }
}
