/// Addresses of Pakistan, Bangladesh, Iran, Sri Lanka and Nepal as chat writes them, with no street word: a house
/// numbered with a letter ("D-42", "87-C", "B-204"), a block, sector or phase, a district and the city
/// ("D-42 Block 2 Gulshan-e-Iqbal Karachi"), and the postcode after the city ("Lahore 54700", "Dhaka 1213",
/// Iran's ten digits "Tehran 1994834511"). Five digits after a city are a postcode only after these countries' cities,
/// whose addresses close so; elsewhere ("Spring 2024", "Bay 12345") they need more.
enum SouthAsianAddress {
  /// Cities whose addresses close with the postcode after them.
  static let cities = WordSet(words: """
    karachi lahore islamabad rawalpindi faisalabad multan peshawar quetta sialkot gujranwala hyderabad abbottabad
    dhaka chittagong chattogram khulna sylhet rajshahi comilla gazipur narayanganj
    tehran mashhad isfahan esfahan shiraz tabriz karaj qom ahvaz kermanshah rasht yazd
    colombo kandy galle negombo kathmandu lalitpur pokhara bhaktapur
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

  /// "D-42", "87-C", "B-204", "SE-7": one or two letters and up to four digits joined by a hyphen, in either order.
  static func isLetteredHouse(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.digits >= 1, w.digits <= 4, w.letters >= 1, w.letters <= 2, w.length == w.digits + w.letters + 1,
          let dash = (w.start..<w.end).first(where: { b[$0] == 0x2D }) else { return false }
    let head = w.start..<dash, tail = dash + 1..<w.end
    let letters = { (r: Range<Int>) in r.allSatisfy { Bytes.isUpper(b[$0]) } }
    let digits = { (r: Range<Int>) in r.allSatisfy { Bytes.isDigit(b[$0]) } }
    return !head.isEmpty && !tail.isEmpty && (letters(head) && digits(tail) || digits(head) && letters(tail))
  }

  /// Iran's postcode: ten digits, or five and five with a hyphen ("19948-34511").
  static func isIranianPostcode(_ b: UnsafeBufferPointer<UInt8>, _ w: ByteWord) -> Bool {
    guard w.isNumber, w.digits == 10 else { return false }
    return w.length == 10 || w.length == 11 && b[w.start + 5] == 0x2D
  }
}

extension AddressText {
  /// A postcode after one of `SouthAsianAddress.cities` ("Lahore 54700", "Dhaka 1213", "Tehran 1994834511").
  func isSouthAsianPostcode(_ k: Int) -> Bool {
    guard k > 0, gap(after: k - 1) == .word || dashed(after: k - 1), SouthAsianAddress.cities.contains(words[k - 1].hash)
    else { return false }
    let w = words[k]
    return w.isNumber && (w.digits == 4 || w.digits == 5) && w.length == w.digits
      || SouthAsianAddress.isIranianPostcode(b, w)
  }

  /// "D-42 Block 2 Gulshan-e-Iqbal Karachi": a lettered house, a numbered block, sector or phase or a district's word,
  /// and one of the cities closing the run.
  func isSouthAsianBlock(_ s: Int, _ e: Int) -> Bool {
    guard e > s, SouthAsianAddress.cities.contains(words[e].hash),
          (s...e).contains(where: { SouthAsianAddress.isLetteredHouse(b, words[$0]) }) else { return false }
    return (s..<e).contains { k in
      V.units.contains(words[k].hash) && numbered(after: k, in: s...e) || V.localities.contains(words[k].hash)
    }
  }
}
