/// Finds IPv6 addresses: up to eight groups of one to four hex digits separated by colons, with at
/// most one `::` and optionally a dotted IPv4 tail; times like "10:30:45" fail the group count.
enum IPv6Scanner {
  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    let n = b.count
    // Most texts have no colon at all: one quick pass saves the word-by-word scan.
    var colons = 0
    for c in b where c == 0x3A { colons += 1; if colons == 2 { break } }
    if colons < 2 { return }
    var i = 0
    while i < n {
      let c = b[i]
      guard Bytes.isHex(c) || c == 0x3A, i == 0 || !(Bytes.isWordByte(b[i - 1]) || b[i - 1] == 0x3A) || labelled(b, i) else {
        i += 1; continue
      }
      var e = i
      var colons = 0
      while e < n, Bytes.isHex(b[e]) || b[e] == 0x3A || b[e] == 0x2E {
        if b[e] == 0x3A { colons += 1 }
        e += 1
      }
      if colons >= 2, e >= n || !Bytes.isWordByte(b[e]) {
        var end = e
        while end > i, b[end - 1] == 0x2E { end -= 1 }  // a sentence's full stop
        if valid(b, i, end) {
          out.append(Candidate(type: .ip, start: i, end: end))
          i = e
          continue
        }
      }
      i = max(e, i + 1)
      while i < n && Bytes.isWordByte(b[i]) { i += 1 }
    }
  }

  /// Labels glued to an address by a colon ("IPv6:2001:db8::1", "ip:fe80::1").
  static let labels: Set<[UInt8]> = Set(["ip", "ipv6", "ip6", "addr", "address", "host"].map { Array($0.utf8) })

  /// Whether the address at `i` follows a label and a colon, with nothing between.
  static func labelled(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
    guard i >= 3, b[i - 1] == 0x3A, Bytes.isAlnum(b[i - 2]) else { return false }
    var s = i - 2
    while s > 0, Bytes.isAlnum(b[s - 1]) { s -= 1 }
    guard s == 0 || !Bytes.isWordByte(b[s - 1]), i - 1 - s <= 7 else { return false }
    return labels.contains((s..<i - 1).map { Bytes.lower(b[$0]) })
  }

  static func valid(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
    var groups = 0
    var compressed = false
    var i = start
    if end - start >= 2 && b[i] == 0x3A && b[i + 1] == 0x3A { compressed = true; i += 2 }
    else if b[i] == 0x3A { return false }
    while i < end {
      var j = i
      while j < end && Bytes.isHex(b[j]) { j += 1 }
      if j < end && b[j] == 0x2E {
        // IPv4 tail: must be the last part and count as two groups.
        var dots = 0, k = i, octet = 0, digits = 0
        while k < end {
          if Bytes.isDigit(b[k]) { octet = min(octet * 10 + Int(b[k] - 0x30), 1000); digits += 1 }
          else if b[k] == 0x2E { dots += 1; if digits == 0 || octet > 255 { return false }; octet = 0; digits = 0 }
          else { return false }
          k += 1
        }
        if dots != 3 || digits == 0 || octet > 255 { return false }
        groups += 2
        break
      }
      let len = j - i
      if len == 0 || len > 4 { return false }
      groups += 1
      i = j
      if i == end { break }
      // b[i] is ':'
      if i + 1 < end && b[i + 1] == 0x3A {
        if compressed { return false }
        compressed = true
        i += 2
        if i == end { break }
      } else {
        i += 1
        if i == end { return false }
      }
    }
    return compressed ? groups <= 7 && groups >= 1 : groups == 8
  }
}
