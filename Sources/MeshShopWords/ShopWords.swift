/// Words of shoppers' messages that both the NLU's entity extractor and the dialogue policy read: colours, sizes and
/// the words before a price bound. One list each, so the two never disagree on what "under 50", "navy" or "XL" means
/// (the extractor reads them in a search, the policy in a short follow-up to results it gives no entities for).
public enum ShopWords {
  /// Sizes written as letters or words ("M", "xl", "small", "one-size").
  public static let letterSizes: Set<String> = ["xxs", "xs", "s", "m", "l", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl",
                                                "small", "medium", "large", "petite", "tall", "regular", "one-size"]
  /// Letter sizes that are sizes even without the word "size" (one letter alone is too ambiguous).
  public static let standaloneSizes: Set<String> = ["xxs", "xs", "xl", "xxl", "xxxl", "2xl", "3xl", "4xl"]
  /// Size systems written before a number ("EU 42", "UK 8").
  public static let sizeSystems: Set<String> = ["eu", "uk", "us", "fr", "it"]

  /// Colour words and the colour each names ("gray" is grey, "golden" gold).
  public static let colours: [String: String] = [
    "red": "red", "blue": "blue", "green": "green", "black": "black", "white": "white", "grey": "grey",
    "gray": "grey", "navy": "navy", "pink": "pink", "purple": "purple", "yellow": "yellow", "orange": "orange",
    "brown": "brown", "beige": "beige", "silver": "silver", "gold": "gold", "golden": "gold", "teal": "teal",
    "maroon": "maroon", "burgundy": "burgundy", "cream": "cream", "ivory": "ivory", "khaki": "khaki",
    "turquoise": "turquoise", "violet": "violet", "olive": "olive", "tan": "tan", "charcoal": "charcoal",
    "rose": "rose", "lilac": "lilac", "mint": "mint", "coral": "coral", "multicolour": "multicolour",
  ]

  /// Words before a highest price ("under 50", "no more than $30", "budget of 40").
  /// "Not more than 25" is a highest price, though "more than 25" is a lowest: a reader scanning from the left meets the
  /// negated cue first; one that reads the lowest cues on their own skips a cue after `negations`.
  public static let highestPriceCues: [[String]] = [["under"], ["below"], ["less", "than"], ["cheaper", "than"], ["max"],
                                                    ["maximum"], ["up", "to"], ["no", "more", "than"], ["not", "more", "than"],
                                                    ["not", "over"], ["not", "above"], ["at", "most"],
                                                    ["within"], ["<"], ["budget", "of"], ["budget"]]

  /// Words that make a price cue after them no cue of its own ("not more than": no lowest price).
  public static let negations: Set<String> = ["not", "no"]

  /// Words before a lowest price ("over 50", "at least €20", "starting at 10").
  public static let lowestPriceCues: [[String]] = [["over"], ["above"], ["more", "than"], ["at", "least"], ["min"],
                                                   ["minimum"], ["from"], [">"], ["starting", "at"]]
}
