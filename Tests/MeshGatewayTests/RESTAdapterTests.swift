import AdapterSupport
import Foundation
import Marketplace
import MarketplaceAdapters
import MeshAuthTestSupport
import MeshCore
import MeshCrypto
@testable import MeshGateway
import MeshPostgres
import MeshPostgresTestSupport
import MeshProtos
import MeshTransport
import Testing

/// The REST routes of the repository's annotated protos (ProtoRegistry), over the real adapters and the
/// bundled marketplace on a throwaway PostgreSQL, behind the real authentication interceptor.
@Suite("REST over the marketplace adapters", .postgresCluster, .serialized)
struct RESTAdapterTests {
  @Test("Listings, batch gets (repeated query, POST binding), search, orders per verified user, enums and nested query")
  func annotatedRoutes() async throws {
    let cluster = try TestCluster.shared
    let group = EventLoopGroup(threads: 2)
    let marketplace = try await Marketplace.start(
      MarketplaceConfiguration(port: 0, database: cluster.configuration, seed: 11,
                               counts: .init(listings: 300, users: 30, orders: 300)), group: group)
    let pool = cluster.pool(max: 1)
    func stop() async {
      pool.close()
      await marketplace.stop()
      group.shutdown()
    }
    do {
      let client = try MarketplaceClient(configuration: MarketplaceClientConfiguration(
        baseURL: "http://127.0.0.1:\(marketplace.address.port)", timeout: .seconds(5)), group: group)
      try await exercise(client: client, pool: pool)
    } catch {
      await stop()
      throw error
    }
    await stop()
  }

  private func exercise(client: MarketplaceClient, pool: PostgresPool) async throws {
    let listings = try await pool.execute("SELECT id FROM marketplace.listings ORDER BY id LIMIT 2", []).rows
      .map { try $0.decode(String.self, at: 0) }
    guard let order = try await pool.execute(
      "SELECT id, user_id FROM marketplace.orders WHERE status = 'paid' ORDER BY id LIMIT 1", []).first else {
      Issue.record("no paid order in the seeded marketplace")
      return
    }
    let (orderID, owner) = (try order.decode(String.self, at: 0), try order.decode(String.self, at: 1))
    let key = try JWTKey.generateEd25519(keyID: "ed-1")
    let publisher = JWKSPublisher()
    publisher.publish([key])
    let cache = ResponseCache(
      configuration: .init(methods: ["/mesh.listing.v1.ListingService/GetListing": .init(timeToLive: .seconds(60), isPrivate: false)]),
      methods: ProtoRegistry.methods)
    let rest = try RESTProtocol()
    try await withServer([publisher]) { channel, _, _ in
      let dispatcher = RouterDispatcher(
        services: MarketplaceAdapters.services(client: client),
        interceptors: [AuthInterceptorTests.interceptor(channel, fallback: .open), ResponseCacheInterceptor(cache: cache)])
      func call(_ method: String, _ target: String, user: String? = nil, body: String = "") async throws
        -> RESTTestExchange.Response
      {
        let headers = try user.map { [("authorization", "Bearer " + (try JWTSigner(key: key).sign(claims(sub: $0))))] } ?? []
        let exchange = RESTTestExchange(method, target, headers: headers, body: body)
        #expect(rest.accepts(exchange.request))
        await rest.handle(exchange, dispatcher: dispatcher)
        return exchange.response
      }
      func json(_ response: RESTTestExchange.Response) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(response.body.utf8)) as? [String: Any], "\(response.body)")
      }

      var response = try await call("GET", "/v1/listings/\(listings[0])")
      #expect(response.status == 200, "\(response.body)")
      #expect(try json(response)["listingId"] as? String == listings[0])
      #expect(response.header("grpc-metadata-x-mesh-cache") == "miss")
      response = try await call("GET", "/v1/listings/\(listings[0])")
      #expect(response.header("grpc-metadata-x-mesh-cache") == "hit")
      #expect(try await call("GET", "/v1/listings/NO-SUCH-LISTING").status == 404)

      // Repeated query parameters, JSON and proto names mixed; and the POST binding of the same method.
      response = try await call("GET", "/v1/listings:batchGet?listingIds=\(listings[0])&listing_ids=\(listings[1])&listingIds=NOPE")
      #expect(response.status == 200, "\(response.body)")
      var object = try json(response)
      #expect(Set(((object["listings"] as? [String: Any]) ?? [:]).keys) == Set(listings))
      #expect(object["notFound"] as? [String] == ["NOPE"])
      response = try await call("POST", "/v1/listings:batchGet", body: "{\"listingIds\": [\"\(listings[1])\"]}")
      #expect(Set(((try json(response)["listings"] as? [String: Any]) ?? [:]).keys) == [listings[1]])

      // Search with a nested query parameter.
      response = try await call("GET", "/v1/search?query=a&page.pageSize=2")
      #expect(response.status == 200, "\(response.body)")
      #expect(((try json(response)["hits"] as? [Any]) ?? []).count <= 2)

      // Orders: the verified caller's own, by both bindings; someone else's refused; anonymous refused.
      response = try await call("GET", "/v1/users/\(owner)/orders/\(orderID)", user: owner)
      #expect(response.status == 200, "\(response.body)")
      #expect(try json(response)["orderId"] as? String == orderID)
      response = try await call("GET", "/v1/orders/\(orderID)", user: owner)
      #expect(try json(response)["orderId"] as? String == orderID)
      #expect(try await call("GET", "/v1/users/\(owner)/orders/\(orderID)", user: "U-somebody-else").status == 403)
      #expect(try await call("GET", "/v1/orders/\(orderID)").status == 401)

      // An enum by name in a repeated query parameter, and a nested one.
      response = try await call("GET", "/v1/users/\(owner)/orders?statuses=ORDER_STATUS_PAID&page.page_size=50", user: owner)
      #expect(response.status == 200, "\(response.body)")
      object = try json(response)
      let orders = (object["orders"] as? [[String: Any]]) ?? []
      #expect(!orders.isEmpty)
      #expect(orders.allSatisfy { $0["status"] as? String == "ORDER_STATUS_PAID" })
      response = try await call("GET", "/v1/users/\(owner)/orders?statuses=ORDER_STATUS_LOST", user: owner)
      #expect(response.status == 400)
      #expect(response.body.contains("ORDER_STATUS_LOST"))
    }
  }
}
