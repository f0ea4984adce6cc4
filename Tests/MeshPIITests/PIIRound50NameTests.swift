import Testing
@testable import MeshPII

/// Round 50 (pii50): names after form labels without colons in several languages, word given names in a person's
/// slot (told or asked, a conditional's subject, staff in a team, an aside, twins), names in capitals, kin titles
/// mid-sentence, nicknames in quotes joining a name's pieces, and the look-alikes: places, pets, shops joined by "&",
/// works and street abbreviations. Sentences written for these tests, not taken from the labelled files.
@Suite struct PIIRound50NameTests {
  func found(_ text: String) -> [PIIMatch] { PIIDetector().detect(in: text) }
  func names(_ text: String) -> [String] { found(text).filter { $0.type == .name }.map(\.value) }

  @Test(arguments: [
    ("naam Joris Verbeek tel 06 5555 1234", "Joris Verbeek"),
    ("nombre Paula Ortiz Llorente teléfono +34 600 111 222", "Paula Ortiz Llorente"),
    ("conto intestato a Beatrice Lanza", "Beatrice Lanza"),
    ("name Tomás Vidal phone 0711 222 333", "Tomás Vidal"),
  ])
  func formLabels(text: String, expected: String) {
    #expect(names(text).contains(expected), "\(found(text))")
  }

  @Test(arguments: [
    ("could you tell Hope the box is at the door", "Hope"),
    ("if Will calls, say I'm out", "Will"),
    ("Dawn in your billing team sorted it", "Dawn"),
    ("Bexley my flatmate took the parcel in", "Bexley"),
    ("a card for hope, my niece, please", "hope"),
    ("from Uncle Frank with love", "Frank"),
    ("ORDER FOR JOY ABERNETHY-KALU", "JOY ABERNETHY-KALU"),
  ])
  func wordNames(text: String, expected: String) {
    #expect(names(text).contains(expected), "\(found(text))")
  }

  @Test(arguments: [
    "I hope the box is at the door",
    "if May is busy we wait for June",
    "GRACE PERIOD ENDS SOON",
    "our cat is called Pepper and loves the tower",
    "a leash for Biscuit, medium size",
    "do you ship to Port Elizabeth?",
    "the hub in San Antonio is slow",
    "Rose & Ivy candles smell great",
    "a film called Annie is on the box",
    "Moda Mah. 5 Sok. is the street",
  ])
  func lookAlikesKept(text: String) {
    #expect(names(text).isEmpty, "\(found(text))")
  }

  @Test func nicknameJoinsPieces() {
    let text = #"Ana Clara "Nina" Duarte at the front desk"#
    #expect(names(text) == [#"Ana Clara "Nina" Duarte"#], "\(found(text))")
  }

  @Test(arguments: ["name", "nombre ", "intestato a", "Uncle", "tell hope", "if June", "X & ", "Nom Ana", "Port ",
                    "ADRESSE 1 Rue Nom Zoé", "\"A\" \"", "hope, my"])
  func truncatedInputsDoNotCrash(text: String) {
    _ = found(text)
  }
}
