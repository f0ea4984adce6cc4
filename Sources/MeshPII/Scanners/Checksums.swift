/// The check digits that separate real card numbers and IBANs from random digit strings.
enum Checksums {
  /// Luhn (mod 10) over ASCII digits.
  static func luhn(_ digits: [UInt8]) -> Bool {
    var sum = 0
    for (i, d) in digits.reversed().enumerated() {
      var v = Int(d - 0x30)
      if i % 2 == 1 { v *= 2; if v > 9 { v -= 9 } }
      sum += v
    }
    return sum % 10 == 0
  }

  /// ISO 13616 mod-97 over the IBAN's letters and digits (no spaces): move the first four to the end,
  /// letters count as 10...35, the remainder must be 1.
  static func iban(_ chars: [UInt8]) -> Bool {
    guard chars.count >= 15 && chars.count <= 34 else { return false }
    var remainder = 0
    for c in chars[4...] + chars[..<4] {
      if Bytes.isDigit(c) {
        remainder = (remainder * 10 + Int(c - 0x30)) % 97
      } else if Bytes.isAlpha(c) {
        remainder = (remainder * 100 + Int(Bytes.lower(c) - 0x61 + 10)) % 97
      } else {
        return false
      }
    }
    return remainder == 1
  }
}
