/// Test messages for the reference-number extractor, written apart from the training utterances of
/// the intent models: order, tracking and invoice numbers in the forms shops and customers use, marked
/// `[[o:…]]`, `[[t:…]]`, `[[i:…]]` (the identifier only: a leading `#` and cue words stay outside), and
/// messages with numbers that are not reference numbers (prices, dates, quantities, phones, sizes).
enum ReferenceNumberTestMessages {
  static let annotated = #"""
where is order #[[o:12345]]?
my order [[o:ORD-2024-000123]] hasnt arrived
order number [[o:00012345]] please check
order no. [[o:123-456]] is late
order no [[o:123456]] is late
Order No.[[o:778812]] still processing
order nr [[o:55120398]]
order nr. [[o:4471203]], any news?
ORDER #[[o:A12-88213]]
hi, my order is [[o:4471203]].
my order id is [[o:88120334]]
order-id: [[o:A7F3-22K9]]
order ID:[[o:2024112500017]]
order:[[o:99812]]
Order: [[o:ORD-77120]]
ref [[o:ORD-55812]] please
can you check [[o:ORD-20931]]
[[o:ORD-2024-004512]] is wrong
[[o:ord-2024-004512]] is wrong
i ordered on monday, ord [[o:2024 004512]]
it's [[o:ORD2024004512]]
my order (#[[o:88213]]) never came
"order #[[o:55120]]" was cancelled?
order #[[o:55120]], order #[[o:55121]] and order #[[o:55122]] all late
orders [[o:1120]] and [[o:1121]] missing
order number: [[o:100-2345678-1234567]]
amazon style [[o:112-3456789-0123456]] order
my order number is [[o:W123456789]]
order # [[o:12345]]
order #: [[o:12345]]
order number #[[o:0099812]]
the order number was [[o:00991234]] i think
order is number [[o:771201]]
order reference [[o:AB-2024-99812-X]]
order ref: [[o:R-88123]]
your order #[[o:US-48812]] has shipped says the email
Bestellung [[o:4711-0815]] fehlt
Bestellnummer [[o:100234567]]
commande n° [[o:45218]]
ma commande [[o:FR-2024-1182]] est en retard
pedido [[o:88123]] no llegó
ordine [[o:IT-55120]] in ritardo
#[[o:88213]] arrived broken
#[[o:88213]] pls
is #[[o:4471203]] shipped?
cancel #[[o:1001]]
my ord [[o:55120]]
Order#[[o:77812]]
order#[[o:77812]]
order-[[o:77812]]
order [[o:77812]].
order [[o:77812]], thanks
order [[o:77812]]!
order [[o:77812]]?
order [[o:77812]]; also the invoice
[order [[o:77812]]]
order {[[o:77812]]}
order "[[o:77812]]"
order '[[o:77812]]'
order: "[[o:ORD-1182]]"
ORDER NUMBER [[o:00012345]]
Order Number: [[o:000-123-456]]
order number [[o:123 456 789]]
order number is [[o:12 34 56]]
order no: [[o:SO-100234]]
sales order [[o:SO100234]]
purchase order [[o:PO-7781]]
po number [[o:4500012345]]
confirmation number [[o:CNF-88120]]
confirmation #[[o:88120-XA]]
booking ref [[o:BK12345]]
i have order [[o:88213]] and [[o:88214]]
order [[o:88213]] for 2 items at $45.50
order [[o:88213]] placed on 2024-05-01
placed order [[o:88213]] on 12.05.2024
order [[o:88213]] (2 pairs, size 10)
order [[o:88213]] to 221B Baker Street
the order with number [[o:88213]]
order of mine, [[o:88213]], never came
number of the order: [[o:88213]]
hi there, its about order [[o:ORD-2024-000123]] again
ord#[[o:000123]]
ord no [[o:000123]]
ord. [[o:000123]]
ord [[o:000123]]
order [[o:000123]]
order [[o:123456]] and tracking [[t:1Z999AA10123456784]]
tracking number [[t:1Z999AA10123456784]]
tracking [[t:1Z999AA10123456784]] says delivered
[[t:1Z999AA10123456784]] where is it
ups [[t:1Z999AA10123456784]]
tracking # [[t:9400100000000000000000]]
tracking no. [[t:9400 1000 0000 0000 0000 00]]
usps tracking [[t:9400 1000 0000 0000 0000 00]]
tracking id: [[t:JD014600003828391]]
dhl [[t:JD014600003828391]] stuck
tracking number is [[t:AB123456789GB]]
royal mail [[t:AB123456789GB]]
royal mail tracking [[t:ab123456789gb]]
parcel [[t:AB123456789GB]] missing
shipment [[t:123456789012]] delayed
fedex tracking [[t:123456789012]]
tracking code [[t:00340434161234567890]]
tracking: [[t:H0012345678901234]]
tracking no:[[t:LX123456789DE]]
track [[t:LX123456789DE]] please
the tracking number ([[t:1Z999AA10123456784]]) doesnt work
tracking ref [[t:TBA123456789000]]
amazon tracking [[t:TBA123456789000]]
my parcel number is [[t:CZ123456789DE]]
sendungsnummer [[t:00340434161234567890]]
numéro de suivi [[t:6A12345678901]]
awb [[t:1234567890]]
waybill [[t:1234567890]]
invoice [[i:INV-2024-0042]]
invoice number [[i:INV-88120]]
invoice #[[i:2024-118]]
invoice no. [[i:2024-118]]
inv [[i:88120]]
[[i:INV-2024-00123]] has wrong vat
invoice: [[i:RE-2024-1182]]
receipt [[i:55120-A]]
receipt number [[i:R-99812]]
receipt no [[i:7781-2231]]
bill no. [[i:B-4471]]
credit note [[i:CN-2024-0012]]
invoice id [[i:F2024-00017]]
Rechnung [[i:RE-2024-1182]]
Rechnungsnummer [[i:2024-00117]]
facture [[i:FA-2024-0042]]
invoice ([[i:INV-88120]]) is missing
the invoice [[i:INV88120]] shows 20% vat
inv#[[i:88120]]
invoice [[i:88120]] for order [[o:55120]]
order [[o:55120]] invoice [[i:INV-2024-0042]] tracking [[t:1Z999AA10123456784]]
hi,order[[o:55120]]not here
order:[[o:55120]],invoice:[[i:88120]]
ORDER#[[o:55120]]/INVOICE#[[i:88120]]
my order numbr is [[o:4471203]]
oder [[o:4471203]] late
ordr [[o:4471203]]
order numer [[o:4471203]]
ordernumber [[o:4471203]]
ordernr [[o:4471203]]
order-nr. [[o:4471203]]
order n° [[o:4471203]]
order № [[o:4471203]]
order №[[o:4471203]]
order num [[o:4471203]]
order ＃[[o:4471203]]
Order　[[o:4471203]]
can u check my order its [[o:4471203]]
order... [[o:4471203]]
order - [[o:4471203]]
order – [[o:4471203]]
order is [[o:4471203]]
order was [[o:4471203]]
order = [[o:4471203]]
#[[o:4471203]]
# [[o:4471203]]
nº [[o:4471203]] please
the number is [[o:4471203]] for my order
[[o:4471203]] is my order number
[[o:4471203]] order late
order ID [[o:A1B2C3D4]]
order [[o:a1b2c3d4]]
order [[o:X-99]]
order [[o:Z9Z9Z9]]
my order: [[o:00000001]]
order 12 days ago
i ordered 3 shirts
order 2 more please
order placed 2024-05-01
ordered on 05/01/2024
order of 50 dollars
order for $45.50
order worth €89,99
the order had 12 items
my order from 2023 still missing
order 3 of the red mugs
order it by friday
tracking says 3 days
track it for 2 weeks now
invoice from march 2024
invoice for 3 items
call me on +44 20 7946 0958 about my order
my phone 07700 900123, order late
zip 60614 order late
size 10 order
i need 2 pairs for my order
order total 1,299.99 EUR
order from 12.05.2024
order on 3rd march
my order, size 42
order in 2 weeks
i need help with order [[o:ORD-2023-118822]], wrong size
hey so order [[o:552118]] came but one item missing
did you ship [[o:ORD-99120]] yet
re: order [[o:10023344]] - refund?
Re: Your order #[[o:10023344]] has shipped
order [[o:10023344]]
order (no. [[o:10023344]])
the order number on my receipt is [[o:10023344]]
ORDER NO.[[o:10023344]]
orderno [[o:10023344]]
order id#[[o:10023344]]
my tracking number [[t:1Z12345E0205271688]] shows nothing
invoice ref [[i:INV/2024/0098]]
tracking [[t:1Z 999 AA1 01 2345 6784]]
cancel order [[o:88213]] please!!
order [[o:88213]]/[[o:88214]]
i bought 2 lamps, order [[o:88213]]
order 🙏 [[o:88213]]
order number: [[o:88213]] 🙂
the price of order [[o:88213]] was $45
order in 3 days
I'll order 5 tomorrow
orders over 50 ship free
order by 2pm for next day
my order of 24 bottles
refund for 2 orders
"""#

  /// A second set, written after the extractor was tuned on `annotated` and never used to change it:
  /// its recall is the honest figure for shapes the rules were not written against.
  static let checkAnnotated = #"""
hello, I placed order [[o:3381920]] on Tuesday and it's still not here
Order ref: [[o:MK-20241108-77]]
my order ([[o:ORD-2025-000871]]) was charged twice
could you look into order no.[[o:992-118]] please
the confirmation email says order #[[o:A-55821]]
Order [[o:#559102]] - wrong colour
i got an email for order [[o:10029981]] but i never placed it
ORDER: [[o:77100234]]
order nb [[o:4410023]]
ordr no [[o:551002]] still processing??
can i cancel order [[o:55-1002-88]]
re order [[o:#44120]], is it shipped
my orders [[o:8812]] and [[o:8813]] came together
what about order number [[o:000 451 229]]
my bestellung [[o:100-223-441]] fehlt noch
numéro de commande [[o:FR-55120]]
order id [[o:6f2a1c99]]
hi! order [[o:#88-2201]] arrived empty
ok so the order is [[o:991102]], can you check
tracking: [[t:1Z4X55W20312345678]]
tracking number [[t:JJD000390007712345678]]
my tracking code is [[t:RR123456785DE]]
dhl tracking [[t:00340434161094012345]]
the parcel [[t:CJ987654321US]] is stuck
ups says [[t:1Z999AA10123456784]] was delivered
track [[t:9405511899223197428490]]
invoice [[i:INV-2025-00042]] is missing the VAT
receipt #[[i:R-2024-55812]]
invoice no. [[i:2025-0091]] has my old address
my invoice [[i:IN-77120]] says 3 items
order [[o:55120]] and invoice [[i:INV-55120]]
#[[o:A91234]] never came
order 2 of the blue ones
i ordered 3 days ago
the order was 49.99 euros
my order number is on the receipt
tracking says arriving today
invoice from 2024-03-01
my order from march
order 10 more please
call 0800 123 4567 about my order
order for 2 adults
"""#

  /// One message: its text and the marked spans in Unicode scalar offsets.
  struct Message {
    var text: String
    var gold: [(type: String, start: Int, end: Int)]
  }

  static var messages: [Message] { parse(annotated) }
  static var checkMessages: [Message] { parse(checkAnnotated) }

  static func parse(_ annotated: String) -> [Message] {
    annotated.split(separator: "\n").map { line in
      var scalars: [Unicode.Scalar] = []
      var gold: [(type: String, start: Int, end: Int)] = []
      let source = Array(line.unicodeScalars)
      var i = 0
      while i < source.count {
        if source[i] == "[", i + 3 < source.count, source[i + 1] == "[", source[i + 3] == ":" {
          let type = ["o": "order_number", "t": "tracking_number", "i": "invoice_number"][String(source[i + 2])] ?? "?"
          var j = i + 4
          let start = scalars.count
          while j + 1 < source.count && !(source[j] == "]" && source[j + 1] == "]") { scalars.append(source[j]); j += 1 }
          gold.append((type, start, scalars.count))
          i = j + 2
        } else {
          scalars.append(source[i])
          i += 1
        }
      }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars)
      return Message(text: String(view), gold: gold)
    }
  }
}
