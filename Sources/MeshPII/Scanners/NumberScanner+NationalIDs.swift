/// National identity numbers made of digits alone, reported as `.ssn`: each only after its own cue and
/// with its check digits right, since without them they are indistinguishable from other numbers.
extension NumberScanner {
  static let sinCues = WordSet(words: ["sin", "insurance"])
  static let bsnCues = WordSet(words: ["bsn", "burgerservicenummer"])
  static let steuerCues = WordSet(words: ["steuer", "steuerid", "idnr", "steueridentifikationsnummer",
                                          "identifikationsnummer"])
  static let nirCues = WordSet(words: ["sociale", "secu", "nir", "insee"])
  static let aadhaarCues = WordSet(words: ["aadhaar", "aadhar", "adhaar", "adhar", "uid", "uidai"])
  static let cpfCues = WordSet(words: ["cpf"])
  static let personnummerCues = WordSet(words: ["personnummer", "personnr", "pnr", "personal", "identity"])

  /// The national id `run` is, when a cue names it and its checksum holds: Canadian SIN, Dutch BSN,
  /// German tax id, French social security number (NIR).
  static func nationalID(_ run: Run, _ b: UnsafeBufferPointer<UInt8>) -> PIIType? {
    guard !run.plus && !run.paren else { return nil }
    let g = run.groups
    let d = run.digits
    func cue(_ words: WordSet) -> Bool { Bytes.cue(b, before: run.start, count: 3, in: words) }
    if d.count == 9 && (g == [3, 3, 3] || g == [9]) && cue(sinCues) && Checksums.luhn(d) { return .ssn }
    if d.count == 9 && cue(bsnCues) && elevenProof(d) { return .ssn }
    if d.count == 11 && cue(steuerCues) && steuerID(d) { return .ssn }
    if d.count == 15 && (d[0] == 0x31 || d[0] == 0x32) && cue(nirCues) && nir(d) { return .ssn }
    // Swedish personnummer ("850709-9805", "19850709-9805"): a birth date and four digits, Luhn over the last ten,
    // after its name.
    if (g == [6, 4] || g == [8, 4]) && run.separators == [0x2D] && cue(personnummerCues)
      && Checksums.luhn(Array(d.suffix(10))) { return .ssn }
    // Aadhaar (India): twelve digits, in fours or solid, never starting with 0 or 1, after its name.
    if d.count == 12 && (g == [4, 4, 4] || g == [12]) && d[0] >= 0x32 && cue(aadhaarCues) { return .ssn }
    // CPF (Brazil): "123.456.789-09"; after its name in any grouping, or in its own dotted shape when both check
    // digits hold.
    if d.count == 11 && (g == [3, 3, 3, 2] || g == [11]) {
      let own = g == [3, 3, 3, 2] && run.separators == [0x2E, 0x2E, 0x2D]
      if cue(cpfCues) && (own || cpf(d)) || own && cpf(d) { return .ssn }
    }
    return nil
  }

  /// The CPF's two check digits: each is 11 minus a weighted sum modulo 11 (0 when that is 10 or 11).
  static func cpf(_ d: [UInt8]) -> Bool {
    let v = d.map { Int($0 - 0x30) }
    guard Set(v).count > 1 else { return false }
    for (n, at) in [(9, 9), (10, 10)] {
      var sum = 0
      for k in 0..<n { sum += v[k] * (n + 1 - k) }
      let check = (sum * 10) % 11 % 10
      if check != v[at] { return false }
    }
    return true
  }

  /// The Dutch "elfproef": 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11.
  static func elevenProof(_ d: [UInt8]) -> Bool {
    var sum = 0
    for k in 0..<8 { sum += (9 - k) * Int(d[k] - 0x30) }
    sum -= Int(d[8] - 0x30)
    return sum % 11 == 0 && d[0] != 0x30
  }

  /// ISO 7064 MOD 11,10 over the first ten digits of a German tax id gives the eleventh.
  static func steuerID(_ d: [UInt8]) -> Bool {
    guard d[0] != 0x30 else { return false }
    var product = 10
    for k in 0..<10 {
      var sum = (Int(d[k] - 0x30) + product) % 10
      if sum == 0 { sum = 10 }
      product = (sum * 2) % 11
    }
    var check = 11 - product
    if check == 10 { check = 0 }
    return check == Int(d[10] - 0x30)
  }

  /// The NIR's key: 97 minus the first thirteen digits modulo 97.
  static func nir(_ d: [UInt8]) -> Bool {
    var r = 0
    for k in 0..<13 { r = (r * 10 + Int(d[k] - 0x30)) % 97 }
    return 97 - r == Int(d[13] - 0x30) * 10 + Int(d[14] - 0x30)
  }
}
