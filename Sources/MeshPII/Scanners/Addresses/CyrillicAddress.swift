/// Addresses written in Cyrillic script, Russian or Ukrainian ("ул. Тверская, д. 7, кв. 12, Москва, 125009",
/// "Київ, вул. Хрещатик, 22, кв. 14"): a run of Cyrillic words and numbers joined by spaces, commas and
/// abbreviations' full stops that holds a street word and a number. The Latin-script rules see none of it:
/// Cyrillic has its own street words, and its capitals are not ASCII capitals.
enum CyrillicAddress {
  /// Street words, abbreviated and whole, Russian then Ukrainian: without one a run is no address (a city and
  /// a number alone, "Москва 2024", stays).
  static let streets = WordSet(words: [
    "ул", "улица", "пр", "пр-т", "просп", "проспект", "пер", "переулок", "ш", "шоссе", "бул", "б-р", "бульвар",
    "наб", "набережная", "пл", "площадь", "мкр", "микрорайон", "проезд", "туп", "тупик", "аллея", "линия",
    "вул", "вулиця", "пров", "провулок", "бульв", "площа", "узвіз", "шосе", "майдан", "мкрн",
  ])
  /// Words of the building, flat and place that a run may open or close with in lower case ("д. 7", "кв. 12",
  /// "г. Москва", "обл."): the other lower-case words at its ends are the sentence's ("адрес", "пожалуйста").
  static let parts = WordSet(words: [
    "д", "дом", "кв", "квартира", "корп", "к", "стр", "строение", "эт", "этаж", "оф", "офис", "подъезд", "под",
    "буд", "будинок", "під", "поверх", "г", "город", "гор", "м", "місто", "обл", "область", "р-н", "район",
    "пос", "пгт", "с", "село", "смт",
  ])

  /// Whether `w` is written in Cyrillic: its first letter's UTF-8 lead byte is one of U+0400–U+052F's.
  static func isCyrillic(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    let c = b[w.start]
    return c >= 0xD0 && c <= 0xD4
  }

  /// The Cyrillic addresses among `words`, and the addressees' names that open them ("Иван Петров, ул. Ленина, …"),
  /// as candidates.
  static func scan(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord]) -> [Candidate] {
    guard words.contains(where: { isCyrillic(b, $0) && streets.contains($0.hash) }) else { return [] }
    var found: [Candidate] = []
    var i = 0
    while i < words.count {
      guard belongs(b, words[i]) else { i += 1; continue }
      var j = i
      while j + 1 < words.count, belongs(b, words[j + 1]), joined(b, words, j) { j += 1 }
      if let r = address(b, words, i, j) {
        found.append(Candidate(type: .address, start: r.address.lowerBound, end: r.address.upperBound))
        if let p = r.person { found.append(Candidate(type: .name, start: p.lowerBound, end: p.upperBound)) }
      }
      i = j + 1
    }
    return found
  }

  /// A word an address in Cyrillic may hold: a Cyrillic word or a number ("7", "12а", "7/2").
  static func belongs(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    isCyrillic(b, w) || w.digits > 0 && !JapaneseAddress.asciiLetters(b, w)
  }

  /// Whether `words[k]` and `words[k + 1]` are in one address: only spaces, commas, "/" and full stops
  /// between them, and no full stop after a number (there it ends a sentence: "ул. Ленина 5. Спасибо").
  static func joined(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    let gap = words[k].end..<words[k + 1].start
    guard gap.count <= 3 else { return false }
    for p in gap {
      switch b[p] {
      case 0x20, 0x2C, 0x2F: continue
      case 0x2E where words[k].digits == 0: continue
      default: return false
      }
    }
    return true
  }

  /// The address within `words[i...j]`: the sentence's lower-case words trimmed from both ends, and a person's name
  /// before it; nil without a street word and a number.
  static func address(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ i: Int, _ j: Int)
    -> (address: Range<Int>, person: Range<Int>?)? {
    func kept(_ w: ByteWord) -> Bool {
      w.digits > 0 || w.capitalised || streets.contains(w.hash) || parts.contains(w.hash)
    }
    var s = i, e = j
    while s <= e, !kept(words[s]) { s += 1 }
    while e >= s, !kept(words[e]) { e -= 1 }
    let first = s
    s = afterPerson(b, words, s, e)
    let person = s > first ? words[first].start..<words[s - 1].end : nil
    // "…, адрес ул. Ленина": the word "address" before the street is the sentence's.
    while s < e, labels.contains(words[s].hash) { s += 1 }
    guard s < e, (s...e).contains(where: { words[$0].digits > 0 }),
          (s...e).contains(where: { isCyrillic(b, words[$0]) && streets.contains(words[$0].hash) }) else { return nil }
    var end = words[e].end
    // An abbreviation's full stop closes it: "… 3 эт.", "Московская обл.".
    if end < b.count, b[end] == 0x2E, words[e].digits == 0, parts.contains(words[e].hash) { end += 1 }
    return (words[s].start..<end, person)
  }

  /// Russian and Ukrainian surname endings ("Петров", "Иванова", "Шевченко", "Ковальчук", "Соколовский").
  /// Also in the dative a recipient takes ("Петрову Ивану Сергеевичу") and Ukrainian ones ("Мельник", "Ткачук", "Бондар").
  static let surnameEndings: [[UInt8]] = ["ов", "ова", "ев", "ева", "ёв", "ин", "ина", "ский", "ская", "цкий", "цкая",
                                          "енко", "ук", "юк", "ич", "ову", "еву", "ину", "овой", "евой", "иной", "ичу",
                                          "овне", "евне", "ник", "чак", "ський", "ська", "ар"].map { Array($0.utf8) }
  /// The word "address" in Russian and Ukrainian, in its cases, between a recipient and the street.
  static let labels = WordSet(words: ["адрес", "адреса", "адресу", "адресом"])

  /// The first word after a person's name that opens the run before a comma ("Иван Петров, ул. Ленина, д. 45, …"): two
  /// or three capitalised words, the last with a surname's ending, and the street word right after the comma. The
  /// name is the addressee's, reported as a name, not the address's; a city opening the run ("Москва, ул. Тверская, …")
  /// stays in the address.
  static func afterPerson(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ s: Int, _ e: Int) -> Int {
    var k = s + 1
    while k <= min(s + 2, e - 1) {
      defer { k += 1 }
      guard b[words[k].end..<words[k + 1].start].contains(0x2C) else { continue }
      let person = (s...k).allSatisfy { words[$0].capitalised && words[$0].digits == 0 && isCyrillic(b, words[$0])
        && !streets.contains(words[$0].hash) && !parts.contains(words[$0].hash) }
      let w = words[k]
      let surname = surnameEndings.contains { end in
        w.length > end.count + 2 && (0..<end.count).allSatisfy { b[w.end - end.count + $0] == end[$0] }
      }
      let street = streets.contains(words[k + 1].hash)
        || labels.contains(words[k + 1].hash) && k + 2 <= e && streets.contains(words[k + 2].hash)
      return person && surname && street ? k + 1 : s
    }
    return s
  }

  /// Whether the word just before `k` or just after `last` is a Cyrillic street or place word: a name there
  /// ("г. Санкт-Петербург", "Невский проспект") is the street's or the city's.
  static func namesAPlace(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], first k: Int, last: Int) -> Bool {
    func marker(_ m: Int) -> Bool {
      m >= 0 && m < words.count && isCyrillic(b, words[m]) && (streets.contains(words[m].hash) || parts.contains(words[m].hash))
    }
    return marker(k - 1) || marker(last + 1)
  }
}
