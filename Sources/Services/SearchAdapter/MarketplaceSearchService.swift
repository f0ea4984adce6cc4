public import AdapterSupport
import Foundation
public import MeshCore
public import MeshProtos

/// `mesh.search.v1.SearchService` over the marketplace's `/v1/search`. The catalogue is public: no
/// caller identity is needed.
public struct MarketplaceSearchService: Mesh_Search_V1_SearchService.ServiceProtocol {
  private let client: MarketplaceClient

  /// Creates the adapter.
  /// - Parameter client: the marketplace client.
  public init(client: MarketplaceClient) { self.client = client }

  /// The marketplace query for a request; INVALID_ARGUMENT for filters it cannot express.
  static func path(for request: Mesh_Search_V1_SearchRequest) throws -> (path: String, page: Int, pageSize: Int) {
    var items: [(String, String)] = [("q", request.query)]
    for filter in request.filters {
      switch (filter.attribute, filter.condition) {
      case ("category", .equals(let value)?), ("brand", .equals(let value)?), ("colour", .equals(let value)?),
           ("size", .equals(let value)?):
        items.append((filter.attribute, value))
      case ("color", .equals(let value)?):
        items.append(("colour", value))
      case ("price", .range(let range)?):
        if let min = range.min { items.append(("min_price_cents", String(Int64((min * 100).rounded(.down))))) }
        if let max = range.max { items.append(("max_price_cents", String(Int64((max * 100).rounded(.up))))) }
      case ("rating", .range(let range)?):
        // The marketplace filters on a lowest rating only (ratings run from 0 to 5; none is above 5).
        guard range.max == nil, let min = range.min, min.isFinite, (0...5).contains(min) else {
          throw RPCError(code: .invalidArgument, message: "the rating filter takes a lowest rating from 0 to 5")
        }
        items.append(("min_rating", String(min)))
      case ("in_stock", .exists(let wanted)?):
        items.append(("in_stock", wanted ? "true" : "false"))
      default:
        throw RPCError(code: .invalidArgument,
                       message: "unsupported filter on \(filter.attribute.isEmpty ? "(no attribute)" : filter.attribute)")
      }
    }
    if let max = request.maxPrice {
      guard let cents = ProtoConversions.cents(max), cents >= 0 else {
        throw RPCError(code: .invalidArgument, message: "max_price is not a valid amount")
      }
      items.append(("max_price_cents", String(cents)))
    }
    let sort: String = switch request.sort {
    case .priceAscending: "price_asc"
    case .priceDescending: "price_desc"
    case .newest: "newest"
    case .rating: "rating"
    default: "relevance"
    }
    items.append(("sort", sort))
    let size = Int(request.page?.pageSize ?? 0)
    let pageSize = size <= 0 ? 20 : min(size, 100)
    let token = request.page?.pageToken ?? ""
    guard let page = token.isEmpty ? 1 : Int(token), (1...10_000).contains(page) else {
      throw RPCError(code: .invalidArgument, message: "page_token is not one this service issued")
    }
    items += [("page", String(page)), ("page_size", String(pageSize))]
    let query = items.map { "\($0.0)=\(MarketplaceClient.segment($0.1))" }.joined(separator: "&")
    return ("/v1/search?" + query, page, pageSize)
  }

  private func run(_ request: Mesh_Search_V1_SearchRequest, context: ServerContext)
    async throws -> (MarketplaceShapes.SearchPage, Int, Int)
  {
    let (path, page, pageSize) = try Self.path(for: request)
    return (try await client.get(path, as: MarketplaceShapes.SearchPage.self, context: context), page, pageSize)
  }

  static func hit(_ hit: MarketplaceShapes.SearchPage.Hit, query: String) -> Mesh_Search_V1_SearchHit {
    var result = Mesh_Search_V1_SearchHit()
    result.listing = ProtoConversions.listing(hit.listing)
    result.score = Float(hit.score)
    let title = hit.listing.title.lowercased()
    result.highlights = query.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
      .map(String.init).filter { $0.count > 1 && title.contains($0) }
    return result
  }

  /// One page of results, with counts per brand, colour and category over that page.
  public func search(request: Mesh_Search_V1_SearchRequest, context: ServerContext) async throws
    -> Mesh_Search_V1_SearchResponse
  {
    let (result, page, pageSize) = try await run(request, context: context)
    var response = Mesh_Search_V1_SearchResponse()
    response.hits = result.results.map { Self.hit($0, query: request.query) }
    var info = Mesh_Common_V1_PageInfo()
    info.totalCount = Int64(result.total)
    info.nextPageToken = page * pageSize < result.total ? String(page + 1) : ""
    response.page = info
    for hit in result.results {
      response.facetCounts["brand:\(hit.listing.brand)", default: 0] += 1
      response.facetCounts["colour:\(hit.listing.colour)", default: 0] += 1
      response.facetCounts["category:\(hit.listing.category)", default: 0] += 1
    }
    var took = Google_Protobuf_Duration()
    took.seconds = Int64(result.tookMs / 1000)
    took.nanos = Int32((result.tookMs.truncatingRemainder(dividingBy: 1000) * 1_000_000).rounded())
    response.took = took
    response.correctedQuery = result.correctedQuery
    return response
  }

  /// The same page, one hit per message.
  public func streamSearch(request: Mesh_Search_V1_SearchRequest, response: ResponseWriter<Mesh_Search_V1_SearchHit>,
                           context: ServerContext) async throws {
    let (result, _, _) = try await run(request, context: context)
    for hit in result.results { try await response.write(Self.hit(hit, query: request.query)) }
  }

  /// Titles that match each prefix as the user types (one answer per request).
  public func suggest(request: RequestStream<Mesh_Search_V1_SuggestRequest>,
                      response: ResponseWriter<Mesh_Search_V1_SuggestResponse>, context: ServerContext) async throws {
    for try await typed in request {
      var answer = Mesh_Search_V1_SuggestResponse()
      answer.prefix = typed.prefix
      let prefix = typed.prefix.trimmingCharacters(in: .whitespaces)
      if prefix.count >= 2 {
        let limit = typed.limit <= 0 ? 5 : min(Int(typed.limit), 20)
        let page = try await client.get("/v1/search?q=\(MarketplaceClient.segment(prefix))&page_size=\(limit * 2)",
                                        as: MarketplaceShapes.SearchPage.self, context: context)
        var seen = Set<String>()
        answer.suggestions = page.results.map(\.listing.title).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
      }
      try await response.write(answer)
    }
  }
}
