import Testing
import MeshIntent

/// Order references as customers retype them and give them in chat (issue 12, branch ordnum34, dev set
/// `order-numbers-dev4.txt`): cue words one typo away, "conf", the shop's prefix glued by a dot or regrouped,
/// store codes in lower case, marketplace layouts with a dash left out, prefixes before two digit groups,
/// numbers listed after a verb, a reply that is only the number; and the look-alikes each rule must leave.
@Suite struct OrderNumberRetypedTests: OrderSpanReading {
  @Test func cueWordsOneTypoAway() {
    #expect(orders("oredr 6620193 never came") == ["6620193"])
    #expect(orders("my orderr no is 3318204") == ["3318204"])
    #expect(orders("ordre numbre 7712045 still processing") == ["7712045"])
    #expect(orders("orde nmber 2290417") == ["2290417"])
    #expect(orders("conf no. 8812094 says pending") == ["8812094"])
    // Real words one edit from "order" or "number", and a count after a typo'd cue, are not cues.
    #expect(orders("my older 2 kids want the same") == [])
    #expect(orders("the border 12345 crossing") == [])
    #expect(orders("odder 4471203 than I thought") == [])
    #expect(orders("ordr 3 more boxes please") == [])
  }

  @Test func theShopsPrefixRetyped() {
    #expect(orders("is ORD.772019 on its way") == ["ORD.772019"])
    #expect(orders("ord/551203 status") == ["ord/551203"])
    #expect(orders("nothing yet for ORD-66 12 09") == ["ORD-66 12 09"])
    #expect(orders("ORD-4 471 920 where") == ["ORD-4 471 920"])
    #expect(orders("has bby01-772019334 shipped") == ["bby01-772019334"])
    #expect(orders("web-771203 late again") == ["web-771203"])
    // A prefix before a count, another number's prefix in lower case, or too few digits: left alone.
    #expect(orders("ORD-12 000 boxes") == [])
    #expect(orders("sku01-772019334 in blue?") == [])
    #expect(orders("ORD-5 12") == [])
  }

  @Test func storeCodesWithTwoDigitGroups() {
    #expect(orders("TR-2291-44812 not delivered") == ["TR-2291-44812"])
    #expect(orders("where is EU-2026-00417") == ["EU-2026-00417"])
    // Another number's prefix, a date-like or too short code: not an order's.
    #expect(orders("RMA-2291-44812 label please") == [])
    #expect(orders("meeting DEC-05-2026") == [])
    #expect(orders("KW-12-345 ok") == [])
  }

  @Test func marketplaceLayoutWithADashLeftOut() {
    #expect(orders("2039918475-7712034 has not arrived") == ["2039918475-7712034"])
    #expect(orders("where is 403-77120341128830") == ["403-77120341128830"])
    // A phone's country code and number written in the 2-5-5 layout after "+".
    #expect(orders("my number is +44 77009 00123, order arrived broken") == [])
    #expect(orders("call +91-98765-43210 if needed") == [])
  }

  @Test func numbersListedAfterAVerbOrAChase() {
    #expect(orders("refund 4419203 and 4419217 please") == ["4419203", "4419217"])
    #expect(orders("any news on 5520193, 5520207?") == ["5520193", "5520207"])
    #expect(orders("any news? 8830192") == ["8830192"])
    #expect(orders("update: 6630128") == ["6630128"])
    // A count or a much shorter number after "and" is not a second order; a named number after a chase.
    #expect(orders("cancel 4419203 and 12 more") == ["4419203"])
    #expect(orders("order 5520193, also 5520207 - both late") == ["5520193", "5520207"])
    #expect(orders("order 5520193, also 30000 stickers") == ["5520193"])
    #expect(orders("any news? 10115 is my zip") == [])
  }

  @Test func aReplyThatIsOnlyTheNumber() {
    #expect(orders("its 3390127") == ["3390127"])
    #expect(orders("yeah it's 77120045") == ["77120045"])
    #expect(orders("8830127") == ["8830127"])
    #expect(orders("ok here it is: k551203") == ["k551203"])
    #expect(orders("4419207 any update?") == ["4419207"])
    // A reply that names the number as something else, a phone, a date, money, a count or other words.
    #expect(orders("my lucky number is 7712034") == [])
    #expect(orders("its 4419207, my customer number") == [])
    #expect(orders("its 07700900123") == [])
    #expect(orders("its 20261205") == [])
    #expect(orders("its 1200000 dollars") == [])
    #expect(orders("3300000 views on that video") == [])
    #expect(orders("560001 is my pin") == [])
    #expect(orders("i live at 5 Main St, 100001") == [])
  }

  @Test func postcodesBeforeTheirTownAndNumbersNamedAfter() {
    #expect(orders("can you deliver to 560001 Bangalore, order placed already") == [])
    #expect(orders("is 400001 Mumbai covered for delivery") == [])
    #expect(orders("the courier gave 00340434161234567890 as tracking and it is stuck") == [])
    #expect(orders("my order is late, 4471203 is my customer number") == [])
    // The same messages' order numbers are still read.
    #expect(orders("delivery for 5520193 to Bangalore is late") == ["5520193"])
  }

  @Test func anotherNumbersNameBeforeNumberAfterAnOrder() {
    #expect(orders("invoice for purchase order PO-77120 please, VAT number is GB123456789") == ["PO-77120"])
    #expect(orders("my order, customer number 4471203") == [])
  }
}
