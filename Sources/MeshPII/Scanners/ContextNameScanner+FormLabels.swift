/// Form fills typed without colons, in the marketplace's languages: "name Ana Pereira phone …", "Nome Giulia Ferrante
/// Indirizzo …", "naam Femke Jansen adres …", "ad soyad Burak Demir", "a nombre de Lucía Serrano" (pii50). A name
/// label says a person's name follows, so the capitalised words after it are one whether or not a lexicon lists them;
/// the next field's label, a number or punctuation ends the name. "product name Deluxe Blender" names a thing: a
/// thing's noun before the label leaves it alone.
extension ContextNameScanner {
  /// Words that label a person's name in a form, in the marketplace's languages ("imię i nazwisko", "ad soyad",
  /// "alıcı", "penerima": the last word of a label of several is enough).
  static let nameLabels = WordSet(words: """
    name nombre nome nom naam navn namn nimi nazwisko imię imie soyad soyadı soyadi alıcı alici penerima
    destinatario destinataria destinataire empfänger empfaenger odbiorca mottaker mottagare ontvanger intestato
    intestata apellido apellidos sobrenome cognome vorname nachname prénom prenom
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Labels of a form's other fields, which end a name typed before them ("… Giulia Ferrante Indirizzo Via …").
  static let otherFieldLabels = WordSet(words: """
    phone tel telephone telefono teléfono telefone telefon telefoon mobile mobil móvil movil cel celular cell handy
    whatsapp email e-mail mail correo adresse address adres dirección direccion indirizzo endereço endereco anschrift
    adresa city ciudad cidade città citta stadt ville cp plz zip postcode cep iban ssn card order dni nif cpf rut
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Nouns of things before "name" ("product name", "shop name", "file name"): the words after it name a thing.
  static let thingsNamed = WordSet(words: """
    product item brand store shop seller company business file user display screen domain street road pet dog cat
    model band song book film movie game app team group page channel wifi network device listing colour color
    project event hotel restaurant
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Short words between a label and the name ("a nombre de", "intestato a", "nom de").
  static let labelLinks = WordSet(words: ["de", "a", "di", "do", "da"])

  /// Adds the names after the form labels of the extension's note.
  static func namesAfterFormLabels(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], into out: inout [Candidate]) {
    var i = 0
    while i + 1 < words.count {
      defer { i += 1 }
      let label = words[i]
      guard label.digits == 0, nameLabels.contains(label.hash), labelGap(b, label, words[i + 1]) else { continue }
      if i > 0, thingsNamed.contains(stem(b, words[i - 1])) { continue }
      var k = i + 1
      if labelLinks.contains(words[k].hash), !words[k].capitalised, k + 1 < words.count,
         ByteWords.spaced(b, words[k], words[k + 1]) {
        k += 1
      }
      guard let last = formNameRun(b, words, k) else { continue }
      out.append(Candidate(type: .name, start: words[k].start, end: words[last].end))
      i = last
    }
  }

  /// Whether only spaces, or a colon and spaces, stand between a label and the word after it.
  private static func labelGap(_ b: UnsafeBufferPointer<UInt8>, _ label: ByteWord, _ next: ByteWord) -> Bool {
    guard label.end < next.start, next.start - label.end <= 3 else { return false }
    var colons = 0
    for k in label.end..<next.start {
      if b[k] == 0x3A { colons += 1 } else if b[k] != 0x20 { return false }
    }
    return colons <= 1
  }

  /// The last word of a name starting at `words[k]`: capitalised words (all capitals too) and particles between them,
  /// at most five, single spaces apart, ended by the text's end, punctuation, a number or the next field's label. Nil
  /// when the words are not a person's: the first is not capitalised, a stop word, a label, or every word is an
  /// everyday English one that no name lexicon lists.
  static func formNameRun(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Int? {
    func nameWord(_ w: ByteWord) -> Bool {
      w.capitalised && w.digits == 0 && w.letters >= 2 && !NameScanner.stopWords.contains(w.hash)
        && !nameLabels.contains(w.hash) && !otherFieldLabels.contains(w.hash) && !titles.contains(w.hash)
        && !fieldLabel(b, w)
    }
    guard k < words.count, nameWord(words[k]) else { return nil }
    var last = k
    var j = k + 1
    while j < words.count, j - k < 5, ByteWords.spaced(b, words[j - 1], words[j]) {
      if nameWord(words[j]) {
        last = j
      } else if particles.contains(words[j].hash), !words[j].capitalised, j + 1 < words.count,
                ByteWords.spaced(b, words[j], words[j + 1]), nameWord(words[j + 1]) {
        last = j + 1
        j += 1
      } else {
        break
      }
      j += 1
    }
    // What follows the name: nothing, punctuation, a number, or the next field's label.
    if last + 1 < words.count {
      let next = words[last + 1]
      let closed = !ByteWords.spaced(b, words[last], next) || next.digits > 0
        || otherFieldLabels.contains(next.hash) || nameLabels.contains(next.hash)
      guard closed else { return nil }
    }
    let vouched = (k...last).contains { j in
      let h = stem(b, words[j])
      return NameLexicon.firstNames.contains(h) || NameLexicon.surnames.contains(h)
        || !EnglishWords.common.contains(h) && !EnglishWords.proper.contains(h)
    }
    guard vouched else { return nil }
    // One word: a listed given name or surname, or a word no English list holds.
    return last
  }
}

/// Form fills whose fields the address rules ran together: "… 67000 Strasbourg Nom Margaux Lefèvre tel …" (the address
/// took the label and the name for more of the town), "Anschrift Lindenallee 7, …" (the address took the label).
extension ContextNameScanner {
  /// Labels of an address field, which open no address's words.
  static let addressLabels = WordSet(words: """
    adresse address adres dirección direccion indirizzo endereço endereco anschrift adresa lieferadresse
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// Whether a name label (and its link) stands right before the name finding `c`: the form says it is a name, so a
  /// product word after it ("name Ana Pereira phone …") is the next field's label, no product.
  static func formLabelled(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ c: Candidate) -> Bool {
    guard let k = words.firstIndex(where: { $0.start == c.start }), k > 0 else { return false }
    var l = k - 1
    if labelLinks.contains(words[l].hash), !words[l].capitalised, l > 0 { l -= 1 }
    return nameLabels.contains(words[l].hash) && labelGap(b, words[l], words[l + 1])
      && (l == 0 || !thingsNamed.contains(stem(b, words[l - 1])))
  }

  /// Cuts each address at a name label inside it whose name runs to the address's end, adding the name; moves an
  /// address's start past an address label that opens it.
  static func splitAddressesAtNameLabels(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    var added: [Candidate] = []
    for i in all.indices where all[i].type == .address {
      let c = all[i]
      guard let first = words.firstIndex(where: { $0.start >= c.start && $0.start < c.end }) else { continue }
      if addressLabels.contains(words[first].hash), first + 1 < words.count, words[first + 1].start < c.end,
         labelGap(b, words[first], words[first + 1]) {
        all[i].start = words[first + 1].start
      }
      var k = first + 1
      while k < words.count, words[k].start < c.end {
        defer { k += 1 }
        guard nameLabels.contains(words[k].hash), k + 1 < words.count, labelGap(b, words[k], words[k + 1]),
              let last = formNameRun(b, words, k + 1), words[last].end >= c.end else { continue }
        all[i].end = words[k - 1].end
        added.append(Candidate(type: .name, start: words[k + 1].start, end: words[last].end))
        break
      }
    }
    all += added
  }
}

extension ContextNameScanner {
  /// Labels that are also the last word of a town's name ("Guatemala City"): never trimmed.
  static let cityLabels = WordSet(words: ["city", "ciudad", "cidade", "città", "citta", "stadt", "ville"])

  /// Drops a form's field label that a name or an address took as its last word ("Giulia Ferrante Indirizzo …",
  /// "… 00185 Roma Telefono +39 …"): a label word in capitals opens the next field.
  static func trimFieldLabels(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    for i in all.indices where all[i].type == .name || all[i].type == .address {
      guard let last = words.lastIndex(where: { $0.end == all[i].end }), last > 0,
            words[last - 1].start >= all[i].start, words[last].capitalised,
            otherFieldLabels.contains(words[last].hash) || nameLabels.contains(words[last].hash),
            !AddressScanner.streetTypes.contains(words[last].hash), !cityLabels.contains(words[last].hash),
            last + 1 < words.count else { continue }
      // The label opens a field: a number, a capitalised word or the text's end follows it.
      let opens = words[last + 1].digits > 0 || words[last + 1].capitalised
      guard opens else { continue }
      var e = words[last - 1].end
      if all[i].type == .address, e > all[i].start, b[e - 1] == 0x2C { e -= 1 }
      all[i].end = e
    }
  }
}
