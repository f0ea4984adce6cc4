import MeshHTTP
import MeshPostgres

/// A catalogue search as the API takes it (`GET /v1/search?q=…&brand=…`), validated, and the
/// parameterised SQL that answers it: each query word that is not a word of the catalogue is first
/// replaced by the most similar one (pg_trgm over `search_terms`, so "snekers" becomes "sneakers"),
/// then full-text search over the GIN index ranks the listings.
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

  /// The query's words, lower-cased (letters and digits only; at most 12).
  var words: [String] {
    text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(12).map(String.init)
  }

  /// The statement that corrects the words: each unknown word becomes the most similar catalogue word
  /// above pg_trgm's similarity threshold, or stays as it is.
  static let correction = """
    SELECT coalesce(string_agg(coalesce(
      (SELECT t.term FROM marketplace.search_terms t WHERE t.term = w.word),
      (SELECT t.term FROM marketplace.search_terms t WHERE t.term % w.word
       ORDER BY similarity(t.term, w.word) DESC, t.term LIMIT 1),
      w.word), ' ' ORDER BY w.n), '')
    FROM unnest($1::text[]) WITH ORDINALITY AS w(word, n)
    """

  /// The words as a PostgreSQL array literal (they hold letters and digits only, so need no escaping).
  var wordsLiteral: String { "{" + words.map { "\"\($0)\"" }.joined(separator: ",") + "}" }

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
    if !corrected.isEmpty {
      let query = placeholder(corrected)
      conditions.append("l.search @@ plainto_tsquery('english', \(query))")
      score = "ts_rank(l.search, plainto_tsquery('english', \(query)))::float8"
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
    if inStock { conditions.append("l.stock > 0") }
    let order = switch sort {
    case .relevance: corrected.isEmpty ? "l.rating DESC, l.review_count DESC" : "score DESC, l.rating DESC"
    case .priceAsc: "l.price_cents ASC"
    case .priceDesc: "l.price_cents DESC"
    case .rating: "l.rating DESC, l.review_count DESC"
    case .newest: "l.created_at DESC"
    }
    let limit = placeholder(pageSize)
    let offset = placeholder((page - 1) * pageSize)
    let sql = """
      SELECT \(ListingJSON.columns), \(score) AS score, count(*) OVER () AS total
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
