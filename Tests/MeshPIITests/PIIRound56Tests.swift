import Testing
@testable import MeshPII

/// Round 56 (pii56): names and addresses in the marketplace's other languages: honorifics around names (Bhai, Ji,
/// Bey, Hanım, -san, Alhaji, nonna), Turkish case endings, one-word names after other languages' person cues, a
/// double surname that is also an author's, Mexican and Indonesian lanes; and the look-alikes kept: institutions and
/// saints, products and authors, form labels, lower-case words of other languages. Sentences written for these tests,
/// not taken from the labelled files.
@Suite struct PIIRound56Tests {
  func found(_ text: String) -> [PIIMatch] { PIIDetector().detect(in: text) }
  func names(_ text: String) -> [String] { found(text).filter { $0.type == .name }.map(\.value) }
  func addresses(_ text: String) -> [String] { found(text).filter { $0.type == .address }.map(\.value) }

  @Test(arguments: [
    ("Farhan Bhai will take the parcel at the shop", "Farhan"),
    ("please hand it to Sunita Ji, she is at home", "Sunita"),
    ("Kemal Aydın Bey'e verin lütfen", "Kemal Aydın"),
    ("paket Elif Şahin'e gidecek", "Elif Şahin"),
    ("Nakamura-san wa uketsuke ni imasu", "Nakamura"),
    ("Takeshi Mori-sama ate ni shite kudasai", "Takeshi Mori"),
    ("deliver to Alhaji Bashir Lawal at the gate", "Bashir Lawal"),
    ("lasciatelo a mia nonna Agnese, è sempre a casa", "Agnese"),
    ("pode entregar pra Rodrigo na portaria", "Rodrigo"),
    ("tolong kirim ke Agus ya", "Agus"),
    ("hola, soy Valeria García Márquez y no me llegó nada", "Valeria García Márquez"),
    ("mijn schoonvader Gerrit de Boer tekent ervoor", "Gerrit de Boer"),
    ("Lola Montes ordered the blue one", "Lola Montes"),
  ])
  func namesInOtherLanguages(text: String, expected: String) {
    #expect(names(text).contains(expected), "\(found(text))")
  }

  @Test(arguments: [
    "Universidad Rafael Landívar, ¿entregan en el campus?",
    "Ospedale San Gerardo, consegnate al reparto?",
    "Nossa Senhora de Fátima imagem, tem em estoque?",
    "Messi camiseta talla M, ¿hay?",
    "el libro de Isabel Allende llegó roto",
    "O Cortiço edição de bolso chegou?",
    "Nombre: y apellido los pongo después",
    "Toko Bu Ani masih buka?",
    "will you ship to Rua Oscar Freire or only to shops?",
  ])
  func lookAlikesKept(text: String) {
    #expect(names(text).isEmpty, "\(found(text))")
  }

  @Test(arguments: [
    ("enviar a Priv. Las Palmas 14, Fracc. Jardines, Querétaro", "Priv. Las Palmas 14"),
    ("alamat: Gg. Melati III No. 8, Yogyakarta", "Gg. Melati III No. 8"),
    ("adres: al. Jana Pawła II 12, Warszawa", "al. Jana Pawła II 12"),
  ])
  func lanesAndNumerals(text: String, expected: String) {
    #expect(addresses(text).contains { $0.hasPrefix(expected) }, "\(found(text))")
  }

  @Test(arguments: [
    "Ji-", "-san", "'a", "X'e", "Bey'", "a Bhai", "Ji Ji Ji", "Ş'ın", "-sama-san", "Gg. II No.", "al. II",
    "Nombre:", "paz", "libro de", "O", "Toko", "nonna", "Alhaji",
  ])
  func hostileFragments(text: String) {
    _ = found(text)
  }
}
