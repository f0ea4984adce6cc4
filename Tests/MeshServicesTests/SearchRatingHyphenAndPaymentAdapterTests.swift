import Foundation
import MeshDialogue
import MeshServiceKit
import MeshPostgres
import MeshPostgresTestSupport
@testable import MeshProcessorService
import Testing

/// A rating bound after a search, a hyphenated product word and an order's payment, through the real adapters and the
/// bundled marketplace: the listings shown are those the marketplace rates above the bound (read back from its
/// tables), "t-shirt" finds T-shirts before shirts, and the payment's status is the payment table's.
@Suite(.postgresCluster, .serialized) struct SearchRatingHyphenAndPaymentAdapterTests {
  @Test func aRatingBoundIsAFilterOfTheMarketplaceAndEachResultsRatingIsSaid() async throws {
    try await withAdapterExecutor { executor, pool in
      let chat = ChatTurn(messageID: 8_501, clientMessageID: "m-stars", conversationID: UUID(), userID: "U00001", locale: "en")
      let (_, shown) = await ParcelActionsAdapterTests.turn(
        TurnInput(text: "running shoes", intent: "search_items", confidence: 0.9, entities: [("query", "running shoes")]),
        state: DialogueState(), executor: executor, chat: chat)
      let (rated, after) = await ParcelActionsAdapterTests.turn(
        TurnInput(text: "any with more than 4 stars?", intent: "feedback", confidence: 0.9, entities: [("price_min", "4")]),
        state: shown, executor: executor, chat: chat)
      #expect(rated.text.hasPrefix("Here is what I found for \"running shoes\" rated 4.1 or more:"), "\(rated.text)")
      #expect(!after.recentListingIDs.isEmpty)
      for id in after.recentListingIDs {
        let row = try #require(try await pool.execute("SELECT rating::float8, review_count FROM marketplace.listings WHERE id = $1", [id]).first)
        let (rating, reviews) = (try row.decode(Double.self, at: 0), try row.decode(Int.self, at: 1))
        #expect(rating > 4 && reviews > 0)
        #expect(rated.text.contains("rated \(String(format: "%.1f", rating)) of 5 (\(reviews) review"), "\(rated.text)")
      }
    }
  }

  @Test func aHyphenatedProductWordIsSearchedWhole() async throws {
    try await withAdapterExecutor { executor, pool in
      let chat = ChatTurn(messageID: 8_502, clientMessageID: "m-tshirt", conversationID: UUID(), userID: "U00001", locale: "en")
      let tShirts = try await pool.execute("SELECT count(*) FROM marketplace.listings WHERE title ILIKE '%t-shirt%'").first?.decode(Int.self, at: 0) ?? 0
      #expect(tShirts >= 5, "the catalogue's T-shirts")
      // The plural too, in the colour the catalogue has most T-shirts in: full-text search stems it to the catalogue's
      // "t-shirt", so it is no word to correct.
      let common = try #require(try await pool.execute("""
        SELECT colour FROM marketplace.listings WHERE title ILIKE '%t-shirt%' GROUP BY colour ORDER BY count(*) DESC, colour LIMIT 1
        """).first).decode(String.self, at: 0)
      for (words, colour) in [("t-shirt", nil), ("t-shirts", common)] as [(String, String?)] {
        let (found, shown) = await ParcelActionsAdapterTests.turn(
          TurnInput(text: "show me \(colour ?? "") \(words)", intent: "search_items", confidence: 0.9,
                    entities: [("query", words)] + (colour.map { [("colour", $0)] } ?? [])),
          state: DialogueState(), executor: executor, chat: chat)
        // (Then, since dialog43, which results match only some of the words, before the colon.)
        #expect(found.text.hasPrefix("Here is what I found for \"\(words)\"\(colour.map { " in \($0)" } ?? "")"), "\(found.text)")
        // The catalogue's T-shirts (of that colour) come first, before shirts and polo shirts.
        let held = try await pool.execute("SELECT count(*) FROM marketplace.listings WHERE title ILIKE '%t-shirt%' AND colour LIKE $1",
                                          [colour ?? "%"]).first?.decode(Int.self, at: 0) ?? 0
        var titles: [String] = []
        for id in shown.recentListingIDs {
          titles.append(try #require(try await pool.execute("SELECT title FROM marketplace.listings WHERE id = $1", [id]).first).decode(String.self, at: 0))
        }
        let first = titles.prefix { $0.lowercased().contains("t-shirt") }
        #expect(held > 0 && first.count == min(held, titles.count), "\(words): \(titles)")
      }
    }
  }

  @Test func anOrdersPaymentIsThePaymentTables() async throws {
    try await withAdapterExecutor { executor, pool in
      let chat = ChatTurn(messageID: 8_503, clientMessageID: "m-paid", conversationID: UUID(), userID: "U00001", locale: "en")
      let row = try #require(try await pool.execute("""
        SELECT o.id, p.status FROM marketplace.orders o JOIN marketplace.payments p ON p.order_id = o.id
        WHERE o.user_id = 'U00001' AND p.status IN ('captured', 'authorized', 'refunded') ORDER BY o.id LIMIT 1
        """).first)
      let (order, status) = (try row.decode(String.self, at: 0), try row.decode(String.self, at: 1))
      let (answer, _) = await ParcelActionsAdapterTests.turn(
        TurnInput(text: "has my payment for order \(order) gone through?", intent: "order_status", confidence: 0.9,
                  entities: [("order_number", order)], fineIntent: "order.status"),
        state: DialogueState(), executor: executor, chat: chat)
      #expect(answer.text.hasPrefix("The payment for order \(order) is \(status)"), "\(answer.text)")
    }
  }
}
