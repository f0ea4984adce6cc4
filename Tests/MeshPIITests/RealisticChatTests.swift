import Foundation
import Testing
@testable import MeshPII

/// Names without cue words, whole postal addresses, and the look-alikes that must stay: brands named
/// after people, cities alone, products named after famous people.
@Suite struct RealisticChatTests {
  @Test(arguments: [
    ("hey its Tom Becker, my parcel is late", "Tom Becker"),
    ("Ahmed Hassan here, i ordered a lamp", "Ahmed Hassan"),
    ("my wife Eva Novak placed the order", "Eva Novak"),
    ("my partner Sarah O'Connor will collect it", "Sarah O'Connor"),
    ("thanks Rebecca, that helped", "Rebecca"),
    ("it's for my nephew Noah's birthday", "Noah"),
    ("Kind regards, Aisha Bello", "Aisha Bello"),
  ])
  func namesWithoutCues(_ text: String, _ name: String) {
    let found = PIIDetector(types: [.name]).detect(in: text).map(\.value)
    #expect(found == [name], "\(text) -> \(found)")
  }

  @Test(arguments: [
    ("please ship to 742 Evergreen Terrace, Springfield, IL 62704", "742 Evergreen Terrace, Springfield, IL 62704"),
    ("the address is 221B Baker Street, London NW1 6XE", "221B Baker Street, London NW1 6XE"),
    ("send it to Friedrichstraße 43, 10117 Berlin", "Friedrichstraße 43, 10117 Berlin"),
    ("livraison au 18 rue du Faubourg Saint-Honoré, 75008 Paris", "18 rue du Faubourg Saint-Honoré, 75008 Paris"),
    ("deliver to Flat 2, 16 Station Road, Leeds LS1 4DY", "Flat 2, 16 Station Road, Leeds LS1 4DY"),
    ("billing address 500 Market St, San Francisco, CA 94105", "500 Market St, San Francisco, CA 94105"),
    ("change it to 88 Queen Street West, Toronto, ON M5H 2N2", "88 Queen Street West, Toronto, ON M5H 2N2"),
    ("indirizzo: Via Roma 10, 10121 Torino", "Via Roma 10, 10121 Torino"),
    ("the postcode is M4 5JD, thanks", "M4 5JD"),
  ])
  func wholeAddresses(_ text: String, _ address: String) {
    let found = PIIDetector(types: [.address]).detect(in: text).map(\.value)
    #expect(found == [address], "\(text) -> \(found)")
  }

  @Test(arguments: [
    "Do you have the Calvin Klein jeans in 32/32?", "looking for Hugo Boss aftershave for my dad",
    "do you ship to Berlin?", "is the Florence sofa still available?", "Paris Hilton perfume for my niece",
    "Taylor Swift Midnights CD signed edition?", "we need delivery in Paris 75008, which days?",
    "is Springfield, IL covered by express delivery", "do you deliver to postcode 10115?",
    "I'm happy with it, thanks", "May I change the colour?", "Chelsea boots tan size 8", "Will it arrive by Friday?",
    "the Tommy Hilfiger polo shirt on sale?", "Harry Potter box set", "the store on Oxford Street had it cheaper",
  ])
  func lookAlikesStay(_ text: String) {
    let found = PIIDetector().detect(in: text)
    #expect(found.isEmpty, "\(text) -> \(found.map { "\($0.type) '\($0.value)'" })")
  }

  /// Word-level figures on the labelled files in mesh/data/pii (printed; a floor guards regressions).
  @Test func labelledChatFiles() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("mesh/data/pii")
    for name in ["realistic-chat-heldout.txt", "realistic-chat-dev.txt", "realistic-chat-dev2.txt",
                 "realistic-chat-heldout2.txt", "realistic-chat-heldout3.txt", "realistic-chat-dev3.txt",
                 "realistic-chat-addr-dev.txt"] {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let w = PIIWordEvaluation(annotated: text)
      print("\(name): \(w.texts) lines, personal-data words removed \(w.allPersonal.removed)/\(w.allPersonal.words)"
            + " (\(w.allPersonal.share)), names \(w.personal[.name]?.share ?? -1), addresses"
            + " \(w.personal[.address]?.share ?? -1); other words removed \(w.other.removed)/\(w.other.words)"
            + " (\(w.other.share))")
      #expect(w.allPersonal.share >= 0.9)
      #expect(w.other.share <= 0.03)
    }
  }
}

/// Shapes the second held-out set showed missing (names of many countries, initials, numbered streets,
/// addresses without commas, house names, Eircodes), on sentences written for these tests.
@Suite struct RealisticChatShapesTests {
  @Test(arguments: [
    ("ciao, sono Giulia Bianchi, the lamp arrived broken", "Giulia Bianchi"),
    ("bonjour, Amélie Durand ici", "Amélie Durand"),
    ("it was signed by K. Robertson, who is that", "K. Robertson"),
    ("hi, name's Radu Ionescu, I was charged twice", "Radu Ionescu"),
    ("it's Dr. Leila Mansour's order", "Leila Mansour"),
    ("my son Jack wants the blue one", "Jack"),
    ("sarah here, the parcel is late", "sarah"),
    ("the account is under Wouter de Jong", "Wouter de Jong"),
  ])
  func names(_ text: String, _ name: String) {
    let found = PIIDetector(types: [.name]).detect(in: text).map(\.value)
    #expect(found == [name], "\(text) -> \(found)")
  }

  @Test(arguments: [
    ("deliver to 120 W 57th St, New York, NY 10019", "120 W 57th St, New York, NY 10019"),
    ("my address is 14 Cedar Rd, Tucson AZ 85701", "14 Cedar Rd, Tucson AZ 85701"),
    ("send it to 3 place Kléber 67000 Strasbourg", "3 place Kléber 67000 Strasbourg"),
    ("Auf der Heide 4, 30159 Hannover please", "Auf der Heide 4, 30159 Hannover"),
    ("we moved to Ivy House, Church Lane, Bath BA1 1AA", "Ivy House, Church Lane, Bath BA1 1AA"),
    ("it went to Galway H91 E2K3 instead", "Galway H91 E2K3"),
    ("my postcode is 04109 Leipzig", "04109 Leipzig"),
  ])
  func addresses(_ text: String, _ address: String) {
    let found = PIIDetector(types: [.address]).detect(in: text).map(\.value)
    #expect(found == [address], "\(text) -> \(found)")
  }

  @Test(arguments: [
    "Merry Christmas, quick question", "Le Creuset pan 24 cm", "the 5th Avenue perfume", "RTX 4070 or 4080?",
    "is the A12 B34C adapter in stock", "do you deliver to Galway?", "zip code 94110 is it covered",
  ])
  func lookAlikesStay(_ text: String) {
    let found = PIIDetector().detect(in: text)
    #expect(found.isEmpty, "\(text) -> \(found.map { "\($0.type) '\($0.value)'" })")
  }
}
