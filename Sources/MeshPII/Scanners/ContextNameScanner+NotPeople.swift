/// Name findings that are places, pets, brands or titles by the words around them (pii50):
/// - places named after people or written like names: "San José", "Port Elizabeth", "São Paulo", "Col. Roma", "St.
///   Louis", "Lagos Island", "Ha Noi", and districts in pinyin ("Pudong Xinqu", "Nanshan Qu");
/// - pets: "our parrot is called Charlie", "my dog Max", "a collar for Bella";
/// - shops of two names joined by "&" before what they sell: "Grace & Stella face masks";
/// - works: "a song called Hey Jude", "the book named Emma";
/// - Turkish street abbreviations the tagger took for names ("Sok.", "Mah.").
extension ContextNameScanner {
  /// Words that open a place's name before a saint's or person's name ("San José", "Port Elizabeth", "Col. Roma").
  static let placeOpeners = WordSet(words: """
    san santa santo são sao port puerto porto fort mount mt lake cape colonia col los las
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// "St. Louis", "Saint Paul": a saint before a one-word finding makes a place (a person called "St. John Rivers"
  /// keeps two words).
  static let saints = WordSet(words: ["st", "saint", "ste", "sainte"])
  /// Words that close a place's name ("Lagos Island", "Quezon City").
  static let placeTails = WordSet(words: """
    island islands city bay beach heights valley springs falls harbour harbor hills county province district
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Administrative words of Chinese addresses in pinyin that close a district's name ("Pudong Xinqu", "Tianhe Qu").
  static let pinyinPlaceTails = WordSet(words: ["qu", "xinqu", "shi", "xian", "zhen", "sheng", "jiedao", "cun"])
  /// Places of two words written like a person's name (lower case, words spaced).
  static let namedPlaces: [[UInt64]] = phraseHashes("""
    costa rica|puerto rico|el salvador|sri lanka|ha noi|ho chi minh|da nang|kuala lumpur|buenos aires|
    rio de janeiro|são paulo|sao paulo|san josé|san jose|los angeles|las vegas|abu dhabi|tel aviv|cape town|
    port elizabeth|santa monica|santa cruz|san diego|san antonio|san francisco|st louis|saint louis|
    santo domingo|port louis|george town|georgetown|victoria island|lagos island|
    hai phong|da lat|chiang mai|chiang rai|nha trang|can tho|vung tau|phu quoc|ha long|hoi an|bien hoa|thu duc|
    hai chau|ko samui|hua hin|phnom penh|siem reap|kingsford smith|addis ababa|dar es salaam|ho chi minh city
    """)
  /// Animals people keep, and things bought for them.
  static let petNouns = WordSet(words: """
    dog dogs puppy pup cat cats kitten kitty parrot bird budgie hamster rabbit bunny guinea pig horse pony fish
    tortoise turtle lizard gecko snake ferret pet pets
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  static let petThings = WordSet(words: """
    collar leash lead harness kennel crate litter catnip treats bowl tag muzzle cage hutch aquarium tank
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  /// Works that take a name as their title ("a song called Hey Jude").
  static let workNouns = WordSet(words: """
    song songs track album book novel film movie show series podcast game play poem single
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
  static let streetAbbreviations = WordSet(words: ["sok", "mah", "cad", "sk", "bulv", "ul", "kv", "pr"])

  /// Drops the findings of the extension's note.
  static func dropNotPeople(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ all: inout [Candidate]) {
    let addresses = all.filter { $0.type == .address }
    all.removeAll { c in
      guard c.type == .name, let first = words.firstIndex(where: { $0.start == c.start }) else { return false }
      let last = words.lastIndex(where: { $0.start < c.end }) ?? first
      guard last >= first else { return false }
      // A place beside an address ("Pudong Xinqu, Zhangjiang Lu 665 …", "Hoan Kiem, Ha Noi"): part of it, so redacted.
      let besideAddress = addresses.contains { a in
        a.start >= c.end && a.start - c.end <= 3 || c.start >= a.end && c.start - a.end <= 3
      }
      return !besideAddress && place(b, words, first, last) || pet(b, words, first, last) || joinedShop(b, words, first, last)
        || work(words, first) || first == last && streetAbbreviation(b, words[first])
    }
  }

  private static func place(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ first: Int, _ last: Int) -> Bool {
    let spanned = (first...last).map { words[$0].hash }
    if namedPlaces.contains(where: { p in p == spanned }) { return true }
    // A place's first word before the finding ("Port Elizabeth", "São Paulo", "Col. Roma", "St. Louis").
    if first > 0, words[first - 1].capitalised, words[first - 1].start + 1 < words[first].start,
       words[first].start - words[first - 1].end <= 2, words[first - 1].end < words[first].start {
      let p = words[first - 1].hash
      let gapOK = (words[first - 1].end..<words[first].start).allSatisfy { b[$0] == 0x20 || b[$0] == 0x2E }
      if gapOK, placeOpeners.contains(p) || saints.contains(p) && first == last { return true }
      if gapOK, first > 0, namedPlaces.contains(where: { $0.count == 2 && $0[0] == p && $0[1] == words[first].hash }) {
        return true
      }
    }
    if last > first, placeOpeners.contains(words[first].hash), words[first].hash != losHash || last == first + 1 {
      return true
    }
    if last > first, placeTails.contains(words[last].hash) || pinyinPlaceTails.contains(words[last].hash) { return true }
    // "Lagos Island": a one-word finding before a place's closing word.
    if last + 1 < words.count, words[last + 1].capitalised, placeTails.contains(words[last + 1].hash),
       ByteWords.spaced(b, words[last], words[last + 1]) {
      return true
    }
    return false
  }
  static let losHash = Bytes.wordHash("los")

  /// "our parrot is called Charlie", "my dog Max", "a collar for Bella".
  private static func pet(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ first: Int, _ last: Int) -> Bool {
    guard first == last, first > 0 else { return false }
    let p = words[first - 1]
    if petNouns.contains(p.hash) { return true }
    if p.hash == calledHash || p.hash == namedHash {
      return (max(0, first - 5)..<(first - 1)).contains { petNouns.contains(words[$0].hash) }
    }
    if p.hash == forHash, first >= 2 {
      return (max(0, first - 4)..<(first - 1)).contains { petThings.contains(words[$0].hash) }
    }
    return false
  }
  static let forHash = Bytes.wordHash("for")

  /// "Grace & Stella face masks": a finding joined by "&" to a capitalised word, with a product word soon after.
  private static func joinedShop(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ first: Int, _ last: Int) -> Bool {
    func ampersand(_ a: ByteWord, _ z: ByteWord) -> Bool {
      z.start - a.end == 3 && b[a.end] == 0x20 && b[a.end + 1] == 0x26 && b[a.end + 2] == 0x20
    }
    var partner = -1
    if last + 1 < words.count, ampersand(words[last], words[last + 1]), words[last + 1].capitalised { partner = last + 1 }
    if first > 0, ampersand(words[first - 1], words[first]), words[first - 1].capitalised { partner = max(partner, last) }
    guard partner >= 0 else { return false }
    let upper = min(words.count - 1, partner + 3)
    guard partner + 1 <= upper else { return false }
    return (partner + 1...upper).contains { k in
      let h = words[k].hash
      return !words[k].capitalised && (productWords.contains(h) || productWords.contains(singular(b, words[k])))
    }
  }

  /// The hash of a word without a plural "s" ("masks" → "mask").
  static func singular(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> UInt64 {
    guard w.end - w.start > 3, Bytes.lower(b[w.end - 1]) == 0x73 else { return w.hash }
    return Bytes.wordHash(b, w.start, w.end - 1)
  }

  /// "a song called Hey Jude": a work's noun, then "called"/"named"/"titled", within three words before.
  private static func work(_ words: [ByteWord], _ first: Int) -> Bool {
    guard first >= 2 else { return false }
    for k in max(1, first - 3)..<first where words[k].hash == calledHash || words[k].hash == namedHash || words[k].hash == titledHash {
      if workNouns.contains(words[k - 1].hash) { return true }
    }
    return false
  }
  static let titledHash = Bytes.wordHash("titled")

  /// "Sok." or "Mah." with its dot: a street abbreviation.
  private static func streetAbbreviation(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    streetAbbreviations.contains(w.hash) && w.end < b.count && b[w.end] == 0x2E
  }
}
