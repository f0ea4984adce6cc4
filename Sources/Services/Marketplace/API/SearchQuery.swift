import MeshHTTP
import MeshPostgres
import MeshShopWords

/// A catalogue search as the API takes it (`GET /v1/search?q=…&brand=…`), validated, and the
/// parameterised SQL that answers it: each query word that is neither a word of the catalogue nor a correct English
/// word is first replaced by the most similar catalogue word (pg_trgm over `search_terms`, so "snekers" becomes "sneakers"),
/// then full-text search over the GIN index finds the listings that hold any of the words, as a shop's
/// search does ("running shoes for women" still finds running shoes), those with the most words first.
struct SearchQuery: Sendable, Equatable {
  /// Result orders.
  enum Sort: String, Sendable, CaseIterable {
    case relevance, priceAsc = "price_asc", priceDesc = "price_desc", rating, newest
  }

  var text = ""
  var category: String?
  var brand: String?
  var colour: String?
  var size: String?
  var minPriceCents: Int64?
  var maxPriceCents: Int64?
  /// The lowest rating (0 to 5) a listing must have ("more than 4 stars"); listings without reviews have none.
  var minRating: Double?
  var inStock = false
  var sort = Sort.relevance
  var page = 1
  var pageSize = 20

  static let maxPageSize = 100

  init() {}

  /// Reads the query string; 400 for values that make no sense.
  init(request: HTTPRequest) throws {
    text = String((request.query("q") ?? "").trimmingSpacesAndNewlines.prefix(200))
    category = request.query("category").nonEmpty
    brand = request.query("brand").nonEmpty
    colour = request.query("colour").nonEmpty ?? request.query("color").nonEmpty
    size = request.query("size").nonEmpty
    minPriceCents = try Self.cents(request.query("min_price_cents"), "min_price_cents")
    maxPriceCents = try Self.cents(request.query("max_price_cents"), "max_price_cents")
    if let min = minPriceCents, let max = maxPriceCents, min > max {
      throw MarketplaceError.badRequest("min_price_cents is above max_price_cents")
    }
    if let ratingText = request.query("min_rating").nonEmpty {
      guard let rating = Double(ratingText), rating.isFinite, (0...5).contains(rating) else {
        throw MarketplaceError.badRequest("min_rating must be a number from 0 to 5")
      }
      minRating = rating
    }
    switch request.query("in_stock") {
    case nil, "", "false", "0": inStock = false
    case "true", "1": inStock = true
    default: throw MarketplaceError.badRequest("in_stock must be true or false")
    }
    if let sortText = request.query("sort").nonEmpty {
      guard let parsed = Sort(rawValue: sortText) else {
        throw MarketplaceError.badRequest("sort must be one of \(Sort.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      sort = parsed
    }
    page = try request.intQuery("page", default: 1, range: 1...10_000)
    pageSize = try request.intQuery("page_size", default: 20, range: 1...Self.maxPageSize)
  }

  private static func cents(_ text: String?, _ name: String) throws -> Int64? {
    guard let text, !text.isEmpty else { return nil }
    guard let value = Int64(text), value >= 0 else { throw MarketplaceError.badRequest("\(name) must be a whole number of cents") }
    return value
  }

  /// Words that ask for low prices rather than name a product ("cheap shoes"): not searched for; without a
  /// sort asked, the listings that match as well are shown cheapest first.
  static let priceWords: Set<String> = ["cheap", "cheaper", "cheapest", "inexpensive", "affordable", "lowcost"]

  /// The query's words, lower-cased (letters, digits and the hyphens inside a word; at most 12), without the price
  /// words. A hyphenated word stays whole ("t-shirt", "e-reader"): split, its first part may be a stop word ("t")
  /// and the rest another product ("shirt"), while full-text search indexes the whole word as a lexeme of its own.
  var words: [String] {
    text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
      .map { $0.split(separator: "-").joined(separator: "-") }.filter { !$0.isEmpty }.prefix(12)
      .filter { !Self.priceWords.contains($0) }
  }

  /// Whether the text asks for low prices ("cheapest laptop").
  var asksForLowPrices: Bool {
    text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { Self.priceWords.contains(String($0)) }
  }

  /// The statement that corrects the words: each unknown word becomes the most similar catalogue word
  /// above pg_trgm's similarity threshold, or stays as it is. A stop word ("for", "with", "some": no lexeme
  /// in the english configuration) stays as it is, as the search ignores it ("for" is not corrected to "fork").
  /// A hyphenated word that some listing holds ("t-shirt", "t-shirts": full-text search stems it) stays whole: the
  /// catalogue's words are split at hyphens, so it is no catalogue word itself, and its nearest one would be a
  /// part ("shirt").
  /// A word of a brand's name is a target only when the word is very like it (`brandSimilarity`): a shopper's product
  /// word the catalogue lacks ("case" in "phone case") is far more common than a misspelt brand, and was read as the
  /// brand "Casa Verde" at pg_trgm's default threshold (0.3); a brand misspelt by a letter ("Voltrra") is still mended.
  /// The brands' words are the table `brand_terms` (migration 1003, filled with the seed).
  /// A correct English word (`$2`, from `EnglishWordList`) stays as it is: "rain" is no misspelt "train", and a word the
  /// catalogue lacks is said to be missing by the search's results rather than swapped for another product.
  static let correction = """
    SELECT coalesce(string_agg(coalesce(
      (SELECT w.word WHERE w.known),
      (SELECT w.word WHERE to_tsvector('english', w.word) = ''::tsvector),
      (SELECT w.word WHERE strpos(w.word, '-') > 0
         AND EXISTS (SELECT 1 FROM marketplace.listings l WHERE l.search @@ plainto_tsquery('english', w.word))),
      (SELECT t.term FROM marketplace.search_terms t WHERE t.term = w.word),
      (SELECT t.term FROM marketplace.search_terms t WHERE t.term % w.word
         AND (similarity(t.term, w.word) >= \(brandSimilarity)
              OR NOT EXISTS (SELECT 1 FROM marketplace.brand_terms b WHERE b.term = t.term))
       ORDER BY similarity(t.term, w.word) DESC, t.term LIMIT 1),
      w.word), ' ' ORDER BY w.n), '')
    FROM unnest($1::text[], $2::boolean[]) WITH ORDINALITY AS w(word, known, n)
    """

  /// The trigram similarity a word needs to a word of a brand's name to be corrected to it ("voltrra" and "voltra":
  /// 0.67; "case" and "casa": 0.43).
  static let brandSimilarity = 0.5

  /// The words as a PostgreSQL array literal (they hold letters, digits and hyphens only, so need no escaping).
  var wordsLiteral: String { "{" + words.map { "\"\($0)\"" }.joined(separator: ",") + "}" }

  /// For each word, whether `vocabulary` lists it (a correct English word, left as written), as a PostgreSQL array literal.
  func knownLiteral(_ vocabulary: EnglishWordList) -> String {
    "{" + words.map { vocabulary.contains($0) ? "t" : "f" }.joined(separator: ",") + "}"
  }

  /// The statement and its parameters. Only values travel as parameters; the text of the statement
  /// depends only on which filters are present, so the server plans each shape once.
  func statement(corrected: String) -> (sql: String, parameters: [any PostgresEncodable]) {
    var parameters: [any PostgresEncodable] = []
    func placeholder(_ value: any PostgresEncodable) -> String {
      parameters.append(value)
      return "$\(parameters.count)"
    }
    var conditions: [String] = []
    var score = "0::float8"
    var matched = "0"
    if !corrected.isEmpty {
      let query = placeholder(corrected)
      // Any word matches (plainto_tsquery's "&" made "|"; the words hold letters and digits only, so its text
      // has no other operator), and `matched` counts the query's lexemes the listing holds: the lexemes
      // ts_delete removes from the listing's vector. (An INTERSECT of the two lexeme arrays counted the same,
      // but as a subplan per matched row it took 3/4 of a common word's search: 100 -> 25 ms at 3,000 rows.)
      // The query's lexemes are a scalar subquery, an InitPlan made once per search.
      let anyWord = "replace(plainto_tsquery('english', \(query))::text, ' & ', ' | ')::tsquery"
      conditions.append("l.search @@ \(anyWord)")
      score = "ts_rank(l.search, \(anyWord))::float8"
      matched = "length(l.search) - length(ts_delete(l.search, (SELECT tsvector_to_array(to_tsvector('english', \(query))))))"
    }
    if let category {
      let value = placeholder(category)
      conditions.append("(l.category_id = \(value) OR l.category_id IN (SELECT id FROM marketplace.categories WHERE parent_id = \(value)))")
    }
    if let brand { conditions.append("lower(l.brand) = lower(\(placeholder(brand)))") }
    if let colour { conditions.append("l.colour = lower(\(placeholder(colour)))") }
    if let size { conditions.append("lower(l.size) = lower(\(placeholder(size)))") }
    if let minPriceCents { conditions.append("l.price_cents >= \(placeholder(minPriceCents))") }
    if let maxPriceCents { conditions.append("l.price_cents <= \(placeholder(maxPriceCents))") }
    if let minRating { conditions.append("l.review_count > 0 AND l.rating >= \(placeholder(minRating))") }
    if inStock { conditions.append("l.stock > 0") }
    let sort = self.sort == .relevance && asksForLowPrices ? Sort.priceAsc : self.sort
    let sortOrder = switch sort {
    case .relevance: corrected.isEmpty ? "l.rating DESC, l.review_count DESC" : "score DESC, l.rating DESC"
    case .priceAsc: "l.price_cents ASC"
    case .priceDesc: "l.price_cents DESC"
    case .rating: "l.rating DESC, l.review_count DESC"
    case .newest: "l.created_at DESC"
    }
    // The listings with the most query words come first whatever the sort ("cheapest running shoes": running
    // shoes by price, then shoes or running kit).
    let order = corrected.isEmpty ? sortOrder : "matched DESC, " + sortOrder
    let limit = placeholder(pageSize)
    let offset = placeholder((page - 1) * pageSize)
    let sql = """
      SELECT \(ListingJSON.columns), \(score) AS score, \(matched) AS matched, count(*) OVER () AS total
      FROM marketplace.listings l
      \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
      ORDER BY \(order), l.id LIMIT \(limit) OFFSET \(offset)
      """
    return (sql, parameters)
  }
}

extension Optional where Wrapped == String {
  /// nil for nil or an empty string.
  var nonEmpty: String? {
    guard let self, !self.isEmpty else { return nil }
    return self
  }
}

extension String {
  var trimmingSpacesAndNewlines: Substring {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return slice
  }
}
