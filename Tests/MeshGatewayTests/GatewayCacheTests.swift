import Foundation
import MeshCore
import MeshGateway
import MeshProtos
import Synchronization
import Testing

/// A listing service upstream that answers each caller with its own title and counts the calls that
/// reached it: what the gateway's cache must keep apart per user, and must spare.
final class PerUserListings: Mesh_Listing_V1_ListingService.ServiceProtocol {
  private let calls = Atomic<Int>(0)
  var count: Int { calls.load(ordering: .relaxed) }

  func getListing(request: Mesh_Listing_V1_GetListingRequest, context: ServerContext) async throws -> Mesh_Listing_V1_Listing {
    calls.add(1, ordering: .relaxed)
    var listing = Mesh_Listing_V1_Listing()
    listing.listingID = request.listingID
    listing.title = "\(request.listingID) for \(context.requestMetadata.firstString(forKey: "x-mesh-user-id") ?? "nobody")"
    return listing
  }

  func batchGetListings(request: Mesh_Listing_V1_BatchGetListingsRequest, context: ServerContext) async throws
    -> Mesh_Listing_V1_BatchGetListingsResponse {
    throw RPCError(code: .unimplemented, message: "GetListing only")
  }

  func watchListings(request: Mesh_Listing_V1_WatchListingsRequest, response: ResponseWriter<Mesh_Listing_V1_ListingUpdate>,
                     context: ServerContext) async throws {
    throw RPCError(code: .unimplemented, message: "GetListing only")
  }
}

/// The response cache wired into the real gateway by the mesh file's `cache:`: REST and Connect GETs of
/// `GetListing` (marked NO_SIDE_EFFECTS in listing.proto), with curl as the client and tokens checked
/// against a real JWKS server through the gateway's `auth` cluster.
@Suite("Gateway response cache")
struct GatewayCacheTests {
  @Test("Each user gets their own answer, a repeat does not reach the upstream, no-cache does, the bound holds")
  func perUserEntries() async throws {
    let callers = try SignedCallers()
    let listings = PerUserListings()
    try await withServer([callers.publisher, listings]) { _, _, address in
      let upstream = "127.0.0.1:\(address.port)"
      let mesh = gatewayMeshFile(
        routes: ["{ match: { service: mesh.listing.v1.ListingService }, cluster: listings }"],
        clusters: ["listings": [upstream], "auth": [upstream]],
        extra: SignedCallers.authSection + """
            cache: { ttl: 60s, max_entries: 2, methods: [mesh.listing.v1.ListingService] }

          """)
      try await GatewayFixture.with(mesh) { fixture in
        let base = "http://127.0.0.1:\(fixture.port)"
        func rest(_ user: String, _ id: String, _ headers: [String] = []) async throws -> String {
          try await curl(["-H", "authorization: Bearer \(try callers.token(user))"] + headers.flatMap { ["-H", $0] }
            + ["\(base)/v1/listings/\(id)"])
        }
        let cache = try #require(fixture.gateway.responseCache)

        #expect(try await rest("u-ann", "L1").contains("\"L1 for u-ann\""))
        #expect(listings.count == 1)
        #expect(try await rest("u-ann", "L1").contains("\"L1 for u-ann\""))
        #expect(listings.count == 1, "the same GET of the same user reached the upstream again")

        // Another user: the upstream answers them, with their own data.
        let bob = try await rest("u-bob", "L1")
        #expect(bob.contains("\"L1 for u-bob\"") && !bob.contains("u-ann"), "\(bob)")
        #expect(listings.count == 2)
        #expect(try await rest("u-bob", "L1").contains("\"L1 for u-bob\""))
        #expect(listings.count == 2)

        // no-cache goes to the upstream, and leaves the cache as it was.
        #expect(try await rest("u-ann", "L1", ["cache-control: no-cache"]).contains("\"L1 for u-ann\""))
        #expect(listings.count == 3)
        #expect(cache.usage.entries == 2)

        // A third entry evicts the least recently used (ann's L1): ann reaches the upstream again for it.
        #expect(try await rest("u-ann", "L2").contains("\"L2 for u-ann\""))
        #expect(listings.count == 4)
        #expect(cache.usage.entries == 2)
        #expect(try await rest("u-bob", "L1").contains("\"L1 for u-bob\""))
        #expect(listings.count == 4)
        #expect(try await rest("u-ann", "L1").contains("\"L1 for u-ann\""))
        #expect(listings.count == 5)
        #expect(cache.usage.entries == 2)

        // A Connect GET of the same request by the same user is the same entry.
        let connect = try await curl([
          "--get", "-H", "authorization: Bearer \(try callers.token("u-ann"))",
          "--data-urlencode", "encoding=json", "--data-urlencode", #"message={"listingId":"L1"}"#,
          "\(base)/mesh.listing.v1.ListingService/GetListing",
        ])
        #expect(connect.contains("\"L1 for u-ann\""), "\(connect)")
        #expect(listings.count == 5)

        // A call without a token is refused before the cache: nobody reads a cached answer anonymously.
        let anonymous = try await curl(["-o", "/dev/null", "-w", "%{http_code}", "\(base)/v1/listings/L2"])
        #expect(anonymous == "401")
        #expect(listings.count == 5)
      }
    }
  }
}
