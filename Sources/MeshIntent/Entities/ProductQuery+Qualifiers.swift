/// The words after a search's product phrase that still describe the product: "something for men with leather"
/// is a search for men's things in leather, "a gift for my dad who likes fishing" one for men and fishing. The
/// product phrase ends at "for", "with", "in", "that", "who"; the rest of the clause is read for words with a
/// product meaning (materials, uses, attributes, whom it is for) and the words that carry none are dropped
/// (function words, pronouns, verbs of liking and needing, asking words). The catalogue's search matches any word
/// and ranks listings by words matched, so a kept word that no listing holds costs nothing.
extension ProductQuery {
  /// Words that end the clause the product is described in: what follows is another thought ("..., but", "if",
  /// "because"), a date ("by friday") or a courtesy.
  static let clauseEnds: Set<String> = [
    "but", "because", "cause", "cuz", "so", "if", "please", "pls", "plz", "thanks", "thank", "thx", "since", "when", "by",
    "before", "until", "till", "though", "although", "size", "sized", "where", "how", "what", "whats", "or", "also",
  ]

  /// Words with no product meaning in a product's description (besides `lead` and `stops`): pronouns, articles,
  /// verbs of liking, needing and doing, vague nouns and degree words.
  static let noProductMeaning: Set<String> = [
    "he", "she", "they", "them", "him", "her", "his", "hers", "their", "theirs", "its", "it", "this", "these", "those", "who", "whom",
    "whose", "someone", "somebody", "anyone", "everyone", "person", "people", "likes", "loves", "enjoys", "plays", "does", "goes",
    "wants", "needs", "uses", "spends", "works", "lives", "prefers", "love", "enjoy", "play", "go", "use", "used", "using", "be", "been",
    "being", "was", "were", "will", "would", "should", "could", "can", "may", "might", "has", "had", "did", "doing", "going", "got",
    "gets", "into", "really", "very", "quite", "bit", "lot", "lots", "of", "than", "too", "not", "no", "only", "just", "more", "most",
    "less", "much", "many", "all", "every", "each", "other", "others", "own", "same", "such", "ever", "always", "never", "often",
    "sometimes", "usually", "thing", "things", "stuff", "anything", "everything", "one", "ones", "sort", "type", "types", "made",
    "make", "from", "at", "as", "then", "day", "days", "week", "weeks", "time", "times", "year", "years", "old", "around", "kinda",
    "sorta", "maybe", "perhaps", "probably", "actually", "basically", "especially", "currently", "mostly", "kind", "sure",
    "something", "ideas", "idea", "suggestions", "suggest", "recommendations", "help", "mine", "our", "ours", "yours", "am", "is",
    "are", "up", "out", "off", "over", "about", "lately", "recently", "now", "onto", "upon", "have",
    "the", "a", "an", "and", "for", "with", "in", "on", "to", "that", "which", "like", "my", "your", "me", "i", "you", "we", "us",
  ]

  /// People a gift is for, said as the catalogue's words for whom a product is made ("for my dad": men's things).
  static let recipients: [String: String] = [
    "dad": "men", "daddy": "men", "father": "men", "husband": "men", "boyfriend": "men", "brother": "men", "grandpa": "men",
    "grandfather": "men", "uncle": "men", "guy": "men", "guys": "men", "man": "men", "hubby": "men",
    "mum": "women", "mom": "women", "mommy": "women", "mummy": "women", "mother": "women", "wife": "women", "girlfriend": "women",
    "sister": "women", "grandma": "women", "grandmother": "women", "aunt": "women", "woman": "women", "lady": "women",
    "ladies": "women",
  ]

  /// The product words of the clause after the product phrase, from token `from`: each word another entity does not
  /// hold (`free`), with a product meaning, once; a person a gift is for as the catalogue's word. Stops at
  /// punctuation, a price, a number (a size, a date) or a word that ends the clause.
  static func qualifiers(_ tokens: [Token], from: Int, head: [String], priceTokens: Set<Int>,
                         free: (Int, Int) -> Bool) -> (words: [String], first: Int, last: Int)? {
    var words: [String] = []
    var first = -1, last = -1
    var index = from
    while index < tokens.count {
      let token = tokens[index]
      guard token.isWord, !token.hasDigit, !priceTokens.contains(index), !clauseEnds.contains(token.lower),
            Money.match(tokens, at: index) == nil else { break }
      index += 1
      guard free(token.start, token.end), colours[token.lower] == nil, !lead.contains(token.lower),
            !noProductMeaning.contains(token.lower) else { continue }
      let word = recipients[token.lower] ?? token.lower
      // A word once ("men's and men's"); "for men" after "men's" adds nothing.
      guard !words.contains(word), !head.contains(word), token.lower.count > 1 else { continue }
      words.append(word)
      if first < 0 { first = index - 1 }
      last = index - 1
    }
    return words.isEmpty ? nil : (words, first, last)
  }
}
