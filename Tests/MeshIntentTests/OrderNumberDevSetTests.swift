import Foundation
import Testing
import MeshIntent

/// The extractor on `mesh/data/intents/order-numbers-dev.txt` to `-dev11.txt`, `commerce-heldout22.txt` to `-heldout25.txt`,
/// `commerce-heldout28.txt` and `commerce-chat-dev.txt` (issue 12): order
/// numbers in the forms customers write them, and numbers that are not orders. A development set (the rules were tuned on it),
/// so its floor is high: a change that loses forms or takes a price, ticket or size for an order fails here.
@Suite struct OrderNumberDevSetTests {
  static func path(_ name: String) -> String {
    var dir = String(#filePath)
    // Tests/MeshIntentTests/<file> → the checkout.
    for _ in 0..<3 { if let slash = dir.lastIndex(of: "/") { dir = String(dir[..<slash]) } }
    return dir + "/mesh/data/intents/" + name
  }

  /// The extractor's score on the marked messages of `name`: its counts printed, and the wrong lines of a development set.
  /// A `heldout` file's lines are never printed (only its counts): some of them are still independent measurement sets
  /// for the intents, and a failing floor must not show their text in a test log (branch ord50).
  static func score(_ name: String) throws -> (messages: Int, score: MarkedMessageScore) {
    let contents = try String(contentsOfFile: path(name), encoding: .utf8)
    let messages = try MarkedMessage.parse(contents)
    let extractor = EntityExtractor()
    let orders = messages.map { m in
      extractor.extract(from: m.text).filter { $0.type == "order_number" }.map { $0.start..<$0.end }
    }
    let score = MarkedMessageScore(messages: messages, predictions: messages.map(\.label), orders: orders)
    print("\(name): order numbers found \(score.orderSpansFound) of \(score.orderSpans), right \(score.orderExtractedRight) of "
          + "\(score.orderExtracted) taken, \(score.wrongSpans.count) lines wrong")
    if !name.contains("heldout") {
      for k in score.wrongSpans { print("order numbers wrong in: \(messages[k].text)") }
    }
    return (messages.count, score)
  }

  /// One dev set's bounds: at least this many messages and marked order numbers, and its recall floor.
  struct DevSet: Sendable, CustomTestStringConvertible {
    let file: String
    let messages: Int
    let spans: Int
    let recallFloor: Double
    /// False finds allowed: numbers the extractor takes for orders that are not marked (see `devSets` for which).
    var unmarkedOrders = 0
    var testDescription: String { file }
  }

  /// The dev sets and why each floor is where it is:
  /// - dev: shops' forms. dev2 (branch ordernum10): no cue, weak cues, spaced groups. dev3 (ordnum32): shops and
  ///   platforms worldwide, other languages' cues, pasted e-mails, corrections.
  /// - dev4 (ordnum34): references retyped from memory or a screenshot, bare replies, cue typos; four stay missed
  ///   (docs/INTENTS.md), so 97.5%.
  /// - dev5 (ord35): the forms heldout17's misses and false find stood for.
  /// - dev6 (a new author, orddev6, and ord36's lines): no cue or after other nouns; four stay missed
  ///   ("item"/"transaction" numbers, "checking in on my stuff, N", "money back for …"; ord37), so 96%. ord45 unmarks
  ///   the numbers its customers correct (dev3's five too, dev's one), as the README now says, and drops them.
  /// - dev7 (a new author, orddev7): several orders a message, spaced groups, item and line ids, money and units
  ///   beside orders, carriers' tracking forms, refund, RMA and ticket references; eleven stay missed (ord37), so 90%.
  ///   ord43 loses "(not 6619240, I mistyped it …)", which ord45 unmarks (a number the customer corrects is no order,
  ///   mesh/data/intents/README.md), so ten of 121.
  /// - dev8 (a new author, orddev8): the formats real shops and marketplaces print, pasted, split or retyped, beside
  ///   carriers', payment systems', delivery and booking references; two stay missed (ord38: an Etsy "receipt #N",
  ///   which is an invoice cue elsewhere, and AliExpress's 16 digits in fours after no order word, a bank card's
  ///   layout), so 98%.
  /// - commerce-heldout22 (an independent set until ord38b read its order-number misses and false finds; its intents
  ///   stay held out): a trip's booking, numbers listed after another kind, "reorder", codes in groups after an
  ///   order verb; four stay missed (ord38b: "it's N-7712-A" after the question, "the same order as 2025 0412 88",
  ///   "gift wrap to A-44190", "label please for w 5512 0983"); ord39 found three, so 99%: "gift wrap to A-44190"
  ///   stays missed (one letter and a dash before five digits is a European postcode's shape, "ship to D-80331").
  /// - commerce-heldout23 (the same from ord39; its intents stay held out): words typed onto the number, a verb's
  ///   object before a colon, four-digit numbers listed after a verb, the address on an order, a seller's sale
  ///   reference, groups before "says"; all found, so 99%.
  /// - commerce-heldout24 (the same from ord40; its intents stay held out): an order by its last digits, dictated
  ///   digits, "hash" read out, five-digit replies, questions typed onto the cue; three stay missed (ord40: "CANCEL
  ///   IT. N. NOW.", "RETURN LABEL PLEASE 2210", "the parcel for 45012"), so 98%. Its author left other shops'
  ///   orders unmarked ("my Uber Eats order 4410"), which heldout22, heldout23 and dev8 mark and the extractor
  ///   finds (it cannot tell whose shop a number is from): those four are its only false finds. ord41 found the three,
  ///   so 99%. ord45 marks those four (the data sets' convention: any order number is marked), so none.
  /// - commerce-heldout25 (the same from ord41; its intents are read by nlu41): digits and a prefix read out as words
  ///   and letters, a detail or gift wrap asked for an order, a problem with one, a receipt's quantity after it, a
  ///   phone after "+", a journey's booking, a utility's reference; all found and no false find, so 99%.
  /// - commerce-chat-dev (a new author, nluwrite26d; a development set from the start): mid-chat follow-ups, voice
  ///   transcripts with digits as words, people writing for relatives, sellers asking about their buyers' orders;
  ///   ord41b's rules (`OrderNumberChatTests`) find all 103 and nothing else, so 99%.
  /// - dev9 (a new author, orddev9): weak or distant cues, numbers read aloud in transcripts, ranges, links, sellers;
  ///   ord42's rules (`OrderNumberReadAloudTests`) find 168 of 181, ord43's 171 ("its about N", "reorder the same as
  ///   N", and "ord55213", which dev9 marks as its digits and dev and dev4 whole: the eval now scores an "ord" run into
  ///   the digits as optional, `MarkedMessageScore.runTogetherKey`). Ten stay missed: four-digit replies ("yes 1187
  ///   that's it", "3301? or …", "2215 - just that one …"), four digit words after "order" or "for" (a count or a choice
  ///   to the reader, as the docs define a number read out), "the ones from 2210 to 2215", a return link's "/r/CODE/",
  ///   "number is 0012345678" (the phone scanner's), "kettle was 55877". 94%, no false find.
  /// - dev10 (a new author, orddev10): numbers far from a cue, answers to the agent, corrections, several orders on one
  ///   tracking number, shops' formats beside invoices, receipts, transcripts, other languages, spaced or dotted
  ///   digits; ord43's rules (`OrderNumberRepliesAndCorrectionsTests`) find 161 of 173, ord45's 163 ("30918. no wait
  ///   30981", "not 3391, its 3319"). Its three false finds: a bank's two references after "ref" far from the bank, and the first of "four
  ///   four seven one uh no sorry four four seven two …" (ord45 drops a corrected number read as digits, not as words).
  ///   93%.
  /// - dev11 (a new author, orddev11): third-party sellers, subscriptions, business buyers, pasted e-mails, words run
  ///   together; ord44's rules (`OrderNumberShopFormatTests`) and ord43's reader of dictated groups find 198 of 203.
  ///   Left: "order number 0 0 0 1 2 3 4 5... sorry the full one is 000123456" (the cut-short number found, the full one
  ///   missed), four digit words said twice after "order number", "its 1187" (four digits are short for a reply);
  ///   ord45 finds "sorry the right one is 93318, not 93381". Its author left other companies' orders unmarked in out-of-scope lines (Uber
  ///   Eats, Domino's, Zalando), which ord45 marks (the data sets' convention); its one false find is the cut-short
  ///   number. 97%.
  /// - commerce-heldout28 (an independent set until ord45 read its order-number misses and false finds; its intents
  ///   stay held out): a prefix written apart, a letter and a store digit, words typed onto the cue, "might be", a
  ///   trip's confirmation after a question, a reply set off with "the", a refund's reference after its state; 167 of
  ///   173. Left: "AX 55 203" and "KX 2201 8" (a prefix before groups with no cue or a one-digit tail), "3 min ago,
  ///   5109" (four digits), "my order 44 5 19", a year read out ("ord dash twenty twenty six dash …"), and a business
  ///   buyer's "your reference B2B-200931" after its "purchase order PO-4471", which is found instead (its one false
  ///   find). 96%.
  static let devSets = [
    DevSet(file: "order-numbers-dev.txt", messages: 240, spans: 200, recallFloor: 0.99),
    DevSet(file: "order-numbers-dev2.txt", messages: 150, spans: 120, recallFloor: 0.99),
    DevSet(file: "order-numbers-dev3.txt", messages: 320, spans: 220, recallFloor: 0.99),
    DevSet(file: "order-numbers-dev4.txt", messages: 310, spans: 200, recallFloor: 0.975),
    DevSet(file: "order-numbers-dev5.txt", messages: 100, spans: 50, recallFloor: 0.99),
    DevSet(file: "order-numbers-dev6.txt", messages: 190, spans: 125, recallFloor: 0.96),
    DevSet(file: "order-numbers-dev7.txt", messages: 165, spans: 120, recallFloor: 0.90),
    DevSet(file: "order-numbers-dev8.txt", messages: 180, spans: 145, recallFloor: 0.98),
    DevSet(file: "commerce-heldout22.txt", messages: 480, spans: 151, recallFloor: 0.99),
    DevSet(file: "commerce-heldout23.txt", messages: 480, spans: 157, recallFloor: 0.99),
    DevSet(file: "commerce-heldout24.txt", messages: 492, spans: 187, recallFloor: 0.99),
    DevSet(file: "commerce-heldout25.txt", messages: 491, spans: 185, recallFloor: 0.99),
    DevSet(file: "commerce-chat-dev.txt", messages: 322, spans: 103, recallFloor: 0.99),
    DevSet(file: "order-numbers-dev9.txt", messages: 182, spans: 181, recallFloor: 0.94),
    DevSet(file: "order-numbers-dev10.txt", messages: 181, spans: 173, recallFloor: 0.93, unmarkedOrders: 3),
    DevSet(file: "order-numbers-dev11.txt", messages: 242, spans: 206, recallFloor: 0.97, unmarkedOrders: 1),
    DevSet(file: "commerce-heldout28.txt", messages: 516, spans: 173, recallFloor: 0.96, unmarkedOrders: 1),
  ]

  /// Every set: its order numbers found above the floor, and nothing else taken for one.
  @Test(arguments: devSets)
  func spansFoundAndNothingElse(_ set: DevSet) throws {
    let (count, score) = try Self.score(set.file)
    #expect(count >= set.messages && score.orderSpans >= set.spans)
    #expect(score.orderRecall >= set.recallFloor)
    #expect(score.orderExtracted - score.orderExtractedRight <= set.unmarkedOrders)
  }
}
