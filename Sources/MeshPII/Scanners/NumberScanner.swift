/// Finds the digit-shaped kinds in one pass over runs of digits and separators: IPv4 addresses, US
/// SSNs, card numbers (Luhn) and phone numbers, while leaving alone what only looks like them: dates,
/// prices, order, invoice and tracking numbers (recognised by the words in front of them).
enum NumberScanner {
  /// Words that make the number after them an identifier of the business, not of a person.
  static let businessCues = WordSet(words: businessWords + ["id"])
  /// The business words but "id": "my ID number is 219-09-9999" is an SSN in its own shape.
  static let businessCuesButID = WordSet(words: businessWords)
  static let businessWords = ["order", "orders", "invoice", "inv", "tracking", "track", "ref", "reference", "sku",
                              "item", "confirmation", "receipt", "ticket", "rma", "case", "parcel", "package",
                              "shipment", "model", "serial", "part", "po", "account", "acct", "code", "coupon",
                              "isbn", "ean", "upc", "zip", "postcode", "qty", "quantity", "price", "total", "amount",
                              "usd", "eur", "gbp", "dollars", "euros", "pounds",
                              // Numbers of goods, devices and firms that take a phone's or card's shape.
                              "imei", "vat", "barcode", "batch", "gtin", "asin", "iccid", "booking", "policy",
                              "transaction", "txn", "voucher", "registration"]
  /// Words that make a bare digit string a phone number.
  static let phoneCues = WordSet(words: ["call", "phone", "tel", "telephone", "mobile", "cell", "number", "text",
                                     "reach", "whatsapp", "sms", "fax", "ring", "contact", "dial", "on", "at"])
  static let ssnCues = WordSet(words: ["ssn", "social", "security", "ss", "itin", "taxpayer", "tax"])
  /// Words before a dotted number that make it a version, not an IPv4 address ("version 1.2.0.4").
  static let versionCues = WordSet(words: ["version", "ver", "build", "firmware", "fw", "release", "v"])
  /// Words before a post box's number.
  static let boxCues = WordSet(words: ["box", "postfach", "bp", "pmb"])
  /// Words that name an IP address.
  static let ipCues = WordSet(words: ["ip", "ipv4", "ips"])

  struct Run {
    var start = 0
    var end = 0
    var groups: [Int] = []
    var separators: [UInt8] = []  // separator before each group after the first
    var digits: [UInt8] = []
    var plus = false
    var paren = false
  }

  static func scan(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    scanASCII(b, into: &out)
    scanScriptDigits(b, into: &out)
  }

  /// The numbers written in ASCII digits.
  static func scanASCII(_ b: UnsafeBufferPointer<UInt8>, into out: inout [Candidate]) {
    let n = b.count
    var i = 0
    var run = Run()  // reused: one allocation per text, not per digit run
    var ipEnd = -1  // the end of the last IPv4 address: a list "10.0.0.1,10.0.0.2" goes on after its comma
    while i < n {
      let c = b[i]
      let startsRun = Bytes.isDigit(c)
        || ((c == 0x2B || c == 0x28) && i + 1 < n && Bytes.isDigit(b[i + 1]))
      guard startsRun else { i += 1; continue }
      if i > 0 {
        let p = b[i - 1]
        // Inside a word or identifier ("ORD-123", "x1"), or right after a currency sign: not ours.
        if Bytes.isWordByte(p) && !cjkBefore(b, i) || p == 0x24 || p == 0x5F
          || ((p == 0x2D || p == 0x2F || p == 0x2E || p == 0x2C) && i > 1 && Bytes.isAlnum(b[i - 2])
              && !(p == 0x2C && i - 1 == ipEnd)) {
          i += 1
          while i < n && (Bytes.isDigit(b[i]) || Bytes.isAlpha(b[i])) { i += 1 }
          continue
        }
      }
      read(b, from: i, into: &run)
      // After a letter-digit token the run is usually the rest of an identifier (an IBAN's groups),
      // but not after a UK postcode's inward part ("PA2 8BN 07700 900 733": a phone follows the address).
      if Bytes.followsMixedToken(b, i) && !followsPostcodeInward(b, i) { i = max(run.end, i + 1); continue }
      dropHouseNumber(b, &run)
      if let type = classify(run, b) {
        let end = type == .phone ? extensionEnd(b, after: run.end) : run.end
        // "(8.8.4.4)": the bracket is not part of the address.
        let bracketed = type == .ip && run.paren
        out.append(Candidate(type: type, start: bracketed ? run.start + 1 : run.start,
                             end: bracketed && b[end - 1] == 0x29 ? end - 1 : end))
        if type == .ip { ipEnd = end }
        i = max(end, i + 1)
        continue
      }
      // "81.2.69.160/32": an address with its prefix length; the address alone is personal.
      if let end = cidrAddressEnd(run, b) {
        out.append(Candidate(type: .ip, start: run.start, end: end))
        i = max(run.end, i + 1)
        continue
      }
      i = max(run.end, i + 1)
    }
  }

  static func read(_ b: UnsafeBufferPointer<UInt8>, from start: Int, into run: inout Run) {
    let n = b.count
    run.start = start
    run.end = start
    run.plus = false
    run.paren = false
    run.groups.removeAll(keepingCapacity: true)
    run.separators.removeAll(keepingCapacity: true)
    run.digits.removeAll(keepingCapacity: true)
    var pos = start
    if b[pos] == 0x2B { run.plus = true; pos += 1 } else if b[pos] == 0x28 { run.paren = true; pos += 1 }
    var groupLength = 0
    while pos < n {
      let c = b[pos]
      if Bytes.isDigit(c) {
        groupLength += 1
        run.digits.append(c)
        pos += 1
        run.end = pos
        if run.digits.count > 24 { break }
        continue
      }
      guard groupLength > 0 else { break }
      // A separator: one of space - . / ), or ") " and " (" pairs, and then a digit must follow.
      var sep = c
      var next = pos + 1
      if c == 0x29 {
        if next < n && (b[next] == 0x20 || b[next] == 0x2D) { next += 1 }
        sep = 0x20
      } else if c == 0x20 && next < n && b[next] == 0x28 {
        next += 1
      } else if !(c == 0x20 || c == 0x2D || c == 0x2E || c == 0x2F) {
        break
      }
      guard next < n, Bytes.isDigit(b[next]) else {
        if c == 0x29 && run.paren { run.end = pos + 1 }  // "(415)" standing alone keeps its ")"
        break
      }
      run.groups.append(groupLength)
      run.separators.append(sep)
      groupLength = 0
      pos = next
    }
    if groupLength > 0 { run.groups.append(groupLength) }
  }

  static func classify(_ run: Run, _ b: UnsafeBufferPointer<UInt8>) -> PIIType? {
    let n = b.count
    let after = run.end < n ? b[run.end] : 0x20
    // Glued to a word, a percentage, a unit, or a decimal part that did not fit: not personal data.
    if Bytes.isAlpha(after) || after == 0x25 || after >= 0x80 && !cjkAt(b, run.end) { return nil }
    if (after == 0x2C || after == 0x2E) && run.end + 1 < n && Bytes.isDigit(b[run.end + 1]) {
      // Addresses in a list without spaces ("10.0.0.1,10.0.0.2").
      let ipList = after == 0x2C && run.separators.allSatisfy { $0 == 0x2E } && run.groups.count == 4
        && !run.plus && !run.paren && isIPv4(run, groups: 4) && !isNetmask(run)
      return ipList ? .ip : nil
    }
    let g = run.groups
    let d = run.digits.count
    var seps: Set<UInt8> = []
    if let first = run.separators.first {
      seps.insert(first)
      for s in run.separators where s != first { seps.insert(s) }
    }
    let business = Bytes.cue(b, before: run.start, count: 3, in: businessCues) || cjkBusinessCue(b, before: run.start)
    // IPv4: four dotted decimal octets (in brackets too: "(8.8.4.4)"), not a version or a netmask.
    // After "IP" leading zeros are allowed ("ip 192.168.001.010").
    let ipCue = Bytes.cue(b, before: run.start, count: 2, in: ipCues)
    if seps == [0x2E], g.count == 4, !run.plus, !run.paren || b[run.end - 1] == 0x29,
       isIPv4(run, groups: 4, leadingZeros: ipCue),
       !Bytes.cue(b, before: run.start, count: 2, in: versionCues) {
      return isNetmask(run) ? nil : .ip
    }
    // Dates (2024-05-01, 05/01/2024, 1.5.24) and anything with a slash are never personal data here.
    if seps.contains(0x2F) { return nil }
    if g.count == 3 && seps.count == 1 && (g[0] == 4 && g[1] <= 2 && g[2] <= 2
                                            || g[0] <= 2 && g[1] <= 2 && (g[2] == 2 || g[2] == 4)) {
      return nil
    }
    // Prices and decimals: 12.50, 1299.99.
    if g.count == 2 && seps == [0x2E] && g[1] <= 2 { return nil }
    // Before the business cues: "Steuer-ID" ends in "ID", yet its number is a person's.
    if let id = nationalID(run, b) { return id }
    // The CPF's own shape with a wrong check digit is a mistyped CPF, never a phone.
    if g == [3, 3, 3, 2] && run.separators == [0x2E, 0x2E, 0x2D] { return nil }
    // SSN: 3-2-4 with hyphens (or spaces, or solid, after an SSN cue), excluding never-issued areas. An SSN
    // cue outweighs a business word ("tax id 078-05-1120"), and "ID" alone does not stop the hyphenated shape.
    let ssnCue = Bytes.cue(b, before: run.start, count: 3, in: ssnCues)
    let hyphenated = g == [3, 2, 4] && seps == [0x2D]
    // "(415) 555-0134": a North American number with its area code in brackets is a phone's own layout, which no order,
    // account or ticket number takes ("the number on the account is (415) 555-0134").
    let bracketedArea = run.paren && g == [3, 3, 4]
    if business && !ssnCue && !bracketedArea
      && !(hyphenated && !Bytes.cue(b, before: run.start, count: 3, in: businessCuesButID)) {
      return nil
    }
    if !run.plus && !run.paren && d == 9
      && (g == [3, 2, 4] && (hyphenated || ssnCue) || g == [9] && ssnCue) {
      let area = Int(run.digits[0] - 0x30) * 100 + Int(run.digits[1] - 0x30) * 10 + Int(run.digits[2] - 0x30)
      let group = Int(run.digits[3] - 0x30) * 10 + Int(run.digits[4] - 0x30)
      let serial = run.digits[5...].reduce(0) { $0 * 10 + Int($1 - 0x30) }
      // Areas 900-999 are ITINs, a person's taxpayer number too: counted after a cue ("ITIN 912-78-1234").
      if area != 0 && area != 666 && (area < 900 || ssnCue) && group != 0 && serial != 0 { return .ssn }
    }
    // Payment cards: 13-19 digits, solid or grouped by spaces or hyphens, Luhn-valid.
    if !run.plus && !run.paren && d >= 13 && d <= 19 && seps.isSubset(of: [0x20, 0x2D])
      && (g.count == 1 || g.dropLast().allSatisfy { $0 >= 4 }) && Checksums.luhn(run.digits) {
      return .card
    }
    // Phones: 7-15 digits (E.164 allows 15) in a phone-like shape.
    guard d >= 7 && d <= 15 else { return nil }
    let phoneCue = Bytes.cue(b, before: run.start, count: 3, in: phoneCues) && !followsTelTown(b, run.start)
    // Solid: after a + or a cue, or a national number of 10-11 digits with one trunk 0 ("07700900115").
    if g.count == 1 {
      let trunk = (d == 10 || d == 11) && run.digits[0] == 0x30 && run.digits[1] != 0x30
      return run.plus || phoneCue || trunk ? .phone : nil
    }
    // Typed one digit at a time ("0 7 7 0 0 9 0 0 8 2 6"): ten or more, from a trunk 0, a + or a cue.
    if g.count >= 10 && g.allSatisfy({ $0 == 1 }) && seps == [0x20] {
      return run.plus || phoneCue || run.digits[0] == 0x30 ? .phone : nil
    }
    // 3-2-4 is the SSN shape (one that failed the checks above), never a phone layout.
    // After a country code, a one-digit group is common (+33 6 …, +61 2 …).
    // "+61 (0)3 9555 0123", "+44 (0)20 …": the trunk 0 in brackets after the country code is no group of its own.
    let trunkInBrackets = run.plus && g.count >= 4 && g[1] == 1 && run.digits[g[0]] == 0x30
      && (run.start..<max(run.start, run.end - 2)).contains { b[$0] == 0x28 && b[$0 + 1] == 0x30 && b[$0 + 2] == 0x29 }
    let middle = trunkInBrackets ? g.dropFirst(3) : run.plus ? g.dropFirst(2) : g.dropFirst()
    guard g != [3, 2, 4], middle.allSatisfy({ $0 >= 2 }), (g.last ?? 0) >= 3 || g.count >= 4 else { return nil }
    if !run.plus && !run.paren && !phoneCue {
      // Pairs that do not start from a trunk 0 ("scores 10 20 30 40 50 60 70"; "06 12 34 56 78" is a phone), and
      // a date with a time ("2024 05 01 1200").
      if g.allSatisfy({ $0 <= 2 }) && run.digits[0] != 0x30 { return nil }
      if g.count >= 3 && g[0] == 4 && g[1] == 2 && g[2] == 2 && isDate(run) { return nil }
      // A US ZIP+4 ("DC 20037-1234"): no phone is written five and four with a hyphen but from a trunk 0; after a
      // state's code or name, from 0 too (New England's ZIPs: "Massachusetts 01105-1234").
      if g == [5, 4] && seps == [0x2D] && (run.digits[0] != 0x30 || followsUSState(b, run.start)) { return nil }
      // A military ZIP+4 after its post office and region ("APO AE 09499-0074"): Europe's and Africa's start from 0.
      if g == [5, 4] && seps == [0x2D] && Bytes.cue(b, before: run.start, count: 2, in: MilitaryAddress.offices) {
        return nil
      }
    }
    // "#100-2231-8877" is an order's number; "Box 4521-00100" a post box's.
    if !phoneCue && run.start > 0 && b[run.start - 1] == 0x23 { return nil }
    if !phoneCue && Bytes.cue(b, before: run.start, count: 1, in: boxCues) { return nil }
    if run.plus || run.paren || phoneCue || d >= 9 { return .phone }
    return nil
  }
}

extension NumberScanner {
  /// Whether the first `groups` groups of `run` are decimal octets (0-255, no leading zero).
  static func isIPv4(_ run: Run, groups: Int, leadingZeros: Bool = false) -> Bool {
    guard run.groups.count >= groups else { return false }
    var at = 0
    for len in run.groups.prefix(groups) {
      var v = 0
      // Capped: a group of twenty digits would overflow Int, and anything above 255 fails anyway.
      for j in at..<at + len { v = min(v * 10 + Int(run.digits[j] - 0x30), 1000) }
      if len > 3 || v > 255 || (len > 1 && run.digits[at] == 0x30 && !leadingZeros) { return false }
      at += len
    }
    return true
  }

  /// A subnet mask ("255.255.255.0"): ones, then zeros, from 255 on; a setting, not anyone's address.
  static func isNetmask(_ run: Run) -> Bool {
    let masks: Set<Int> = [0, 128, 192, 224, 240, 248, 252, 254, 255]
    var octets: [Int] = []
    var at = 0
    for len in run.groups.prefix(4) {
      octets.append(run.digits[at..<at + len].reduce(0) { $0 * 10 + Int($1 - 0x30) })
      at += len
    }
    guard octets.first == 255, octets.allSatisfy(masks.contains) else { return false }
    return zip(octets, octets.dropFirst()).allSatisfy { a, c in a == 255 || c == 0 }
  }

  /// The end of the address in "81.2.69.160/32" (a prefix length of 0-32 after the slash), or nil.
  static func cidrAddressEnd(_ run: Run, _ b: UnsafeBufferPointer<UInt8>) -> Int? {
    guard run.groups.count == 5, run.separators == [0x2E, 0x2E, 0x2E, 0x2F], !run.plus, !run.paren,
          let prefix = run.groups.last, prefix <= 2, isIPv4(run, groups: 4), !isNetmask(run) else { return nil }
    let value = run.digits.suffix(prefix).reduce(0) { $0 * 10 + Int($1 - 0x30) }
    guard value <= 32, run.end >= b.count || !Bytes.isWordByte(b[run.end]) else { return nil }
    return run.end - prefix - 1
  }

  /// Whether the first three groups (4, 2, 2 digits) read as a date: a year 1900-2099, a month and a day.
  static func isDate(_ run: Run) -> Bool {
    let d = run.digits.map { Int($0 - 0x30) }
    let year = d[0] * 1000 + d[1] * 100 + d[2] * 10 + d[3]
    let month = d[4] * 10 + d[5], day = d[6] * 10 + d[7]
    return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31
  }
}
