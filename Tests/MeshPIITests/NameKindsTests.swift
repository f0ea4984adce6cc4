import Testing
@testable import MeshPII

/// Kinds of names that a new author's set (heldout5, now a dev set) showed missing: names spelled out letter
/// by letter, names after "surname", "given name", "née"; foreign titles before a name; two initials; a
/// suffix; a given name typed twice; a possessive before "name"; lower-case names after "name" or between a
/// greeting and "again". Sentences written for these tests, and the look-alikes the rules must leave alone.
@Suite struct NameKindsTests {
  @Test(arguments: [
    ("my name is Orla, thats O-R-L-A", ["Orla", "O-R-L-A"]),
    ("the surname is Wozniak, W O Z N I A K", ["Wozniak", "W O Z N I A K"]),
    ("spelled D-U-F-F-Y", ["D-U-F-F-Y"]),
    ("his surname is Adeleke", ["Adeleke"]),
    ("given name Xiulan", ["Xiulan"]),
    ("Rosa Lindgren, née Halvorsen", ["Rosa Lindgren", "Halvorsen"]),
    ("please put Señor Mateo Vidal on the box", ["Mateo Vidal"]),
    ("à l'attention de M. Pierre Lacombe", ["Pierre Lacombe"]),
    ("the card says R. T. Halloran", ["R. T. Halloran"]),
    ("Martin Luther Hughes jr, the jr matters", ["Martin Luther Hughes jr"]),
    ("Priya Priya Nair sorry", ["Priya", "Priya Nair"]),
    ("the parcel is in Tomasz's name", ["Tomasz"]),
    ("name connor doyle, caps lock is off", ["connor doyle"]),
    ("hey, ingrid again, any news?", ["ingrid"]),
    ("It's Yasmin, about the refund", ["Yasmin"]),
    ("my neighbour Mrs. Pemberton took it", ["Pemberton"]),
    ("fiona walsh, order 3312, nothing yet", ["fiona walsh"]),
  ])
  func names(_ text: String, _ names: [String]) {
    let found = PIIDetector(types: [.name]).detect(in: text).map(\.value)
    #expect(found == names, "\(text) -> \(found)")
  }

  @Test(arguments: [
    "do you have the A-B-C alphabet blocks", "is it U S B or USB-C", "size X-L-T is not a size",
    "Charlie and the Chocolate Factory hardback", "James and the Giant Peach audiobook", "can I order Dr. Martens 1460",
    "we ship to Northern Ireland", "I'm in France until May", "a hotel in Savannah Georgia", "a card from Nana please",
    "what is the surname field for", "my surname is wrong on the label", "first name missing on the form",
  ])
  func lookAlikesStay(_ text: String) {
    let found = PIIDetector().detect(in: text)
    #expect(found.isEmpty, "\(text) -> \(found.map { "\($0.type) '\($0.value)'" })")
  }
}
