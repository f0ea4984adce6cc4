import Foundation
import MeshDialogue
import MeshServiceKit
import MeshPostgres
import MeshPostgresTestSupport
@testable import MeshProcessorService
import Testing

/// Questions about search results and a payment declined at checkout, answered through the real adapters and the
/// bundled marketplace: the stock, price and seller in a reply are the marketplace's own (read back from its
/// tables here), and so is the order said to await payment.
@Suite(.postgresCluster, .serialized) struct ShopperQuestionsAdapterTests {
  @Test func aResultShownIsAnsweredFromTheListingAPI() async throws {
    try await withAdapterExecutor { executor, pool in
      let row = try #require(try await pool.execute("""
        SELECT title FROM marketplace.listings WHERE stock > 0 ORDER BY id LIMIT 1
        """).first)
      let title = try row.decode(String.self, at: 0)
      let chat = ChatTurn(messageID: 8_301, clientMessageID: "m-shelf", conversationID: UUID(), userID: "U00001", locale: "en")
      let (found, shown) = await ParcelActionsAdapterTests.turn(
        TurnInput(text: "show me \(title)", intent: "search_items", confidence: 0.9, entities: [("query", title)]),
        state: DialogueState(), executor: executor, chat: chat)
      #expect(found.text.hasPrefix("Here is what I found"), "\(found.text)")
      let first = try #require(shown.recentListingIDs.first)
      let facts = try #require(try await pool.execute("""
        SELECT title, stock, seller_id, price_cents, currency FROM marketplace.listings WHERE id = $1
        """, [first]).first)
      let (name, stock, seller) = (try facts.decode(String.self, at: 0), try facts.decode(Int.self, at: 1), try facts.decode(String.self, at: 2))
      let price = MoneyFact(currency: try facts.decode(String.self, at: 4), minorUnits: try facts.decode(Int64.self, at: 3)).formatted

      let (inStock, after) = await ParcelActionsAdapterTests.turn(
        TurnInput(text: "is the first one in stock?", intent: "search_items", confidence: 0.9, entities: [("query", "first one in stock")],
                  fineIntent: "product.availability"),
        state: shown, executor: executor, chat: chat)
      let expected = stock > 0 ? "Yes, \(name) (result 1) is in stock: \(stock) available." : "No, \(name) (result 1) is sold out."
      #expect(inStock.text.hasPrefix(expected) && inStock.text.contains("Price \(price)") && inStock.text.contains("sold by seller \(seller)."),
              "\(inStock.text)")
      #expect(after.focusedListingID == first && after.lastSearch == shown.lastSearch)

      // Sold out since the search: the listing API's stock, not the search's, is said.
      _ = try await pool.execute("UPDATE marketplace.listings SET stock = 0 WHERE id = $1", [first])
      let (soldOut, _) = await ParcelActionsAdapterTests.turn(TurnInput(text: "is it still available", intent: "search_items", confidence: 0.6),
                                                              state: after, executor: executor, chat: chat)
      _ = try await pool.execute("UPDATE marketplace.listings SET stock = $2 WHERE id = $1", [first, stock])
      #expect(soldOut.text.hasPrefix("No, \(name) (result 1) is sold out."), "\(soldOut.text)")
    }
  }

  @Test func aSearchWordWithATypoIsSearchedAsTheCatalogueWordAndSaidSo() async throws {
    try await withAdapterExecutor { executor, pool in
      // A catalogue word with its fourth letter dropped, whose nearest catalogue word is the word itself (the
      // marketplace's own correction, pg_trgm over the titles' words).
      let row = try #require(try await pool.execute("""
        WITH c AS (SELECT term, left(term, 3) || substr(term, 5) AS typo FROM marketplace.search_terms
                   WHERE length(term) >= 8 AND term ~ '^[a-z]+$')
        SELECT c.term, c.typo FROM c
        WHERE NOT EXISTS (SELECT 1 FROM marketplace.search_terms t WHERE t.term = c.typo)
          AND (SELECT t.term FROM marketplace.search_terms t WHERE t.term % c.typo
               ORDER BY similarity(t.term, c.typo) DESC, t.term LIMIT 1) = c.term
        ORDER BY c.term LIMIT 1
        """).first)
      let (word, typo) = (try row.decode(String.self, at: 0), try row.decode(String.self, at: 1))
      let chat = ChatTurn(messageID: 8_303, clientMessageID: "m-typo", conversationID: UUID(), userID: "U00001", locale: "en")
      let (reply, state) = await ParcelActionsAdapterTests.turn(
        TurnInput(text: "show me \(typo)", intent: "search_items", confidence: 0.9, entities: [("query", typo)]),
        state: DialogueState(), executor: executor, chat: chat)
      #expect(reply.text.hasPrefix("Showing results for \"\(word)\" instead of \"\(typo)\":\n1. "), "\(reply.text)")
      #expect(!reply.cards.isEmpty && reply.cards.allSatisfy { $0.title.lowercased().contains(word) } && state.lastSearch?.text == word)
    }
  }

  @Test func aPaymentDeclinedAtCheckoutNamesTheOrderAwaitingPayment() async throws {
    try await withAdapterExecutor { executor, pool in
      // A user whose newest order awaits payment (the list the assistant reads is the five newest).
      let row = try #require(try await pool.execute("""
        SELECT o.id, o.user_id FROM marketplace.orders o
        WHERE o.status = 'pending_payment'
          AND o.id = (SELECT n.id FROM marketplace.orders n WHERE n.user_id = o.user_id ORDER BY n.placed_at DESC, n.id LIMIT 1)
        ORDER BY o.id LIMIT 1
        """).first)
      let (order, user) = (try row.decode(String.self, at: 0), try row.decode(String.self, at: 1))
      let chat = ChatTurn(messageID: 8_302, clientMessageID: "m-declined", conversationID: UUID(), userID: user, locale: "en")
      let (reply, state) = await ParcelActionsAdapterTests.turn(
        TurnInput(text: "my card keeps getting declined at checkout", intent: "payment", confidence: 0.9, fineIntent: "payment.failed"),
        state: DialogueState(), executor: executor, chat: chat)
      #expect(reply.text.contains("Order \(order) (placed ") && reply.text.contains("is awaiting payment."), "\(reply.text)")
      #expect(reply.text.hasSuffix("Shall I pass this to a person?") && state.pending != nil && state.focusedOrderID == nil)
    }
  }
}
