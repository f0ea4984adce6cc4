/// A phone number written right before a street, with no comma between ("+64 21 555 0143 17 Kowhai Lane"): the last
/// short group is the house's number, not the phone's.
extension NumberScanner {
  /// Drops the last group of `run` when it has one to four digits after a single space and a street follows it
  /// ("17 Kowhai Lane"), and what is left is still long enough to be a phone (seven digits at least).
  static func dropHouseNumber(_ b: UnsafeBufferPointer<UInt8>, _ run: inout Run) {
    guard run.groups.count >= 3, let last = run.groups.last, last <= 4, run.digits.count - last >= 7,
          run.separators.last == 0x20, run.end - last - 2 >= run.start, run.end < b.count, b[run.end] == 0x20,
          b[run.end - last - 1] == 0x20, Bytes.isDigit(b[run.end - last - 2]),
          AddressScanner.streetAfterNumber(b, from: run.end) != nil else { return }
    run.end -= last + 1
    run.groups.removeLast()
    run.separators.removeLast()
    run.digits.removeLast(last)
  }
}
