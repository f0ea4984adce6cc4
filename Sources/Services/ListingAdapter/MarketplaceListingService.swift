public import AdapterSupport
import Foundation
public import MeshCore
public import MeshProtos

/// `mesh.listing.v1.ListingService` over the marketplace's `/v1/listings`. Public data: no identity needed.
public struct MarketplaceListingService: Mesh_Listing_V1_ListingService.ServiceProtocol {
  private let client: MarketplaceClient
  private let pollInterval: Duration

  /// Creates the adapter.
  /// - Parameters:
  ///   - client: the marketplace client.
  ///   - pollInterval: how often WatchListings looks for changes (the marketplace has no push API).
  public init(client: MarketplaceClient, pollInterval: Duration = .seconds(2)) {
    self.client = client
    self.pollInterval = pollInterval
  }

  /// One listing.
  public func getListing(request: Mesh_Listing_V1_GetListingRequest, context: ServerContext) async throws
    -> Mesh_Listing_V1_Listing
  {
    guard !request.listingID.isEmpty else { throw RPCError(code: .invalidArgument, message: "listing_id is required") }
    let listing = try await client.get("/v1/listings/\(MarketplaceClient.segment(request.listingID))",
                                       as: MarketplaceShapes.Listing.self, context: context)
    return ProtoConversions.listing(listing)
  }

  private func batch(_ ids: [String], context: ServerContext?) async throws -> MarketplaceShapes.ListingBatch {
    guard !ids.isEmpty, ids.count <= 100 else {
      throw RPCError(code: .invalidArgument, message: "listing_ids must hold 1 to 100 ids")
    }
    let joined = ids.map(MarketplaceClient.segment).joined(separator: ",")
    return try await client.get("/v1/listings?ids=\(joined)", as: MarketplaceShapes.ListingBatch.self, context: context)
  }

  /// Several listings; the ids not found are listed apart.
  public func batchGetListings(request: Mesh_Listing_V1_BatchGetListingsRequest, context: ServerContext) async throws
    -> Mesh_Listing_V1_BatchGetListingsResponse
  {
    let result = try await batch(request.listingIds, context: context)
    var response = Mesh_Listing_V1_BatchGetListingsResponse()
    for listing in result.listings { response.listings[listing.id] = ProtoConversions.listing(listing) }
    response.notFound = result.notFound
    return response
  }

  /// Price, stock and status changes of the given listings, found by polling; the first look is the
  /// baseline.
  public func watchListings(request: Mesh_Listing_V1_WatchListingsRequest,
                            response: ResponseWriter<Mesh_Listing_V1_ListingUpdate>, context: ServerContext) async throws {
    var known: [String: MarketplaceShapes.Listing] = [:]
    while !Task.isCancelled {
      let result = try await batch(request.listingIds, context: nil)
      for listing in result.listings {
        defer { known[listing.id] = listing }
        guard let before = known[listing.id] else { continue }
        var updates: [Mesh_Listing_V1_ListingUpdate.OneOf_Change] = []
        if before.price.amountCents != listing.price.amountCents { updates.append(.newPrice(ProtoConversions.money(listing.price))) }
        if before.stock != listing.stock { updates.append(.newStock(Int32(clamping: listing.stock))) }
        if (before.stock > 0) != (listing.stock > 0) { updates.append(.newStatus(listing.stock > 0 ? .active : .soldOut)) }
        for change in updates {
          var update = Mesh_Listing_V1_ListingUpdate()
          update.listingID = listing.id
          update.change = change
          update.at = ProtoConversions.timestamp(Date())
          try await response.write(update)
        }
      }
      try await Task.sleep(for: pollInterval)
    }
  }
}
