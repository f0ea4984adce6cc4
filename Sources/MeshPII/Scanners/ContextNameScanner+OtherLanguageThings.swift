/// Name findings that other languages' sentences show to be things or places (pii56):
/// - institutions and shops named after people or saints, the institution word before or after the name ("Universidad
///   Simón Bolívar", "Ospedale San Raffaele", "Sekolah Santa Ursula", "Estação da Luz", "Casa Valentina tienda", "Toko Pak
///   Haji", "Haji Store");
/// - saints and holy titles ("Nossa Senhora Aparecida", "Virgen de Guadalupe", "Sint Maarten");
/// - a product word of those languages right after ("Neymar chuteira", "Arda Güler forması", "Oscar camiseta"), or a
///   size in ml, g or cm ("Le Male 125ml");
/// - an author after a book word and "di", "de", "by" ("il libro di Elena Ferrante", "livro de Jorge Amado");
/// - a title opened by an article no person's name begins with ("O Alquimista", "Il Gattopardo").
extension ContextNameScanner {
  /// Institutions, shops and places of the marketplace's languages that take a person's or a saint's name.
  static let foreignInstitutions = WordSet(words: """
    universidad universidade università universita universitas universiteit uniwersytet üniversitesi ospedale
    hospital hospitales hôpital hopital sekolah escola escuela colegio colégio liceo liceu lycée istituto instituto
    estação estacao estación estacion stazione station bahnhof stasiun gare iglesia igreja chiesa kerk gereja
    kościół kosciol parroquia paróquia catedral cattedrale basílica basilica capilla capela cami camii masjid
    mercado mercato pasar markt museo museu biblioteca aeropuerto aeroporto bandara stadion estadio estádio stadio
    parque parco taman plaza praça piazza clínica clinica klinik farmacia farmácia apotek toko warung tienda loja
    negozio boutique restaurante ristorante hotel salon panadería padaria casa villa edificio edifício condominio
    condomínio residencial torre sakit puskesmas
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Shop words that close a shop's name ("Haji Store", "Casa Valentina tienda").
  static let shopTails = WordSet(words: ["store", "shop", "tienda", "loja", "negozio", "toko", "boutique", "mart",
                                         "market", "mercado", "collection", "official", "oficial"])
  /// Holy titles before a saint's name.
  static let holyWords = WordSet(words: ["nossa", "senhora", "virgen", "virgem", "vergine", "madonna", "sint", "sankt",
                                         "são", "sao", "santa", "santo", "san", "santísima", "santissima", "sveti",
                                         "święty", "swiety", "nuestra", "frei", "fray"])
  /// Products of the marketplace's other languages that follow a person's name as its line ("Neymar chuteira").
  static let foreignProducts = WordSet(words: """
    camiseta camisetas camisa camisas playera playeras chuteira chuteiras tênis tenis zapatillas zapatos sapatos
    forma forması formasi forma'sı maglia maglietta trikot koszulka kaos baju jersey maillot vestido vestidos
    cuadro cuadros imagem imagen imagens estatua estátua figura boneca muñeca libro libros livro livros kitap kitabı
    edição edición edizione perfume perfumes colonia bolsa bolso borsa tas sepatu poster pôster póster álbum album
    disco vinilo vinil taza caneca gorra boné bone chaqueta jaqueta sudadera moletom
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Book words before an author's name ("il libro di", "el libro de", "the novel by").
  static let bookWords = WordSet(words: ["libro", "libri", "libros", "livro", "livros", "book", "books", "novel",
                                         "novela", "romanzo", "romance", "roman", "kitap", "buku", "boek", "buch",
                                         "poemas", "poesie", "autor", "autora", "author", "escritor", "escritora"])
  static let byWords = WordSet(words: ["di", "de", "do", "da", "del", "by", "von", "van", "of"])
  /// Articles that open a work's title and no person's name ("O Alquimista", "Il Gattopardo", "Os Lusíadas").
  static let titleArticles = WordSet(words: ["o", "os", "il", "gli", "los", "las"])
  /// Form labels of the marketplace's languages (name, place, address, phone, city).
  static let foreignLabels = WordSet(words: """
    jina mahali anwani simu nombre nome nama alamat adres adresse dirección direccion endereço endereco indirizzo
    teléfono telefono telefone ciudad cidade città kota pangalan tirahan isim ad soyad adı imię nazwisko naam
    woonplaats straat ort plz cep cp destinatario destinatário penerima receptor empfänger
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Street prefixes that open a street's name, never a person's ("Rua Augusta", "Calle Mayor").
  static let streetOpeners = WordSet(words: ["rua", "calle", "avenida", "avda", "via", "viale", "corso", "piazza",
                                             "travessa", "rue", "ulica", "aleja", "strada", "carrer", "paseo", "jalan",
                                             "jl", "gang", "gg", "privada", "priv", "cerrada", "cda", "calzada", "calz"])
  /// Units of a product's size after its name ("Le Male 125ml").
  static let sizeUnits = [Array("ml".utf8), Array("cl".utf8), Array("g".utf8), Array("kg".utf8), Array("cm".utf8),
                          Array("mm".utf8), Array("oz".utf8)]

  /// Drops the findings of the extension's note.
  static func dropOtherLanguageThings(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    let addresses = all.filter { $0.type == .address }
    all.removeAll { c in
      guard c.type == .name, let first = words.firstIndex(where: { $0.start == c.start }) else { return false }
      let last = words.lastIndex(where: { $0.start < c.end }) ?? first
      guard last >= first else { return false }
      // A building beside an address is its landmark: the finding keeps it redacted.
      let besideAddress = addresses.contains { a in a.start >= c.end && a.start - c.end <= 24 || c.start >= a.end && c.start - a.end <= 3 }
      if !besideAddress, namedInstitution(b, words, first, last) { return true }
      if holyName(words, first) { return true }
      if last + 1 < words.count, words[last + 1].start - c.end <= 2 {
        let next = words[last + 1]
        if foreignProducts.contains(next.hash) || sized(b, next) { return true }
      }
      if authorAfterBook(words, first) { return true }
      // "Jina: Faith …", "Nombre: …": a form's label in another language, a colon after it.
      if first == last, foreignLabels.contains(words[first].hash), words[last].end < b.count, b[words[last].end] == 0x3A {
        return true
      }
      // "Rua Augusta, 1508": a street's prefix opens the finding; a lone shop word ("Store") is none.
      if words[first].capitalised, streetOpeners.contains(words[first].hash), last > first { return true }
      if first == last, shopTails.contains(words[first].hash) { return true }
      return words[first].capitalised && titleArticles.contains(words[first].hash) && last > first
        && words[first].end < b.count && b[words[first].end] == 0x20
    }
  }

  /// Whether an institution or shop word opens or closes the finding, stands right before it (articles such as "da",
  /// "de" between), or right after it.
  static func namedInstitution(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ first: Int, _ last: Int) -> Bool {
    if foreignInstitutions.contains(words[first].hash) && words[first].capitalised && last > first { return true }
    if last > first, shopTails.contains(words[last].hash) { return true }
    var k = first - 1
    // "Estação da Luz", "Toko Bu Ani": articles, particles and titles between the institution and the name.
    while k >= 0, first - k <= 3, !words[k].capitalised && (byWords.contains(words[k].hash) || particles.contains(words[k].hash))
            || titles.contains(words[k].hash) || leadingHonorifics.contains(words[k].hash) {
      k -= 1
    }
    if k >= 0, first - k <= 3, foreignInstitutions.contains(words[k].hash), words[k].capitalised,
       !lineBreak(b, between: words[k], and: words[first]) {
      return true
    }
    if last + 1 < words.count, shopTails.contains(words[last + 1].hash), ByteWords.spaced(b, words[last], words[last + 1]) {
      return true
    }
    return false
  }

  /// Whether a holy title opens the finding or stands right before it ("Nossa Senhora Aparecida", "Sint Maarten").
  static func holyName(_ words: [ByteWord], _ first: Int) -> Bool {
    if words[first].capitalised, holyWords.contains(words[first].hash) { return true }
    guard first > 0 else { return false }
    let p = words[first - 1]
    if p.capitalised, holyWords.contains(p.hash), words[first].start - p.end <= 2 { return true }
    // "Virgen de Guadalupe": the title, then a particle.
    return first > 1 && !p.capitalised && byWords.contains(p.hash) && words[first - 2].capitalised
      && holyWords.contains(words[first - 2].hash) && words[first].start - words[first - 2].end <= 6
  }

  /// Whether `w` is a size: digits then a unit ("125ml", "30cm").
  static func sized(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.digits > 0, w.letters > 0, w.letters <= 2, Bytes.isDigit(b[w.start]) else { return false }
    let unit = Array(b[(w.start + w.digits)..<w.end]).map { Bytes.lower($0) }
    return w.start + w.digits + w.letters == w.end && sizeUnits.contains(unit)
  }

  /// Whether a book word and "di", "de" or "by" stand right before the finding ("il libro di Elena Ferrante").
  static func authorAfterBook(_ words: [ByteWord], _ first: Int) -> Bool {
    guard first >= 2 else { return false }
    return byWords.contains(words[first - 1].hash) && !words[first - 1].capitalised && bookWords.contains(words[first - 2].hash)
  }
}
