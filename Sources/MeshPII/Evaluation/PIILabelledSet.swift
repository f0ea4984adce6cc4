/// The team's labelled PII test set: chat and support messages with every piece of personal data
/// marked `{{type:value}}` (an address whole, with the city that follows its street), and look-alikes left unmarked that must not match (order, invoice and
/// tracking numbers, prices, dates, times, versions, quantities, SKUs). Card numbers are the networks'
/// published test numbers; IBANs are the registry's examples; people and places are invented.
enum PIILabelledSet {
  static let annotated = #"""
Hi, my name is {{name:John Smith}} and my order #123456789 hasn't arrived.
You can reach me at {{email:john.smith@example.com}} or {{phone:+1 415 555 0132}}.
my name is {{name:maria garcia}}, order 4155550132 was charged twice
Please call me on {{phone:(415) 555-0132}} after 5pm.
My number is {{phone:415-555-0132}}, order placed on 2024-05-01.
phone: {{phone:415.555.0132}} — the parcel costs $129.99 with shipping.
Call {{phone:+44 20 7946 0958}} or email {{email:support-team@shop.co.uk}}.
UK mobile {{phone:07700 900123}}, invoice INV-2024-00123 is wrong.
Mon portable est le {{phone:06 12 34 56 78}}, merci.
Rufen Sie mich an: {{phone:+49 30 901820}}.
Appelez-moi au {{phone:+33 6 12 34 56 78}} demain.
India office: {{phone:+91 98765 43210}}.
Sydney: {{phone:+61 2 9374 4000}}, open 9-5.
text me at {{phone:4155550132}} when it ships
I paid with card {{card:4111 1111 1111 1111}} but was charged $45.50 twice.
Card number {{card:5500-0000-0000-0004}} expires 09/27.
amex {{card:378282246310005}} please refund
My Visa {{card:4012888888881881}} got declined, total was 1,299.99 EUR.
discover card {{card:6011 1111 1111 1117}}
The card 4111 1111 1111 1112 does not look right (typo on purpose).
Please wire to {{iban:GB82 WEST 1234 5698 7654 32}} before Friday.
IBAN: {{iban:DE89 3704 0044 0532 0130 00}}
refund to {{iban:NL91ABNA0417164300}} thanks
my iban is {{iban:FR14 2004 1010 0505 0001 3M02 606}}
Spanish account {{iban:ES91 2100 0418 4502 0005 1332}}, reference 2024-05.
{{iban:BE68 5390 0754 7034}} is my Belgian account.
Bank details: DE89 3704 0044 0532 0130 01 (one digit wrong).
SSN {{ssn:123-45-6789}} for the tax form.
my social security number is {{ssn:078-05-1120}}
ssn: {{ssn:219099999}}
The number 000-12-3456 is not a valid SSN and neither is 666-12-3456.
Server {{ip:192.168.1.20}} rejected my login from {{ip:10.0.0.5}}.
my ip is {{ip:2001:db8::8a2e:370:7334}}
localhost {{ip:::1}} and link-local {{ip:fe80::1ff:fe23:4567:890a}}
Not an IP: 999.1.1.1 or 1.2.3 or version 2.4.10.
Meeting at 10:30, call ends 11:45:30.
Ship it to {{address:221B Baker Street, London}}.
My address is {{address:1600 Amphitheatre Parkway, Mountain View}}.
deliver to {{address:742 Evergreen Terrace}} please
Office: {{address:350 Fifth Avenue, Suite 3300, New York}}
Lieferadresse: {{address:Hauptstraße 5, Berlin}}
Send it to {{address:Keizersgracht 123}} in Amsterdam.
{{address:10 Downing St.}} is not my address, I live at {{address:48 Maple Ave, Apt 4B}}.
I want 2 Red Shirts and 3 pairs of running shoes in size 10.
I'm {{name:Priya}} and I need help with a refund.
This is {{name:Tom Becker}} from the warehouse team.
call me {{name:Liz}}
Regards, {{name:Hannah Schmidt}}
Mr. {{name:Okafor}} asked about order ORD-99812.
I'm looking for a red dress under $50.
this is urgent, order 55512345 is late!
I'm Happy with the service.
my name is on the order but the address is wrong
Order 1234567 shipped on 12.05.2024, tracking number 1Z999AA10123456784.
tracking 9400 1000 0000 0000 0000 00 says delivered
SKU 4006381333931 is out of stock; ISBN 978-0-306-40615-7 too.
The price went from €45 to €54.99 on 03/15/2025.
Invoice #2024-0042 for 3 items totalling $89.97.
Order no. 100-2345678-1234567 from amazon was damaged.
Quantity 12, room 101, flight BA 2490, gate 23.
Call between 9 and 5 on weekdays, 555 is the area code.
Contact: {{name:Ana Souza}}, {{email:ana.souza@correo.com.br}}, {{phone:+55 11 91234 5678}}
email me: {{email:ANNA+orders@shop.example}} or {{email:m.rossi@libero.it}}
follow us @shoplover or write to user@localhost
her email is {{email:li.wei_88@mail.example.cn}}, phone {{phone:+86 138 0013 8000}}
I live at {{address:77 Massachusetts Ave}}, my name is {{name:Kwame Mensah}}.
Your order 7789-2231 will arrive between Mon 3 and Wed 5 June.
Pay 25.00 USD or 2500 cents, code SAVE20, 20% off.
The model number is 2001-4455 and the year 1999.
My card is {{card:4111-1111-1111-1111}} and my phone is {{phone:+1-202-555-0174}}.
I'm {{name:José Álvarez}}, born 1984, order 88811234 please.
Hi I'm {{name:Sam}}
My name's {{name:Oliver Brown}}, email {{email:oliver.brown@example.org}}
Order ID: 2024112500017, total $1,045.00, dated 25/11/2024.
refund ref 5500000000000004 processed
My phone number changed to {{phone:0161 496 0000}} last week.
Reach me on WhatsApp {{phone:+34 612 345 678}}.
It costs 1.299,00 € in Germany and 1299 kr in Sweden.
Coordinates 52.5200, 13.4050 are Berlin.
Hello, I am {{name:Grace Hopper}} and my email is {{email:grace.hopper@navy.example.mil}}.
can you update my phone to {{phone:+1 312 555 0199}} thx
my old number was {{phone:(312) 555-0142}} but that's gone
mein Name ist {{name:Klaus}}, Telefon {{phone:+49 170 1234567}}
Please refund card ending 1111, not the full number.
Transfer from {{iban:CH93 0076 2011 6238 5295 7}} failed twice.
The IBAN {{iban:IT60 X054 2811 1010 0000 0123 456}} belongs to my company.
wire the 250.00 to {{iban:GB33BUKB20201555555555}} asap
my ssn is {{ssn:536-22-1234}} and my zip is 60614
Zip code 94107, PO box 1234, apartment 5C.
login from {{ip:203.0.113.45}} was not me!
the server at {{ip:2001:0db8:85a3:0000:0000:8a2e:0370:7334}} is down
ping 8.8.8 fails and 256.1.1.1 is invalid
I moved to {{address:55 Water Street, Apt 12}}, please update.
the warehouse is at {{address:1200 Industrial Blvd}} in Reno
Lieferung bitte an {{address:Bahnhofstraße 12, Zürich}}.
My daughter's name is {{name:Emma}} and she loves the dress.
call me {{name:Bob}}, my cell is {{phone:555-867-5309}}
Call me tomorrow at 10:00 about order 5558675309.
card: {{card:5105 1051 0510 5100}}, exp 12/26, cvv 123
The gift card code is 6011-0009-9013-9424-XY.
Order #4111111111111111 looks like a card but it is an order number.
I paid $4,111.11 on 11/11/2021 for 11 items.
Meet me at 5 Main Street? No, I mean 5 main street is just a joke address.
Yours sincerely, {{name:Martha Jones}}
this is {{name:Kenji Watanabe}}, calling about my refund
I'm Fine thanks, just browsing.
Email {{email:returns@shop.example.co.uk}} with ref 2024/11/0042.
Phone numbers like 123 and 45 67 are too short.
my phone is {{phone:+353 86 123 4567}}, I'm in Dublin
Bonjour, je m'appelle {{name:Camille Dubois}} et ma commande n'est pas arrivée.
Hola, me llamo {{name:Lucía Fernández}}, mi pedido 55512 llegó roto.
Hallo, ich heiße {{name:Jürgen}} und brauche Hilfe.
"""#

  /// The marked texts, parsed: clean text and gold findings (type, UTF-8 range).
  static func parsed() -> [(text: String, gold: [(type: PIIType, range: Range<Int>)])] { parse(annotated) }

  /// Parses lines marked `{{type:value}}`; lines with unknown types or unclosed marks are read as plain.
  static func parse(_ annotated: String) -> [(text: String, gold: [(type: PIIType, range: Range<Int>)])] {
    annotated.split(separator: "\n").map { line in
      var text: [UInt8] = []
      var gold: [(type: PIIType, range: Range<Int>)] = []
      let bytes = Array(line.utf8)
      var i = 0
      while i < bytes.count {
        if bytes[i] == 0x7B, i + 1 < bytes.count, bytes[i + 1] == 0x7B {
          var j = i + 2
          while j < bytes.count && bytes[j] != 0x3A { j += 1 }
          var k = j + 1
          while k + 1 < bytes.count && !(bytes[k] == 0x7D && bytes[k + 1] == 0x7D) { k += 1 }
          guard k + 1 < bytes.count,
                let type = PIIType(rawValue: String(decoding: bytes[i + 2..<j], as: UTF8.self)) else {
            text.append(bytes[i])
            i += 1
            continue
          }
          let start = text.count
          text += bytes[j + 1..<k]
          gold.append((type, start..<text.count))
          i = k + 2
        } else {
          text.append(bytes[i])
          i += 1
        }
      }
      return (String(decoding: text, as: UTF8.self), gold)
    }
  }
}
