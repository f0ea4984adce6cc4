import AdapterSupport
import Foundation
import ListingAdapter
import Marketplace
import MarketplaceAdapters
import MeshCore
import MeshPostgres
import MeshPostgresTestSupport
import MeshTestSupport
import MeshTransport
import OrderAdapter
import PaymentAdapter
import SearchAdapter
import ShippingAdapter
import Testing
import UserAdapter

/// grpcio (Python) → the adapters (our GRPCServer) → the marketplace (our HTTP/1.1 server) → PostgreSQL.
@Suite(.postgresCluster, .serialized) struct AdapterEndToEndTests {
  struct Stack {
    let group: EventLoopGroup
    let marketplace: Marketplace
    let adapters: AdapterServer
    let pool: PostgresPool

    static func start(breaker: CircuitBreakerStateMachine.Configuration = .init()) async throws -> Stack {
      let cluster = try TestCluster.shared
      let group = EventLoopGroup(threads: 2)
      let marketplace = try await Marketplace.start(
        MarketplaceConfiguration(port: 0, database: cluster.configuration, seed: 42,
                                 counts: .init(listings: 3_000, users: 300, orders: 4_000)), group: group)
      let configuration = AdapterConfiguration(marketplace: MarketplaceClientConfiguration(
        baseURL: "http://127.0.0.1:\(marketplace.address.port)", timeout: .seconds(2),
        retry: RetryPolicy(maxAttempts: 3, initialBackoff: .milliseconds(20)), breaker: breaker))
      let adapters = try MarketplaceAdapters.start(configuration, group: group)
      return Stack(group: group, marketplace: marketplace, adapters: adapters, pool: cluster.pool(max: 2))
    }

    func stop() async {
      await adapters.stop()
      await marketplace.stop()
      pool.close()
      group.shutdown()
    }

    /// Runs calls with grpcio; one outcome per call.
    func grpc(_ calls: [[String: Any]]) async throws -> [[String: Any]] {
      let plan = String(decoding: try JSONSerialization.data(withJSONObject: ["calls": calls]), as: UTF8.self)
      let script = Repository.root.appendingPathComponent("Tests/AdapterTests/Peers/grpc_calls.py").path
      let process = try PeerProcess(try Repository.python,
                                    [script, Repository.root.appendingPathComponent("Protos").path,
                                     "\(adapters.address.port)", plan])
      let status = try await process.waitForExit(seconds: 120)
      guard status == 0, let line = process.text.split(separator: "\n").last,
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let results = object["results"] as? [[String: Any]]
      else { throw TestPeerFailure("grpc peer failed (\(status)): \(process.text)") }
      return results
    }

    func row(_ sql: String, _ parameters: [any PostgresEncodable] = []) async throws -> PostgresRow {
      guard let row = try await pool.execute(sql, parameters).first else { throw TestPeerFailure("no row: \(sql)") }
      return row
    }
  }

  @Test func ordersThroughGRPCMatchTheMarketplaceAndObeyItsRules() async throws {
    let stack = try await Stack.start()
    do {
      let paid = try await stack.row("SELECT id, user_id, total_cents FROM marketplace.orders WHERE status = 'paid' ORDER BY id LIMIT 1")
      let shipped = try await stack.row("SELECT id, user_id FROM marketplace.orders WHERE status = 'shipped' ORDER BY id LIMIT 1")
      let (order, user) = (try paid.decode(String.self, at: 0), try paid.decode(String.self, at: 1))
      let total = try paid.decode(Int.self, at: 2)
      let other = user == "U00001" ? "U00002" : "U00001"
      let results = try await stack.grpc([
        ["method": "/mesh.order.v1.OrderService/GetOrder", "request": ["order_id": order], "user": user],
        ["method": "/mesh.order.v1.OrderService/GetOrder", "request": ["order_id": order], "user": other],
        ["method": "/mesh.order.v1.OrderService/GetOrder", "request": ["order_id": order]],
        ["method": "/mesh.order.v1.OrderService/GetOrder", "request": ["order_id": order, "user_id": other], "user": user],
        ["method": "/mesh.order.v1.OrderService/ListOrders", "request": ["statuses": ["ORDER_STATUS_PAID"], "page": ["page_size": 2]], "user": user],
        ["method": "/mesh.order.v1.OrderService/ChangeShippingAddress",
         "request": ["order_id": order, "address": ["name": "Ana Lima", "lines": ["Rua Nova 5"], "city": "Porto",
                                                     "postal_code": "4000-123", "country_code": "PT"]], "user": user],
        ["method": "/mesh.order.v1.OrderService/CancelOrder", "request": ["order_id": order, "reason": "changed my mind"], "user": user],
        ["method": "/mesh.order.v1.OrderService/CancelOrder", "request": ["order_id": order], "user": user],
        ["method": "/mesh.order.v1.OrderService/CancelOrder", "request": ["order_id": try shipped.decode(String.self, at: 0)],
         "user": try shipped.decode(String.self, at: 1)],
        ["method": "/mesh.order.v1.OrderService/ChangeShippingAddress",
         "request": ["order_id": order, "address": ["name": "X", "lines": ["Y"], "city": "Z", "postal_code": "1",
                                                     "country_code": "Portugal"]], "user": user],
      ])
      let got = try #require(results[0]["response"] as? [String: Any])
      #expect(results[0]["code"] as? String == "OK")
      #expect(got["order_id"] as? String == order)
      #expect(got["status"] as? String == "ORDER_STATUS_PAID")
      let money = got["total"] as? [String: Any]
      #expect(Int(money?["units"] as? String ?? "0") == total / 100)
      #expect((money?["nanos"] as? Int ?? 0) == (total % 100) * 10_000_000)
      #expect((got["lines"] as? [Any])?.isEmpty == false)
      #expect(results[1]["code"] as? String == "NOT_FOUND")
      #expect(results[2]["code"] as? String == "UNAUTHENTICATED")
      #expect(results[3]["code"] as? String == "PERMISSION_DENIED")
      let list = results[4]["response"] as? [String: Any]
      #expect((list?["orders"] as? [[String: Any]])?.allSatisfy { $0["user_id"] as? String == user } == true)
      #expect(((results[5]["response"] as? [String: Any])?["shipping_address"] as? [String: Any])?["city"] as? String == "Porto")
      #expect((results[6]["response"] as? [String: Any])?["status"] as? String == "ORDER_STATUS_CANCELLED")
      #expect(results[7]["code"] as? String == "FAILED_PRECONDITION")
      #expect((results[7]["details"] as? String)?.contains("order_already_cancelled") == true)
      #expect(results[8]["code"] as? String == "FAILED_PRECONDITION")
      #expect((results[8]["trailers"] as? [String: Any])?["x-marketplace-error"] as? String == "order_already_shipped")
      #expect(results[9]["code"] as? String == "INVALID_ARGUMENT")
      let stored = try await stack.row("SELECT status, ship_city FROM marketplace.orders WHERE id = $1", [order])
      #expect(try stored.decode(String.self, at: 0) == "cancelled")
      #expect(try stored.decode(String.self, at: 1) == "Porto")
    } catch {
      await stack.stop()
      throw error
    }
    await stack.stop()
  }

  @Test func returnsPaymentsShipmentsSearchListingsAndUsers() async throws {
    let stack = try await Stack.start()
    do {
      let delivered = try await stack.row("""
        SELECT o.id, o.user_id, p.id, s.id FROM marketplace.orders o JOIN marketplace.payments p ON p.order_id = o.id
        JOIN marketplace.shipments s ON s.order_id = o.id
        WHERE o.status = 'delivered' AND p.status = 'captured' AND o.delivered_at > now() - interval '20 days'
        ORDER BY o.id LIMIT 1
        """)
      let (order, user, payment, shipment) = (try delivered.decode(String.self, at: 0), try delivered.decode(String.self, at: 1),
                                              try delivered.decode(String.self, at: 2), try delivered.decode(String.self, at: 3))
      let results = try await stack.grpc([
        ["method": "/mesh.order.v1.OrderService/RequestReturn", "request": ["order_id": order, "quantities": ["1": 1], "reason": "too big"], "user": user],
        ["method": "/mesh.order.v1.OrderService/RequestReturn", "request": ["order_id": order, "quantities": ["1": 1]], "user": user],
        ["method": "/mesh.payment.v1.PaymentService/GetPayment", "request": ["payment_id": payment], "user": user],
        ["method": "/mesh.payment.v1.PaymentService/Refund",
         "request": ["payment_id": payment, "amount": ["currency_code": "EUR", "units": 1], "idempotency_key": "k1"], "user": user],
        ["method": "/mesh.payment.v1.PaymentService/Refund",
         "request": ["payment_id": payment, "amount": ["currency_code": "EUR", "units": 1], "idempotency_key": "k1"], "user": user],
        ["method": "/mesh.payment.v1.PaymentService/Refund",
         "request": ["payment_id": payment, "amount": ["currency_code": "EUR", "units": 100000]], "user": user],
        ["method": "/mesh.shipping.v1.ShippingService/GetShipment", "request": ["order_id": order], "user": user],
        ["method": "/mesh.shipping.v1.ShippingService/Track", "request": ["shipment_id": shipment], "user": user, "kind": "server_stream"],
        ["method": "/mesh.shipping.v1.ShippingService/EstimateDelivery",
         "request": ["from": ["country_code": "NL"], "to": ["country_code": "DE"], "weight_grams": 1200]],
        ["method": "/mesh.search.v1.SearchService/Search",
         "request": ["query": "sneakers", "filters": [["attribute": "colour", "equals": "blue"], ["attribute": "price", "range": ["max": 150]]],
                     "sort": "SORT_ORDER_PRICE_ASCENDING", "page": ["page_size": 5]]],
        ["method": "/mesh.search.v1.SearchService/Search", "request": ["query": "x", "filters": [["attribute": "weight", "equals": "1"]]]],
        ["method": "/mesh.search.v1.SearchService/StreamSearch", "request": ["query": "snekers", "page": ["page_size": 3]], "kind": "server_stream"],
        ["method": "/mesh.search.v1.SearchService/Suggest", "kind": "bidi",
         "requests": [["prefix": "wirel", "limit": 3], ["prefix": "yoga", "limit": 2]]],
        ["method": "/mesh.listing.v1.ListingService/GetListing", "request": ["listing_id": "L000007"]],
        ["method": "/mesh.listing.v1.ListingService/BatchGetListings", "request": ["listing_ids": ["L000001", "L000002", "NOPE"]]],
        ["method": "/mesh.listing.v1.ListingService/GetListing", "request": ["listing_id": "../../v1/users/U00001"]],
        ["method": "/mesh.user.v1.UserService/GetUser", "request": [:], "user": user],
        ["method": "/mesh.user.v1.UserService/UpdatePreferences",
         "request": ["preferences": ["tone": "TONE_CONCISE", "favourite_categories": ["shoes"]], "update_mask": ["tone", "favourite_categories"]],
         "user": user],
        ["method": "/mesh.user.v1.UserService/GetUser", "request": [:], "user": user],
      ])
      let codes = results.map { $0["code"] as? String ?? "?" }
      #expect(codes == ["OK", "FAILED_PRECONDITION", "OK", "OK", "OK", "FAILED_PRECONDITION", "OK", "OK", "OK", "OK",
                        "INVALID_ARGUMENT", "OK", "OK", "OK", "OK", "NOT_FOUND", "OK", "OK", "OK"], "\(results)")
      let line = try await stack.row("SELECT quantity * unit_price_cents FROM marketplace.order_items WHERE order_id = $1 AND line_no = 1", [order])
        .decode(Int.self, at: 0)
      let unitPrice = try await stack.row("SELECT unit_price_cents FROM marketplace.order_items WHERE order_id = $1 AND line_no = 1", [order])
        .decode(Int.self, at: 0)
      let refund = (results[0]["response"] as? [String: Any])?["refund"] as? [String: Any]
      #expect(Int(refund?["units"] as? String ?? "0") == unitPrice / 100, "line total \(line)")
      #expect((results[1]["details"] as? String)?.contains("item_already_returned") == true)
      #expect(((results[2]["response"] as? [String: Any])?["method"] as? [String: Any])?.isEmpty == false)
      let first = results[3]["response"] as? [String: Any]
      let replay = results[4]["response"] as? [String: Any]
      #expect(first?["refund_id"] as? String == replay?["refund_id"] as? String)
      #expect(replay?["replayed"] as? Bool == true)
      #expect((results[5]["details"] as? String)?.contains("refund_exceeds_payment") == true)
      let track = results[7]["response"] as? [[String: Any]]
      #expect(track?.last?["kind"] as? String == "KIND_DELIVERED")
      #expect(((results[8]["response"] as? [String: Any])?["options"] as? [Any])?.count == 6)
      let hits = ((results[9]["response"] as? [String: Any])?["hits"] as? [[String: Any]]) ?? []
      #expect(!hits.isEmpty)
      let prices = hits.compactMap { (($0["listing"] as? [String: Any])?["price"] as? [String: Any]).map { Int($0["units"] as? String ?? "0") ?? 0 } }
      #expect(prices == prices.sorted() && prices.allSatisfy { $0 <= 150 })
      #expect(hits.allSatisfy { (($0["listing"] as? [String: Any])?["attributes"] as? [String: Any])?["colour"] as? String == "blue" })
      let typo = (results[11]["response"] as? [[String: Any]]) ?? []
      #expect(!typo.isEmpty && typo.allSatisfy { (($0["listing"] as? [String: Any])?["title"] as? String)?.contains("Sneakers") == true })
      let suggestions = (results[12]["response"] as? [[String: Any]]) ?? []
      #expect(suggestions.map { $0["prefix"] as? String } == ["wirel", "yoga"])
      #expect(((suggestions.first?["suggestions"] as? [String]) ?? []).allSatisfy { $0.lowercased().contains("wireless") })
      #expect((results[13]["response"] as? [String: Any])?["listing_id"] as? String == "L000007")
      #expect((results[14]["response"] as? [String: Any])?["not_found"] as? [String] == ["NOPE"])
      #expect((results[16]["response"] as? [String: Any])?["user_id"] as? String == user)
      let preferences = (results[18]["response"] as? [String: Any])?["preferences"] as? [String: Any]
      #expect(preferences?["tone"] as? String == "TONE_CONCISE")
      #expect(preferences?["favourite_categories"] as? [String] == ["shoes"])
    } catch {
      await stack.stop()
      throw error
    }
    await stack.stop()
  }

  @Test func theCircuitOpensWhenTheMarketplaceStopsAndClosesWhenItIsBack() async throws {
    let stack = try await Stack.start(breaker: .init(failureThreshold: 3, openDuration: .seconds(1), halfOpenProbes: 1))
    var revived: Marketplace?
    do {
      let port = stack.marketplace.address.port
      // Held while the marketplace is down, so that no other test's server or connection is given the port.
      let hold = try RefusingPort(port: port)
      defer { hold.close() }
      let get = ["method": "/mesh.listing.v1.ListingService/GetListing", "request": ["listing_id": "L000001"]] as [String: Any]
      let before = try await stack.grpc([get])
      #expect(before[0]["code"] as? String == "OK")
      await stack.marketplace.stop()
      let down = try await stack.grpc(Array(repeating: get, count: 6))
      #expect(down.allSatisfy { $0["code"] as? String == "UNAVAILABLE" }, "\(down)")
      #expect((down.last?["details"] as? String)?.contains("circuit open") == true)
      #expect(stack.adapters.client.breaker.state != .closed(failures: 0))
      // Back on the same port: after the cool-down a probe closes the circuit again.
      let cluster = try TestCluster.shared
      revived = try await Marketplace.start(MarketplaceConfiguration(port: port, database: cluster.configuration,
                                                                     seed: 42), group: stack.group)
      try await Task.sleep(for: .milliseconds(1100))
      let after = try await stack.grpc([get, get])
      #expect(after.allSatisfy { $0["code"] as? String == "OK" }, "\(after)")
      #expect(stack.adapters.client.breaker.state == .closed(failures: 0))
    } catch {
      await revived?.stop()
      await stack.adapters.stop()
      stack.pool.close()
      stack.group.shutdown()
      throw error
    }
    await revived?.stop()
    await stack.adapters.stop()
    stack.pool.close()
    stack.group.shutdown()
  }
}
