import Testing
import MeshIntent

/// Order-number forms of the marketplace's ids (`ORD-` and six digits) that order-numbers-dev.txt showed
/// missed, and numbers beside a `#` or a cue that are not orders (tickets, rooms, sizes, measures).
@Suite struct OrderNumberContextTests: OrderSpanReading {
  @Test func prefixJoinedByADash() {
    #expect(orders("any update on ORD- 100019?") == ["ORD- 100019"])
    #expect(orders("my order is ORD - 100019 where is it") == ["ORD - 100019"])
    #expect(orders("order ord– 100019") == ["ord– 100019"])
    // Lower case "ord" before a space abbreviates "order": the number alone.
    #expect(orders("the order: ord 100019") == ["100019"])
  }

  @Test func possessiveIsNotPartOfTheNumber() {
    #expect(orders("what's ORD-100019's status") == ["ORD-100019"])
    #expect(orders("ORD-100019’s refund never came") == ["ORD-100019"])
  }

  @Test func cueSpellingsAndTypos() {
    #expect(orders("order-number 100019 where") == ["100019"])
    #expect(orders("order_number=100019") == ["100019"])
    #expect(orders("my order's number is 100019") == ["100019"])
    #expect(orders("order nb 100019 not shipped") == ["100019"])
    #expect(orders("order nummber 100019") == ["100019"])
    #expect(orders("odrer 100019 not here") == ["100019"])
    #expect(orders("order numbers 100019 and 100020") == ["100019", "100020"])
  }

  @Test func trailingOrderAfterADashOrParenthesis() {
    #expect(orders("100019 - that's my order") == ["100019"])
    #expect(orders("100019 (my order) not here") == ["100019"])
    // A phone's number before "my order" stays a phone's.
    #expect(orders("call 5551234 - my order is late") == [])
  }

  @Test func longNumbersApartAreAList() {
    #expect(orders("orders 100019 100020 both late") == ["100019", "100020"])
    #expect(orders("orders 100019 / 100020 both late") == ["100019", "100020"])
    #expect(orders("order 100019 10 days ago and still nothing") == ["100019"])
    // Short groups are still one number written in parts.
    #expect(orders("track order number 100 019") == ["100 019"])
    #expect(orders("cancel my order pls, its ORD 2024 118822") == ["ORD 2024 118822"])
  }

  @Test func hashAfterAnotherThingsNameIsNotAnOrder() {
    #expect(orders("my ticket #55213 has no answer") == [])
    #expect(orders("case #100233 still open, escalate") == [])
    #expect(orders("item #4471 what material is it") == [])
    #expect(orders("room #1204 delivery instructions") == [])
    #expect(orders("my flight #4471 was delayed") == [])
    #expect(orders("the lamp from #100019 is broken") == ["100019"])
  }

  @Test func measuresAfterOrderAreNotOrders() {
    #expect(orders("i want to order 32GB ram") == [])
    #expect(orders("can i order 500ml bottles") == [])
    #expect(orders("order 120x60 desk please") == [])
    #expect(orders("order 10kg of rice") == [])
    #expect(orders("my order number is W123456789") == ["W123456789"])
    #expect(orders("order A7F3-22K9 is late") == ["A7F3-22K9"])
  }
}

extension OrderNumberContextTests {
  @Test func longBareNumberAfterAnOrderVerb() {
    #expect(orders("cancel 4471203 please") == ["4471203"])
    #expect(orders("status of 100019?") == ["100019"])
    #expect(orders("re: 100019 still waiting") == ["100019"])
    #expect(orders("check on 100019 for me") == ["100019"])
    // Counts, money and postcodes after the same words are not orders.
    #expect(orders("return 10000 stickers") == [])
    #expect(orders("refund 12000 yen to my card") == [])
    #expect(orders("check 60614 delivery area") == [])
    #expect(orders("update my zip to 10115") == [])
    #expect(orders("cancel 2 of them") == [])
  }
}

extension OrderNumberContextTests {
  @Test func longNumberSetOffAfterAnOrderWasMentioned() {
    #expect(orders("a problem with my order, 4471203") == ["4471203"])
    #expect(orders("i ordered a lamp last week - 4471203 - where is it") == ["4471203"])
    // A phone, a postcode or an address's number after the same punctuation stays theirs.
    #expect(orders("my order is late, call me: 5551234567") == [])
    #expect(orders("i ordered to my new address, zip: 60614") == [])
    #expect(orders("change the address of order 100019 to 5 Rue X, 75001 Paris") == ["100019"])
  }
}
