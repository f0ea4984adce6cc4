import Foundation
import MeshShopWords

/// A gift being looked for: the interests of the person it is for and the shopper's budget, read from the answer to the
/// gift question ("she likes gardening and cooking, around 40 euros") or from the ask itself ("a gift for my dad under 30").
public struct GiftWish: Sendable, Equatable, Codable {
  /// The interests, each in the shopper's words ("gardening", "board games"); empty when none was said.
  public var interests: [String]
  /// The lowest price, in major units.
  public var minPrice: Double?
  /// The highest price, in major units.
  public var maxPrice: Double?

  /// Creates a wish.
  public init(interests: [String] = [], minPrice: Double? = nil, maxPrice: Double? = nil) {
    self.interests = interests
    self.minPrice = minPrice
    self.maxPrice = maxPrice
  }
}

/// Reading a shopper's gift talk: what frames it ("she likes", "my mum", "for him") is dropped, a budget is a price bound,
/// and what is left, split at "and", "or" and commas, is the interests.
extension TurnReading {
  /// Words that frame a gift rather than say what is wanted: pronouns, liking verbs, fillers and gift words.
  static let giftFramingWords: Set<String> = [
    "she", "he", "they", "i", "we", "s", "shes", "hes", "theyre", "im", "its", "likes", "like", "loves", "love", "is", "are", "into", "enjoys", "enjoy", "really", "also",
    "my", "our", "for", "him", "her", "them", "his", "their", "a", "an", "the", "some", "something", "anything", "things", "stuff",
    "lot", "lots", "of", "nice", "need", "want", "looking", "find", "get", "buy", "help", "me", "please", "maybe", "probably", "mostly",
    "budget", "spend", "price", "which", "who", "that", "just", "very", "much", "big", "fan", "huge", "gift", "gifts", "present",
    "presents", "idea", "ideas", "birthday", "anniversary", "christmas", "xmas", "wedding", "housewarming", "graduation", "valentine",
    "valentines", "mothers", "fathers", "day", "hobby", "hobbies", "interests", "interested", "in", "to", "with",
  ]

  /// People a gift is for ("my brother", "my mum").
  static let giftPeople: Set<String> = [
    "mum", "mom", "mother", "mummy", "mommy", "dad", "father", "daddy", "brother", "sister", "wife", "husband", "friend", "friends",
    "boyfriend", "girlfriend", "partner", "son", "daughter", "grandma", "grandpa", "grandmother", "grandfather", "granny", "nan",
    "aunt", "auntie", "uncle", "niece", "nephew", "cousin", "boss", "colleague", "coworker", "teacher", "kid", "kids", "child",
    "baby", "parents", "grandparents", "fiance", "fiancee", "bestie",
  ]

  /// Words before an approximate budget ("around 40", "about 40 euros"), searched as a range around it.
  static let approximatePriceCues: Set<String> = ["around", "about", "roughly", "approximately", "approx", "circa", "~"]

  /// Currency words and signs that may stand beside a budget's number.
  static let currencyWords: Set<String> = ["$", "€", "£", "eur", "euro", "euros", "usd", "dollars", "dollar", "bucks", "gbp", "pounds",
                                           "pound"]

  /// How far from an approximate budget a price may be, as a share of it (around 40: 30 to 50).
  static let approximateBudgetSpread = 0.25

  /// Whether a message names a person a gift is for ("a present for my brother").
  static func namesAGiftPerson(_ text: String) -> Bool {
    words(joiningContractions(text)).contains(where: isGiftPerson)
  }

  /// Whether a word is a person a gift is for, or their possessive with its apostrophe dropped ("mums" of "mum's").
  static func isGiftPerson(_ word: String) -> Bool {
    giftPeople.contains(word) || (word.hasSuffix("s") && giftPeople.contains(String(word.dropLast())))
  }

  /// Whether a product phrase is only gift words and people ("gift", "dad", "something for my dad"): it names no
  /// product to search for.
  static func namesOnlyAGift(_ phrase: String) -> Bool {
    let words = words(joiningContractions(phrase))
    return !words.isEmpty && words.allSatisfy { giftFramingWords.contains($0) || isGiftPerson($0) }
  }

  /// The interests and budget of a shopper's gift talk; interests are empty when it says none.
  static func giftWish(_ text: String) -> GiftWish {
    // Commas, "and", "or" split interests; the other punctuation goes.
    let tokens = joiningContractions(text).lowercased()
      .replacingOccurrences(of: ",", with: " , ").replacingOccurrences(of: "&", with: " , ")
      .split { $0.isWhitespace }
      .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".!?;:()\"'")) }
      .filter { !$0.isEmpty }
    var wish = GiftWish()
    var used = Set<Int>()
    // The budget: a cue, a currency or filler, the number, a currency after it.
    for start in tokens.indices where !used.contains(start) {
      let approximate = approximatePriceCues.contains(tokens[start])
      let ceiling = ShopWords.highestPriceCues.first { Array(tokens[start...].prefix($0.count)) == $0 }
      let floor = ShopWords.lowestPriceCues.first { Array(tokens[start...].prefix($0.count)) == $0 }
      guard approximate || ceiling != nil || floor != nil else { continue }
      var at = start + (approximate ? 1 : (ceiling ?? floor)?.count ?? 1)
      while at < tokens.count, currencyWords.contains(tokens[at]) || ["is", "of"].contains(tokens[at]) { at += 1 }
      guard at < tokens.count, let value = moneyNumber(tokens[at].trimmingCharacters(in: CharacterSet(charactersIn: "$€£"))) else { continue }
      var end = at + 1
      if end < tokens.count, !currencyWords.contains(tokens[end]), nonMoneyUnits.contains(tokens[end]) { continue }
      if end < tokens.count, currencyWords.contains(tokens[end]) { end += 1 }
      if approximate {
        wish.minPrice = (value * (1 - approximateBudgetSpread)).rounded()
        wish.maxPrice = (value * (1 + approximateBudgetSpread)).rounded()
      } else if ceiling != nil {
        wish.maxPrice = value
      } else {
        wish.minPrice = value
      }
      used.formUnion(start..<end)
    }
    // What is left, split at "and", "or" and commas, without the framing and the people.
    var interests: [String] = []
    var current: [String] = []
    func close() {
      if !current.isEmpty { interests.append(current.joined(separator: " ")) }
      current = []
    }
    for (at, token) in tokens.enumerated() where !used.contains(at) {
      if [",", "and", "or", "but", "plus"].contains(token) { close(); continue }
      let word = words(token).joined(separator: " ")
      guard !word.isEmpty, !giftFramingWords.contains(word), !isGiftPerson(word), !currencyWords.contains(word),
            moneyNumber(word) == nil else { continue }
      current.append(word)
    }
    close()
    wish.interests = interests
    return wish
  }
}
