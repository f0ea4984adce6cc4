/// Postal services, couriers and parcel lockers of the marketplace's shipping countries. Support chat names them all
/// the time ("you should have an SMS from La Poste", "Kerry Express will deliver", "PostNord shows it in transit",
/// "Noted, Blue Dart will deliver"), in the places a person would stand, and several are made of given names or
/// surnames ("Kerry", "Nova", "Dart"), so the tagger and the cue rules take them for people (heldout14, piiname42).
/// A name finding that a carrier's words hold is dropped; "Kerry" alone stays a person.
extension ContextNameScanner {
  /// Carriers' names, words spaced, in lower case (`Bytes.wordHash` folds capitals, "Česká pošta" included). "J&T"
  /// splits at "&" and is left out.
  static let carriers: [[UInt64]] = phraseHashes("""
    la poste|colissimo|chronopost|mondial relay|relais colis|colis privé|colis prive|deutsche post|dhl|dhl express|
    packstation|paketshop|hermes|evri|yodel|royal mail|parcelforce|dpd|gls|ups|usps|fedex|ontrac|lasership|
    canada post|postes canada|purolator|canpar|australia post|startrack|sendle|couriersplease|aramex|nz post|
    courierpost|postnord|posti|postnl|bpost|swiss post|die post|post ag|österreichische post|inpost|
    poczta polska|packeta|zasilkovna|zásilkovna|česká pošta|ceska posta|magyar posta|foxpost|elta|acs|speedex|
    correos|correos express|seur|mrw|nacex|ctt|poste italiane|brt|bartolini|sda|nova poshta|ukrposhta|meest|
    russian post|pochta|cdek|boxberry|yurtici|yurtiçi|aras kargo|mng kargo|ptt|israel post|emirates post|smsa|naqel|
    egypt post|bosta|blue dart|delhivery|ecom express|xpressbees|shadowfax|india post|speed post|dtdc|ekart|
    japan post|yamato|kuroneko|sagawa|korea post|cj logistics|sf express|china post|cainiao|yto|zto|sto express|
    yunda|best express|kerry express|kerry logistics|flash express|thailand post|pos malaysia|pos laju|poslaju|
    ninja van|ninjavan|singpost|qxpress|lbc|lbc express|2go|jne|jnt|sicepat|anteraja|pos indonesia|
    viettel post|vnpost|ghn|ghtk|lalamove|grab express|gojek|estafeta|correios|jadlog|loggi|correo argentino|
    servientrega|coordinadora|chilexpress|starken|serpost|olva|the courier guy|postnet|fastway|sendy|g4s|
    amazon logistics|shopee express|spx|lazada express
    """)

  /// The phrases of `text` ("|" between phrases, spaces between words), each as its words' hashes.
  static func phraseHashes(_ text: String) -> [[UInt64]] {
    text.split(separator: "|").map { phrase in
      phrase.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Bytes.wordHash(String($0)) }
    }.filter { !$0.isEmpty }
  }

  /// Whether a carrier's words cover `words[k]` ("Kerry" in "Kerry Express", "Dart" in "Blue Dart").
  static func carrierWord(_ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    phraseCovers(carriers, b, words, k)
  }

  /// Whether one of `phrases`, its words spaced in the text, covers `words[k]` (a word may carry a possessive).
  static func phraseCovers(_ phrases: [[UInt64]], _ b: UnsafeBufferPointer<UInt8>, _ words: [ByteWord], _ k: Int) -> Bool {
    phrases.contains { carrier in
      (0..<carrier.count).contains { offset in
        let first = k - offset
        guard first >= 0, first + carrier.count <= words.count else { return false }
        return (0..<carrier.count).allSatisfy { words[first + $0].hash == carrier[$0] || stem(b, words[first + $0]) == carrier[$0] }
          && (first..<(first + carrier.count - 1)).allSatisfy { ByteWords.spaced(b, words[$0], words[$0 + 1]) }
      }
    }
  }
}
