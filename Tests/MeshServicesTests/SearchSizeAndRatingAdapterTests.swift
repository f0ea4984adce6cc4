import Foundation
import MeshDialogue
import MeshServiceKit
import MeshPostgres
import MeshPostgresTestSupport
@testable import MeshProcessorService
import Testing

/// A size in a search and the best rated of its results, through the real adapters and the bundled marketplace: the
/// listings shown are those the marketplace has in that size (read back from its tables), a size it has for none is
/// said, and the best rated result is the one with the highest rating among those shown.
@Suite(.postgresCluster, .serialized) struct SearchSizeAndRatingAdapterTests {
  @Test func aSizeIsAFilterOfTheMarketplaceAndNoneInThatSizeIsSaid() async throws {
    try await withAdapterExecutor { executor, pool in
      let chat = ChatTurn(messageID: 8_401, clientMessageID: "m-size", conversationID: UUID(), userID: "U00001", locale: "en")
      let (found, shown) = await ParcelActionsAdapterTests.turn(
        TurnInput(text: "running shoes in size 39", intent: "search_items", confidence: 0.9,
                  entities: [("query", "running shoes"), ("size", "39")]),
        state: DialogueState(), executor: executor, chat: chat)
      // (Then, since dialog43, which results match only some of the words, before the colon.)
      #expect(found.text.hasPrefix("Here is what I found for \"running shoes\" in size 39"), "\(found.text)")
      #expect(!shown.recentListingIDs.isEmpty)
      for id in shown.recentListingIDs {
        let size = try #require(try await pool.execute("SELECT size FROM marketplace.listings WHERE id = $1", [id]).first)
        #expect(try size.decode(String.self, at: 0) == "39")
      }
      // A size the catalogue has for no shoe (its shoe sizes are 36 to 46), asked after the results in a message the NLU
      // read otherwise.
      let none = try await pool.execute("SELECT 1 FROM marketplace.listings WHERE lower(size) = '52'")
      #expect(none.first == nil)
      let (missing, _) = await ParcelActionsAdapterTests.turn(
        TurnInput(text: "got them in size 52?", intent: "feedback", confidence: 0.4), state: shown, executor: executor, chat: chat)
      #expect(missing.text.hasPrefix("I found no \"running shoes\" in size 52. No listing of these has that size"), "\(missing.text)")
    }
  }

  @Test func theBestRatedResultIsTheHighestRatedOfThoseShown() async throws {
    try await withAdapterExecutor { executor, pool in
      let chat = ChatTurn(messageID: 8_402, clientMessageID: "m-rating", conversationID: UUID(), userID: "U00001", locale: "en")
      let (_, shown) = await ParcelActionsAdapterTests.turn(
        TurnInput(text: "show me wireless headphones", intent: "search_items", confidence: 0.9, entities: [("query", "wireless headphones")]),
        state: DialogueState(), executor: executor, chat: chat)
      let ids = shown.recentListingIDs
      #expect(!ids.isEmpty)
      let best = try #require(try await pool.execute("""
        SELECT id, title, rating::float8, review_count FROM marketplace.listings WHERE id = ANY($1::text[]) AND review_count > 0
        ORDER BY rating DESC, array_position($1::text[], id) LIMIT 1
        """, ["{" + ids.joined(separator: ",") + "}"]).first)
      let (id, title) = (try best.decode(String.self, at: 0), try best.decode(String.self, at: 1))
      let (rating, reviews) = (try best.decode(Double.self, at: 2), try best.decode(Int.self, at: 3))
      let (answer, after) = await ParcelActionsAdapterTests.turn(
        TurnInput(text: "which one has the best rating?", intent: "feedback", confidence: 0.8), state: shown, executor: executor, chat: chat)
      let place = try #require(ids.firstIndex(of: id)) + 1
      let expected = "The best rated of the results shown is \(title) (result \(place)): rated \(String(format: "%.1f", rating)) of 5 from \(reviews) review"
      #expect(answer.text.hasPrefix(expected) && after.focusedListingID == id, "\(answer.text)")
    }
  }
}
