import Testing
import MeshIntent

/// Order references in the forms of order-numbers-dev6 (issue 12, branch ord36): a refund's own reference against
/// the order's refund asked about, a staff member's `#`, a bare reference asked where it is, progress words, a
/// store's prefix before ORD, a code in mixed groups, a parcel called by the order's number; and the look-alikes
/// each rule must leave. The strings here are other than the dev set's.
@Suite struct OrderNumberRefundAndParcelTests: OrderSpanReading {
  /// Entities of every type, as "type=text".
  func entities(_ text: String) -> [String] {
    let s = Array(text.unicodeScalars)
    return EntityExtractor().extract(from: text).map { "\($0.type)=\(String(String.UnicodeScalarView(s[$0.start..<$0.end])))" }
  }

  @Test func aRefundsOwnReferenceIsNotTheOrders() {
    #expect(orders("refund no 66120394 was issued but not received") == [])
    #expect(orders("the refund reference is RF-77102, please check") == [])
    #expect(orders("refund ID: 5520931 - nothing yet") == [])
    #expect(orders("44719203 is my refund number") == [])
    // The order's refund asked about, and the order beside a refund's reference.
    #expect(orders("refund status for W55120") == ["W55120"])
    #expect(orders("refund for 6620193 still not here") == ["6620193"])
    #expect(orders("refund 4471203 pls") == ["4471203"])
    #expect(orders("order 5520913, refund ref RF-1120-3341") == ["5520913"])
    // Money and counts after the same words.
    #expect(orders("refund for 12000 yen is missing") == [])
    #expect(orders("refund status for 3 items") == [])
  }

  @Test func aStaffMembersHashIsTheirs() {
    #expect(orders("operator #5512 hung up on me") == [])
    #expect(orders("advisor #30021 told me to wait") == [])
    #expect(orders("the agent asked for my order #5512093") == ["5512093"])
  }

  @Test func aBareReferenceAskedAbout() {
    #expect(orders("where is 55120934?") == ["55120934"])
    #expect(orders("what happened to 7712903") == ["7712903"])
    #expect(orders("what's going on with K4471203??") == ["K4471203"])
    // A place, a phone, a short number, a word that names what the number is.
    #expect(orders("where is 80331 Munich") == [])
    #expect(orders("where is 0612345678 from") == [])
    #expect(orders("where is 2024") == [])
    #expect(orders("where is 4471203 street") == [])
  }

  @Test func progressWordsMakeAMessageAboutAnOrder() {
    #expect(orders("6620931 still processing??") == ["6620931"])
    #expect(orders("nothing came, ref 5520913") == ["5520913"])
    #expect(orders("processing 20 items a day is our limit") == [])
  }

  @Test func aStorePrefixBeforeORD() {
    #expect(orders("UK-ORD-55120 late") == ["UK-ORD-55120"])
    #expect(orders("return label RMA-ORD-55120 missing") == [])
    #expect(orders("EU-ORD-12 late") == [])
  }

  @Test func aCodeInMixedGroups() {
    #expect(orders("order no. X9K2 P4M7 missing") == ["X9K2 P4M7"])
    #expect(orders("order number SW1A 1AA") != ["SW1A 1AA"])
    #expect(orders("order no K1A 0B1") != ["K1A 0B1"])
  }

  @Test func aParcelCalledByTheOrdersNumber() {
    #expect(entities("parcel 5520913 never came") == ["order_number=5520913"])
    #expect(entities("my package (BX-55120) is damaged") == ["order_number=BX-55120"])
    // A carrier's tracking number after the same words, or a carrier before them.
    #expect(entities("parcel 00340434161234567890 stuck") == ["tracking_number=00340434161234567890"])
    #expect(entities("package JD014600006281230704 late") == ["tracking_number=JD014600006281230704"])
    #expect(entities("DHL parcel 55120931 late") == ["tracking_number=55120931"])
  }
}

/// The last round's two open forms (branch ord36): a parcel that is a clause's subject does not name the number
/// after the clause, and an amount after an invoice cue is money.
@Suite struct OrderNumberOpenFormsTests: OrderSpanReading {
  @Test func aParcelThatIsTheSubjectNamesNoNumber() {
    #expect(orders("my package is late 55-2091-4471") == ["55-2091-4471"])
    #expect(orders("the parcel never came 66120934") == ["66120934"])
    // Named by a number word, or by a blocker right before.
    #expect(orders("parcel late, my customer number is 44712093") == [])
    #expect(orders("parcel missing, ticket 55120394") == [])
  }

  @Test func anAmountAfterAnInvoiceCueIsMoney() {
    let x = EntityExtractor()
    #expect(x.extract(from: "invoice of 15000 euros").map(\.type) == ["money"])
    #expect(x.extract(from: "invoice of €2500 please").map(\.type) == ["money"])
    #expect(x.extract(from: "invoice 2024-00881 is wrong").map(\.type) == ["invoice_number"])
  }
}
