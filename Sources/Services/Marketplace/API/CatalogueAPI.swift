import Foundation
import MeshHTTP
import MeshPostgres
import MeshShopWords

/// The public part of the API: categories, listings and search.
struct CatalogueAPI: Sendable {
  let pool: PostgresPool
  /// The words a search's correction leaves as written.
  let vocabulary: EnglishWordList

  func register(on router: inout HTTPRouter) {
    router.add("GET", "/v1/categories") { _ in await JSONResponses.guarded { try await categories() } }
    router.add("GET", "/v1/search") { request in await JSONResponses.guarded { try await search(request) } }
    router.add("GET", "/v1/listings/{listingId}") { request in
      await JSONResponses.guarded { try await listing(request.parameter("listingId")) }
    }
    router.add("GET", "/v1/listings") { request in await JSONResponses.guarded { try await batch(request) } }
  }

  private func categories() async throws -> HTTPResponse {
    struct Category: Encodable {
      let id: String
      let name: String
      let parentId: String?
      let listingCount: Int
    }
    let rows = try await pool.execute("""
      SELECT c.id, c.name, c.parent_id, (SELECT count(*) FROM marketplace.listings l WHERE l.category_id = c.id) AS n
      FROM marketplace.categories c ORDER BY c.id
      """, idempotent: true).rows
    let categories = try rows.map {
      Category(id: try $0.decode(String.self, at: 0), name: try $0.decode(String.self, at: 1),
               parentId: try $0.decode(String?.self, at: 2), listingCount: try $0.decode(Int.self, at: 3))
    }
    return try JSONResponses.ok(["categories": categories])
  }

  private func search(_ request: HTTPRequest) async throws -> HTTPResponse {
    struct Hit: Encodable {
      let listing: ListingJSON
      let score: Double
    }
    struct Page: Encodable {
      let query: String
      let correctedQuery: String?
      let total: Int
      let page: Int
      let pageSize: Int
      let tookMs: Double
      let results: [Hit]
    }
    let query = try SearchQuery(request: request)
    let started = ContinuousClock.now
    let words = query.words
    let corrected = words.isEmpty ? "" : try await pool.execute(SearchQuery.correction, [query.wordsLiteral, query.knownLiteral(vocabulary)],
                                                                    idempotent: true)
      .first?.decode(String.self, at: 0) ?? ""
    let (sql, parameters) = query.statement(corrected: corrected)
    let rows = try await pool.execute(sql, parameters, idempotent: true).rows
    let hits = try rows.map { Hit(listing: try ListingJSON(row: $0), score: try $0.decode(Double.self, named: "score")) }
    let total = try rows.first?.decode(Int.self, named: "total") ?? 0
    let took = ContinuousClock.now - started
    let milliseconds = Double(took.components.seconds) * 1000 + Double(took.components.attoseconds) / 1e15
    let correctedQuery = corrected != words.joined(separator: " ") ? corrected : nil
    return try JSONResponses.ok(Page(query: query.text, correctedQuery: correctedQuery, total: total, page: query.page, pageSize: query.pageSize,
                                     tookMs: milliseconds, results: hits))
  }

  private func listing(_ id: String) async throws -> HTTPResponse {
    let rows = try await pool.execute("SELECT \(ListingJSON.columns) FROM marketplace.listings l WHERE l.id = $1",
                                      [id], idempotent: true).rows
    guard let row = rows.first else { throw MarketplaceError.notFound("listing", id) }
    return try JSONResponses.ok(try ListingJSON(row: row))
  }

  private func batch(_ request: HTTPRequest) async throws -> HTTPResponse {
    struct Batch: Encodable {
      let listings: [ListingJSON]
      let notFound: [String]
    }
    let ids = (request.query("ids") ?? "").split(separator: ",").map(String.init)
    guard !ids.isEmpty, ids.count <= 100 else { throw MarketplaceError.badRequest("ids must list 1 to 100 listing ids") }
    guard ids.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }) else {
      throw MarketplaceError.badRequest("a listing id has letters, digits and dashes only")
    }
    let rows = try await pool.execute("SELECT \(ListingJSON.columns) FROM marketplace.listings l WHERE l.id = ANY($1::text[])",
                                      ["{" + ids.joined(separator: ",") + "}"], idempotent: true).rows
    let listings = try rows.map(ListingJSON.init(row:))
    let found = Set(listings.map(\.id))
    return try JSONResponses.ok(Batch(listings: listings, notFound: ids.filter { !found.contains($0) }))
  }
}
