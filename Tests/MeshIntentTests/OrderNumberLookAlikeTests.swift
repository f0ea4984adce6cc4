import Testing
import MeshIntent

/// Numbers shaped like order references that the words around them make something else (branch nluheld10,
/// from probes): a model code before the product it names, a bulk quantity after "order" the verb, a bare
/// "ID" with digits in a message about nothing ordered; and beside each, the order reference in the same
/// shape that must still be found.
@Suite struct OrderNumberLookAlikeTests: OrderSpanReading {
  @Test func aModelCodeBeforeItsProductIsNoOrder() {
    #expect(orders("my RTX-40700 card arrived broken") == [])
    #expect(orders("is the XPS-15900 laptop in stock") == [])
    #expect(orders("do you sell the WH-10004 headphones") == [])
    // The same shapes followed by what happened to the order, or with an order cue, are references.
    #expect(orders("RTX-40700 has not arrived") == ["RTX-40700"])
    #expect(orders("my WEB778812 is late") == ["WEB778812"])
    #expect(orders("order RTX-40700 card was wrong") == ["RTX-40700"])
    #expect(orders("BK-339102, the card was charged twice") == ["BK-339102"])
  }

  @Test func aBulkQuantityAfterOrderTheVerbIsNoOrder() {
    #expect(orders("i want to order 10000 stickers") == [])
    #expect(orders("order 10000 stickers with our logo") == [])
    #expect(orders("can we order 25000 flyers by friday") == [])
    #expect(orders("we'd like to purchase 12500 labels") == [])
    // A reference before a verb in -s, or without a plural after it, is still the order's.
    #expect(orders("can you tell me when purchase 61230 ships") == ["61230"])
    #expect(orders("my order 12500 arrives when?") == ["12500"])
    #expect(orders("where is order 10000") == ["10000"])
    #expect(orders("order 10000 was never delivered") == ["10000"])
  }

  @Test func aBareIdNeedsAMessageAboutAnOrder() {
    #expect(orders("ID 20241") == [])
    #expect(orders("ID 20241 can you look me up") == [])
    #expect(orders("ref 884412") == [])
    // With an order's topic or a question about one, or letters in the code, the weak cue still names it.
    #expect(orders("ID 20241 where is it") == ["20241"])
    #expect(orders("ID 20241 not delivered yet") == ["20241"])
    #expect(orders("ref 884412 any news?") == ["884412"])
    #expect(orders("ref ZX-448120") == ["ZX-448120"])
    #expect(orders("ID: 55012 where is it") == ["55012"])
  }
}
