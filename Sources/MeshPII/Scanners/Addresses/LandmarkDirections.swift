/// Rural and informal addresses given as directions, as people write them where streets have no names or numbers
/// (Egypt's and Kenya's villages, Colombia's veredas, the Philippines' barangays, Ghana's suburbs): comma-separated parts
/// with a landmark ("behind the mosque", "near the Total petrol station", "después de la iglesia", "sa likod ng
/// simbahan"), a house, plot or farm ("house 12", "plot 88", "finca La Esperanza", "Brgy. Poblacion"), perhaps a street
/// without a number or a word about the house ("blue gate"), and the village or town last ("…, Kafr Dawood, Menoufia").
/// The landmark, the house and the closing place are all needed: "near the station, Leeds" or "house 12" alone is none
/// here (other rules take what they can).
enum LandmarkDirections {
  typealias V = AddressVocabulary

  /// The word of a landmark phrase that says where the house stands from it, in English, Spanish, Portuguese, French,
  /// Tagalog, Indonesian and Swahili ("behind", "next (to)", "detrás (de)", "frente (a)", "likod", "dekat", "karibu").
  static let openers = WordSet(words: [
    "behind", "near", "opposite", "opp", "beside", "next", "across", "facing", "after", "past",
    "detrás", "después", "frente", "enfrente", "cerca", "junto", "atrás", "perto", "próximo", "derrière", "près", "face",
    "côté", "likod", "tapat", "malapit", "tabi", "harap", "belakang", "depan", "dekat", "samping", "nyuma", "karibu",
    "mbele",
  ])
  /// Words that open the opener's phrase before it ("sa likod ng", "al lado de", "en face de", "à côté de").
  static let leadIns = WordSet(words: ["sa", "al", "en", "à", "au"])
  /// What people give directions by, in the same languages ("the mosque", "la iglesia", "simbahan", "msikiti").
  static let landmarks = WordSet(words: [
    "mosque", "masjid", "church", "chapel", "temple", "mandir", "school", "college", "hospital", "clinic", "mall",
    "market", "station", "bank", "atm", "pump", "office", "stop", "stand", "hall", "cinema", "pharmacy", "bakery",
    "kiosk", "roundabout", "junction", "bridge", "stadium", "police", "well", "cemetery", "supermarket",
    // Where streets have no names, riders are sent by the shops and eateries along the road ("after the Safaricom
    // shop", "behind Mama Put canteen").
    "shop", "store", "canteen", "restaurant", "hotel", "garage", "salon",
    "iglesia", "escuela", "colegio", "mezquita", "parque", "mercado", "tienda", "gasolinera", "estación", "cancha",
    "capilla", "igreja", "escola", "posto", "padaria", "église", "mosquée", "école", "mairie", "marché", "pharmacie",
    "gare", "simbahan", "paaralan", "palengke", "munisipyo", "kapilya", "gereja", "sekolah", "pasar", "msikiti",
    "kanisa", "shule", "soko",
  ])
  /// Nouns for the house itself that open a direction ("la casa azul después de la iglesia", "the house behind …").
  static let houseNouns = WordSet(words: ["casa", "house", "home", "bahay", "maison", "nyumba", "rumah", "ev"])
  /// What a rider sees of the house itself, named right before the landmark's opener ("the blue gate opposite the
  /// mosque", "the green kiosk next to … market"): with "the" or "a" and at most two words of description.
  static let houseFeatures = WordSet(words: ["house", "gate", "kiosk", "door", "building", "compound", "flat", "shop",
                                             "bungalow", "cottage", "fence", "wall", "duka", "casa", "maison"])
  static let articles = WordSet(words: ["the", "a", "an"])

  /// Whether `b` may hold such an address: two commas at least (three parts), checked before the words are split.
  static func mayHold(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    var commas = 0
    for c in b where c == 0x2C {
      commas += 1
      if commas == 2 { return true }
    }
    return false
  }

  /// The addresses of this kind in the text seen by `text`, as byte ranges.
  static func scan(_ text: AddressText) -> [Range<Int>] {
    let words = text.words
    guard words.contains(where: { openers.contains($0.hash) }) else { return [] }
    var found: [Range<Int>] = []
    var first = 0
    // Each clause: words joined by spaces or commas (a full stop or a colon ends one), cut into segments at commas.
    while first < words.count {
      var last = first
      while last + 1 < words.count, text.gap(after: last) != .none { last += 1 }
      let segments = text.segments(first, last)
      if let r = address(text, segments) { found.append(r) }
      first = last + 1
    }
    return found
  }

  /// The address closing at the last place segment it can, if the segments before it hold a landmark and a house.
  static func address(_ text: AddressText, _ segs: [ClosedRange<Int>]) -> Range<Int>? {
    guard segs.count >= 2 else { return nil }
    for z in stride(from: segs.count - 1, through: 1, by: -1) where isPlace(text, segs[z]) || isDwelling(text, segs[z]) {
      var landmark = false, dwelling = dwellingStart(text, segs[z]) == segs[z].lowerBound
      var landmarks = 0, street = false
      var start = segs[z].lowerBound, j = z - 1
      while j >= 0 {
        let seg = segs[j]
        if let o = landmarkStart(text, seg) {
          landmark = true
          landmarks += 1
          start = o
          // The house before its landmark in one segment ("it's house 12 behind the mosque").
          if o > seg.lowerBound, let d = dwellingStart(text, seg.lowerBound...o), d < o {
            dwelling = true
            start = d
          }
          // The house as the rider sees it ("it's the blue gate opposite the mosque").
          if let d = describedHouse(text, seg, before: opener(text, seg) ?? o) {
            dwelling = true
            start = min(start, d)
          }
          if start > seg.lowerBound { break }
        } else if let d = dwellingStart(text, seg) {
          dwelling = true
          start = d
          if d > seg.lowerBound { break }
        } else if let s = streetStart(text, seg) {
          start = s
          street = true
          if s > seg.lowerBound { break }
        } else if isPlace(text, seg) {
          start = seg.lowerBound
        } else if seg.count <= 8, !seg.contains(where: { text.words[$0].digits > 0 }), j > 0 {
          // A word about the house between the parts ("blue gate"): kept only if a part opens the address before it.
          start = seg.lowerBound
        } else {
          break
        }
        j -= 1
      }
      // A description left opening the address is no part of it.
      while let d = segs.firstIndex(where: { $0.contains(start) }), d < z, isDescriptionOnly(text, segs[d], from: start) {
        start = segs[d + 1].lowerBound
      }
      // Two landmarks and the street they stand on ("near the Total filling station, behind Mama Put canteen, Ikorodu
      // Road, Lagos") place a house as well as its number would; one landmark and a town ("near the station, Leeds")
      // are directions. With two parts only, the house itself must be named.
      guard landmark, dwelling || landmarks >= 2 && street, z >= 2 || dwelling else { continue }
      return text.words[start].start..<text.words[segs[z].upperBound].end
    }
    return nil
  }

  /// Where a landmark phrase in `seg` starts: its opener (with "sa", "al", … before it), or the segment's start when a
  /// noun for the house opens it ("la casa azul después de la iglesia"); nil without a landmark's noun after the opener.
  static func landmarkStart(_ text: AddressText, _ seg: ClosedRange<Int>) -> Int? {
    let words = text.words
    guard let o = seg.first(where: { k in
      // An opener closing its segment ("we are near, house 12, …") has no landmark after it.
      k < seg.upperBound && openers.contains(words[k].hash)
        && (k + 1...min(k + 6, seg.upperBound)).contains { landmarks.contains(words[$0].hash) }
    }) else { return nil }
    let before = seg.lowerBound..<o
    if !before.isEmpty, before.prefix(2).contains(where: { houseNouns.contains(words[$0].hash) }),
       !before.contains(where: { V.stopWords.contains(words[$0].hash) && words[$0].hash != AddressText.the }) {
      return seg.lowerBound
    }
    return o > seg.lowerBound && leadIns.contains(words[o - 1].hash) ? o - 1 : o
  }

  /// The landmark opener of `seg` (the word `landmarkStart` finds), if any.
  static func opener(_ text: AddressText, _ seg: ClosedRange<Int>) -> Int? {
    let words = text.words
    return seg.first { k in
      k < seg.upperBound && openers.contains(words[k].hash)
        && (k + 1...min(k + 6, seg.upperBound)).contains { landmarks.contains(words[$0].hash) }
    }
  }

  /// Where "the blue gate" starts when a house feature stands right before the opener at `o` in `seg`, with "the" or
  /// "a" and at most two describing words before it ("it's the blue gate opposite the mosque"); nil otherwise.
  static func describedHouse(_ text: AddressText, _ seg: ClosedRange<Int>, before o: Int) -> Int? {
    let words = text.words
    guard o - 1 >= seg.lowerBound, o - 1 < words.count, houseFeatures.contains(words[o - 1].hash) else { return nil }
    var k = o - 2
    while k >= seg.lowerBound, o - 1 - k <= 3 {
      let h = words[k].hash
      if articles.contains(h) { return k }
      guard words[k].digits == 0, !text.isStop(h) else { return nil }
      k -= 1
    }
    return nil
  }

  /// Whether `seg` names a house, plot or farm (`dwellingStart`).
  static func isDwelling(_ text: AddressText, _ seg: ClosedRange<Int>) -> Bool { dwellingStart(text, seg) != nil }

  /// Where a house, plot or farm starts in `seg`: a unit word and its number ("house 12", "plot 88", "house no. 7",
  /// "H.No. 12-3-45"), or a locality or house name word before a capitalised name ("Vereda El Salitre", "finca La
  /// Esperanza", "Brgy. Poblacion"); the words before it in the segment ("pls deliver to") are no part of it.
  static func dwellingStart(_ text: AddressText, _ seg: ClosedRange<Int>) -> Int? {
    let words = text.words
    return seg.first { k in
      guard k < seg.upperBound else { return false }
      let h = words[k].hash
      if V.units.contains(h), h != AddressText.no {
        var n = k + 1
        if words[n].hash == AddressText.no || words[n].hash == AddressText.nr, n < seg.upperBound { n += 1 }
        return text.isHouseNumber(n)
      }
      return (V.localities.contains(h) || V.houseNames.contains(h)) && words[k + 1].capitalised && words[k + 1].digits == 0
    }
  }

  /// One to four capitalised words without digits, none a chat word ("Kafr Dawood", "Menoufia", "Safranbolu/Karabük").
  static func isPlace(_ text: AddressText, _ seg: ClosedRange<Int>) -> Bool {
    seg.count <= 4 && seg.allSatisfy { k in
      let w = text.words[k]
      return w.digits == 0 && (w.capitalised || V.particles.contains(w.hash)) && !text.isStop(w.hash)
    } && text.words[seg.lowerBound].capitalised
  }

  /// Where a street without its number starts when its name and type close `seg` ("I am at Kenyatta Road").
  static func streetStart(_ text: AddressText, _ seg: ClosedRange<Int>) -> Int? {
    let words = text.words
    let e = seg.upperBound
    guard e > seg.lowerBound, AddressScanner.streetTypes.contains(words[e].hash) || V.afterName.contains(words[e].hash),
          words[e - 1].capitalised, words[e - 1].digits == 0, !text.isStop(words[e - 1].hash) else { return nil }
    return text.nameStart(before: e, in: seg)
  }

  /// Whether the words of `seg` from `start` are a description alone: no landmark, house, street or place.
  static func isDescriptionOnly(_ text: AddressText, _ seg: ClosedRange<Int>, from start: Int) -> Bool {
    let part = start...seg.upperBound
    return landmarkStart(text, part) == nil && !isDwelling(text, part) && streetStart(text, part) == nil
      && !isPlace(text, part)
  }
}
