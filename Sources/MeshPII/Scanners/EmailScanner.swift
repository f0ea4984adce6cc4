/// Finds e-mail addresses by expanding around each `@`: a local part of RFC 5322 "atext" commonly
/// seen in practice, and a domain of at least two labels ending in an alphabetic top-level label.
enum EmailScanner {
  @inline(__always) static func isLocal(_ c: UInt8) -> Bool {
    Bytes.isAlnum(c) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D
  }

  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    let n = b.count
    var i = 0
    var lastEnd = 0
    while i < n {
      guard b[i] == 0x40 else { i += 1; continue }
      var s = i
      // An apostrophe is atext too, and real ("o'neill.siobhan@…"); quotes around the address are not.
      while s > lastEnd, isLocal(b[s - 1]) || b[s - 1] == 0x27 { s -= 1 }
      while s < i, b[s] == 0x2E || b[s] == 0x2D || b[s] == 0x27 { s += 1 }  // a local part cannot start with these
      var e = i + 1
      var lastDot = -1
      var labelStart = e
      while e < n {
        let c = b[e]
        if Bytes.isAlnum(c) || c == 0x2D { e += 1; continue }
        if c == 0x2E, e > labelStart, e + 1 < n, Bytes.isAlnum(b[e + 1]) {
          lastDot = e; e += 1; labelStart = e; continue
        }
        break
      }
      if s < i, lastDot > i + 1, e - lastDot - 1 >= 2 {
        var tldAlpha = true
        for j in lastDot + 1..<e where !Bytes.isAlpha(b[j]) { tldAlpha = false }
        if tldAlpha {
          out.append(Candidate(type: .email, start: s, end: e))
          lastEnd = e
          i = e
          continue
        }
      }
      i += 1
    }
  }
}
