import AdapterSupport
import Foundation
@testable import Marketplace
import MarketplaceAdapters
import MeshCore
@testable import MeshDialogue
import MeshPostgres
import MeshPostgresTestSupport
@testable import MeshProcessorService
import MeshServiceKit
import MeshTransport
import Testing

/// The processor's actions for the fine intents, through the real adapters to the real marketplace: a
/// delivery quote (shipping.EstimateDelivery from the `ship_from_country`), the account's countries, the
/// order list of up to five, and a bad country refused with the marketplace's reason.
@Suite(.postgresCluster, .serialized) struct FineActionsAdapterTests {
  @Test func theShipFromSettingIsReadAndBadValuesAreRefused() throws {
    #expect(try ProcessorServer.shipFromCountry([:]) == "NL")
    #expect(try ProcessorServer.shipFromCountry(["ship_from_country": "DE"]) == "DE")
    for bad in ["", "de", "DEU", "D1", "ÄB"] {
      #expect(throws: ServiceSetupError.self, "'\(bad)'") { try ProcessorServer.shipFromCountry(["ship_from_country": bad]) }
    }
  }

  @Test func quotesAccountCountriesAndTheOrderListComeFromTheAdapters() async throws {
    try await withAdapterExecutor { executor, pool in
      // A user with at least six orders and a saved address.
      let row = try #require(try await pool.execute("""
        SELECT o.user_id, count(*)::int8 FROM marketplace.orders o
        WHERE EXISTS (SELECT 1 FROM marketplace.addresses a WHERE a.user_id = o.user_id)
        GROUP BY o.user_id HAVING count(*) >= 6 ORDER BY o.user_id LIMIT 1
        """).first)
      let user = try row.decode(String.self, at: 0)
      let turn = ChatTurn(messageID: 8_001, clientMessageID: "m-fine", conversationID: UUID(), userID: user, locale: "en")

      // The quote: the marketplace's price list from NL to DE for 1 kg, cheapest first, in whole days.
      guard case .deliveryOptions(let options) = await executor.perform(.estimateDelivery(toCountry: "DE", weightGrams: 1000), for: turn)
      else { throw Failure("no delivery options") }
      let expected = ShippingAPI.options(from: "NL", to: "DE", weightGrams: 1000)
      #expect(options.map(\.carrier) == expected.map(\.carrier) && options.map(\.serviceLevel) == expected.map(\.serviceLevel))
      #expect(options.map { $0.cost?.minorUnits } == expected.map { $0.cost.amountCents })
      #expect(options.map(\.transitDays) == expected.map { $0.transitDays })
      #expect(options.first == DeliveryOptionFact(carrier: "GLS", serviceLevel: "economy", cost: MoneyFact(currency: "EUR", minorUnits: 1029),
                                                  transitDays: 7))
      // The weight the user named reaches the marketplace: 3 kg is priced as 3 kg, not the default 1 kg.
      guard case .deliveryOptions(let heavier) = await executor.perform(.estimateDelivery(toCountry: "DE", weightGrams: 3000), for: turn)
      else { throw Failure("no delivery options for 3 kg") }
      #expect(heavier.map { $0.cost?.minorUnits } == ShippingAPI.options(from: "NL", to: "DE", weightGrams: 3000).map { $0.cost.amountCents })
      #expect(heavier.first?.cost != options.first?.cost)
      // A country the marketplace does not know is its refusal, said as it gave it.
      guard case .refused(let reason) = await executor.perform(.estimateDelivery(toCountry: "D1", weightGrams: 1000), for: turn)
      else { throw Failure("a bad country was not refused") }
      #expect(reason.contains("D1"))
      // A parcel over the carriers' limit: the refusal names the limit, which the assistant says with what to do.
      let heavy = ShippingAPI.maxParcelGrams + 15_000
      guard case .refused(let tooHeavy) = await executor.perform(.estimateDelivery(toCountry: "DE", weightGrams: heavy), for: turn)
      else { throw Failure("a parcel over the limit was not refused") }
      #expect(DialoguePolicy.weightLimitGrams(in: tooHeavy) == ShippingAPI.maxParcelGrams, "\(tooHeavy)")
      let step = DialoguePolicy().resume(DialogueContinuation(purpose: .deliveryOptions(country: "DE", grams: heavy), intent: "shipping",
                                                              state: DialogueState()), with: .refused(reason: tooHeavy))
      guard case .reply(let said, _) = step else { throw Failure("no reply to a refused weight") }
      #expect(said.text.hasPrefix("The carriers take parcels of up to \(ShippingAPI.maxParcelGrams / 1000) kg, so I can't quote a parcel of "
        + "\(heavy / 1000) kg to Germany (DE)."), "\(said.text)")

      // The account's countries are those of its saved addresses.
      guard case .account(let account) = await executor.perform(.getAccount, for: turn) else { throw Failure("no account") }
      let stored = try await pool.execute("SELECT country_code FROM marketplace.addresses WHERE user_id = $1 ORDER BY id", [user])
        .rows.map { try $0.decode(String.self, at: 0) }
      #expect(!account.countryCodes.isEmpty && Set(account.countryCodes) == Set(stored))

      // The list: five of the user's orders, newest first.
      guard case .orders(let list) = await executor.perform(.listOrders, for: turn) else { throw Failure("no orders") }
      let newest = try await pool.execute("""
        SELECT id FROM marketplace.orders WHERE user_id = $1 ORDER BY placed_at DESC, id LIMIT 5
        """, [user]).rows.map { try $0.decode(String.self, at: 0) }
      #expect(list.count == 5 && list.map(\.orderID) == newest)
      // Each order carries its lines' titles, which an item named in a message is matched against.
      let titles = try await pool.execute("SELECT title FROM marketplace.order_items WHERE order_id = $1 ORDER BY line_no", [newest[0]])
        .rows.map { try $0.decode(String.self, at: 0) }
      #expect(!titles.isEmpty && list[0].lines.map(\.title) == titles)
      let named = TurnReading.itemWords("i need to return the \(titles[0].lowercased()) from my last order")
      #expect(TurnReading.namesAnItem(of: list[0], in: named))

      // A search with words no listing holds all of still finds the listings with most of them.
      guard case .listings(let running, _) = await executor.perform(.search(SearchQuery(text: "running shoes for women")), for: turn)
      else { throw Failure("no search results") }
      #expect(running.first?.title.contains("Running Shoes") == true)
    }
  }
}

/// A test's own failure, with what was missing.
private struct Failure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
