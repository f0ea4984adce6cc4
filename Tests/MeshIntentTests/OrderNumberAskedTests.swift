import Testing
import MeshIntent

/// Order references in the forms heldout17's misses stood for (issue 12, branch ord35, dev set
/// `order-numbers-dev5.txt`): a detail asked for by the order's bare reference, another kind of number named before
/// the order, chasing openers with their object, one-letter codes and shorthand verbs, hyphenated groups alone in a
/// message about an order, slash segments around a country code; and the look-alikes each rule must leave. The
/// strings here are other than the dev set's.
@Suite struct OrderNumberAskedTests: OrderSpanReading {
  /// Entities of every type, as "type=text".
  func entities(_ text: String) -> [String] {
    let s = Array(text.unicodeScalars)
    return EntityExtractor().extract(from: text).map { "\($0.type)=\(String(String.UnicodeScalarView(s[$0.start..<$0.end])))" }
  }

  @Test func aDetailAskedForByTheOrdersReference() {
    #expect(orders("could i have the tracking no for P77120394") == ["P77120394"])
    #expect(orders("tracking link for 8830192 is broken") == ["8830192"])
    #expect(orders("invoice of H5520913 has the wrong name") == ["H5520913"])
    #expect(orders("eta for 66120934 pls") == ["66120934"])
    // The detail's own number, a count, money, a year, a place, a tracking number's shape: not an order's.
    #expect(orders("the tracking number for my package is 48291033155") == [])
    #expect(orders("tracking number for 3 boxes") == [])
    #expect(orders("invoice for 49.99 please") == [])
    #expect(orders("the invoice for 12000 rupees") == [])
    #expect(orders("invoice for 2026 in one pdf") == [])
    #expect(orders("label for 10115 Berlin") == [])
    #expect(orders("tracking for 1Z999AA10123456784 shows nothing") == [])
  }

  @Test func anotherKindNamedBeforeTheOrder() {
    #expect(orders("the postcode on my order, 110034 should be 110043") == [])
    #expect(orders("wrong phone number for my order, 07700900456") == [])
    #expect(orders("the zip in my order is 94107, it should be 94110") == [])
    #expect(entities("the tracking number for my order is 1Z999AA10123456784") == ["tracking_number=1Z999AA10123456784"])
    #expect(orders("about my order, 07700900456 is my mobile") == [])
    // The order's own number, right after the order word or set off by itself, is still the order's.
    #expect(orders("the zip on order 5520193 is wrong") == ["5520193"])
    #expect(orders("I put my old address on the order I placed (2203948)") == ["2203948"])
    #expect(orders("a problem with my order, 6620193") == ["6620193"])
  }

  @Test func chasingOpenersWithTheirObject() {
    #expect(orders("i messaged you guys twice about 77120934 already") == ["77120934"])
    #expect(orders("writing to you again about 551-2093, still nothing") == ["551-2093"])
    #expect(orders("contacted u yesterday about 6630192 no answer") == ["6630192"])
    // A count, an amount or a place after the same opener.
    #expect(orders("emailed you about 20000 flyers") == [])
    #expect(orders("writing to you about 80331 Munich") == [])
    #expect(orders("i emailed you about 15000 euros") == [])
  }

  @Test func oneLetterCodesAndShorthandVerbs() {
    #expect(orders("refund status K55120") == ["K55120"])
    #expect(orders("cancel q77120 ordered twice") == ["q77120"])
    #expect(orders("cncl 6630192 pls") == ["6630192"])
    #expect(orders("cxl 5520193") == ["5520193"])
    #expect(orders("rfnd 4419207 never came") == ["4419207"])
    #expect(orders("canceel 7712034") == ["7712034"])
    #expect(orders("retrun 33019204 too big") == ["33019204"])
    #expect(orders("cancel 4471203 thanks") == ["4471203"])
    // Real words one edit away, a count, money, a model code before its product, a flight.
    #expect(orders("cancer 44712 study") == [])
    // (Not at the message's end: a long number ending a message with no order word is taken as set off, round 52.)
    #expect(orders("stats 4471203 for my shop page") == [])
    #expect(orders("cncl 3 pcs") == [])
    #expect(orders("rfnd 49.99") == [])
    #expect(orders("return my V12000 vacuum") == [])
    #expect(orders("status of flight K55120") == [])
  }

  @Test func hyphenatedGroupsAloneInAMessageAboutAnOrder() {
    #expect(orders("parcel still not here 3391-220193") == ["3391-220193"])
    #expect(orders("refund never arrived for 55-2091-4471") == ["55-2091-4471"])
    #expect(entities("my refund is late 3391-220193") == ["order_number=3391-220193"])
    // A phone in the North American layouts or after a trunk zero, a phone word, a date, a range of years,
    // another number's name, a message about no order.
    #expect(orders("refund pending 415-555-0132") == [])
    #expect(orders("refund pending 415-5550132") == [])
    #expect(orders("parcel late, 0161-4960000") == [])
    #expect(orders("refund late, call 3391-220193") == [])
    #expect(orders("returned on 2026-11-03, nothing yet") == [])
    #expect(orders("delivery late, 2019-2026 warranty") == [])
    #expect(orders("parcel late, ticket 3391-220193") == [])
    #expect(orders("my gym number is 3391-220193") == [])
  }

  @Test func slashSegmentsAroundACountryCode() {
    #expect(orders("order nr 2026/NL/00912 late") == ["2026/NL/00912"])
    #expect(orders("order no. 88/ES/2291 missing a part") == ["88/ES/2291"])
    // Not after an order cue, another number's prefix, a date, too few digits.
    #expect(orders("invoice 2026/NL/00912 is wrong") == [])
    #expect(orders("order RMA/2026/00912 label") == [])
    #expect(orders("ordered 2026/11/03") == [])
    #expect(orders("order 12/AU/44") == [])
  }

  @Test func theNumberWordGluedToTheCue() {
    #expect(orders("ordernumber7712034 never came") == ["7712034"])
    #expect(orders("orderno5520193 where") == ["5520193"])
  }
}
