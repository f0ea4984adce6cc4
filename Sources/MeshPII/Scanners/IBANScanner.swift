/// Finds IBANs: two letters, two check digits, then letters and digits, either solid or in groups of
/// four separated by single spaces or dashes (one kind per IBAN: "GB82-WEST-1234-5698-7654-32"), accepted only
/// when the mod-97 check holds.
enum IBANScanner {
  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    let n = b.count
    var i = 0
    while i + 15 <= n {
      guard Bytes.isUpper(b[i]), Bytes.isUpper(b[i + 1]), Bytes.isDigit(b[i + 2]), Bytes.isDigit(b[i + 3]),
            i == 0 || !Bytes.isWordByte(b[i - 1]) else { i += 1; continue }
      var chars: [UInt8] = []
      var ends: [Int] = []  // end offset after each character, to cut back to a valid length
      var e = i
      var group = 0
      var separator: UInt8 = 0  // the first separator seen; the groups of one IBAN share it
      while e < n && chars.count < 34 {
        let c = b[e]
        if Bytes.isDigit(c) || Bytes.isUpper(c) {
          chars.append(c); group += 1; e += 1; ends.append(e)
        } else if c == 0x20 || c == 0x2D, separator == 0 || separator == c, group == 4, e + 1 < n,
                  Bytes.isDigit(b[e + 1]) || Bytes.isUpper(b[e + 1]) {
          separator = c; group = 0; e += 1
        } else {
          break
        }
      }
      // The text after the IBAN must not continue the word.
      var found = false
      if chars.count >= 15, e >= n || !Bytes.isAlnum(b[e]), Checksums.iban(chars) {
        out.append(Candidate(type: .iban, start: i, end: ends[chars.count - 1]))
        found = true
      }
      i = found ? ends[chars.count - 1] : i + 1
    }
  }
}
