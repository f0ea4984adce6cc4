import MeshProtobuf

/// Writes an access line's bytes into memory reserved for the whole line beforehand (`maxBytes` of it,
/// from `AccessLog.lineBound`): a relayed call's line goes straight into the log sink's buffer this way.
/// Appending each piece to an `[UInt8]` cost a uniqueness and capacity check and a generic
/// `append(contentsOf:)` per piece (about 90 instructions each, 18 pieces and 7 quoted strings a line:
/// 2.5k of the line's 7.5k instructions per relayed call, callgrind).
///
/// Every write checks the room left and traps past it (an access log must never write beyond its buffer);
/// the bound given by `AccessLog.lineBound` is never reached.
struct AccessLineWriter {
  private let base: UnsafeMutableRawPointer
  private let capacity: Int
  /// The bytes written so far.
  private(set) var count = 0

  /// A writer of at most `capacity` bytes from `base`.
  init(base: UnsafeMutableRawPointer, capacity: Int) {
    self.base = base
    self.capacity = capacity
  }

  /// The most a JSON string of `count` UTF-8 bytes takes: its quotes, and `\u00XX` (6 bytes) for every byte
  /// at worst (a byte of malformed UTF-8 becomes U+FFFD, 3 bytes).
  static func quotedBound(_ count: Int) -> Int { 6 * count + 2 }

  @inline(__always)
  private mutating func room(_ needed: Int) {
    precondition(needed <= capacity - count, "access line past its reserved bytes")
  }

  /// Writes a static text as it is. Inlined, as are the writes of a byte and of bytes: called ten times a
  /// line, each call cost ~40 instructions for a copy of a few bytes.
  @inline(__always)
  mutating func add(_ text: StaticString) {
    let length = text.utf8CodeUnitCount
    room(length)
    (base + count).copyMemory(from: text.utf8Start, byteCount: length)
    count += length
  }

  /// Writes one byte.
  @inline(__always)
  mutating func add(_ byte: UInt8) {
    room(1)
    base.storeBytes(of: byte, toByteOffset: count, as: UInt8.self)
    count += 1
  }

  /// Writes a word's four bytes in memory order (digits made together, stored at once).
  mutating func add(word: UInt32) {
    room(4)
    base.storeBytes(of: word, toByteOffset: count, as: UInt32.self)
    count += 4
  }

  /// Writes bytes as they are.
  @inline(__always)
  mutating func add(_ bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    room(bytes.count)
    (base + count).copyMemory(from: source, byteCount: bytes.count)
    count += bytes.count
  }

  /// Writes a string's UTF-8 bytes as they are. Disfavoured: a literal (`line.add("null")`) would otherwise
  /// take this overload, not the `StaticString` one (a literal's default type is `String`), and every key of
  /// the line went through a `String`'s span, ~50 instructions each, nine a relayed call's line.
  @_disfavoredOverload
  mutating func add(_ text: String) {
    text.utf8Span.span.withUnsafeBytes { add($0) }
  }

  /// Writes a string as a JSON string (`JSONText.quoted`'s text): its bytes between quotes when none needs
  /// escaping (the usual case), else the escaped text.
  mutating func addQuoted(_ text: String) {
    // Read in place (no retain of the string's storage): through its contiguous UTF-8, which every native
    // string has; its span, ~86 instructions more a string (callgrind: the path and peer of every line), for
    // any other.
    let written: Void? = text.utf8.withContiguousStorageIfAvailable {
      addQuoted(UnsafeRawBufferPointer($0), escapingThrough: text)
    }
    if written == nil { text.utf8Span.span.withUnsafeBytes { addQuoted($0, escapingThrough: text) } }
  }

  /// Writes UTF-8 `bytes` as a JSON string: as they are between quotes when nothing in them needs escaping,
  /// else through `JSONText.quoted` (of `text` when the caller has them as a string).
  mutating func addQuoted(_ bytes: UnsafeRawBufferPointer, escapingThrough text: String? = nil) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return add("\"\"") }
    guard !Self.needsEscaping(bytes) else {
      return add(JSONText.quoted(text ?? String(decoding: bytes, as: UTF8.self)))
    }
    room(bytes.count + 2)
    base.storeBytes(of: UInt8(ascii: "\""), toByteOffset: count, as: UInt8.self)
    (base + count + 1).copyMemory(from: source, byteCount: bytes.count)
    base.storeBytes(of: UInt8(ascii: "\""), toByteOffset: count + 1 + bytes.count, as: UInt8.self)
    count += bytes.count + 2
  }

  /// Whether any byte is a control character, `"` or `\\` (what a JSON string must escape; bytes of 0x80 and
  /// up are UTF-8 and go as they are). Eight bytes at a time (`ByteWords`), the three tests joined without
  /// branches: a byte-wise tail and a branch per test cost ~135 instructions a string, eight strings a line.
  static func needsEscaping(_ bytes: UnsafeRawBufferPointer) -> Bool {
    ByteWords.any(in: bytes, padding: UInt8(ascii: " ")) { word in
      ByteWords.below(word, 0x20) | ByteWords.equal(word, 0x22) | ByteWords.equal(word, 0x5C) != 0
    }
  }

  /// Writes `number` in decimal, as `String(number)` writes it.
  mutating func addDecimal(_ number: Int) {
    if number < 0 { add(UInt8(ascii: "-")) }
    addDigits(UInt64(number.magnitude), fractionDigits: 0)
  }

  /// Writes `duration` in milliseconds with three decimals (`12.345`, `-0.500`).
  mutating func addMilliseconds(_ duration: Duration) {
    // `components` cost ~186 instructions, two per line, and `attoseconds` with a 128-bit division ~200: a
    // count that fits 64 bits (under 9.2 s: nearly every call) is read from the duration's two words (its
    // layout is frozen) and divided as one.
    let low = duration._low, high = duration._high
    let micros = high == (Int64(bitPattern: low) >> 63)
      ? Int64(bitPattern: low) / 1_000_000_000_000
      : Int64(clamping: duration.attoseconds / 1_000_000_000_000)
    // The microseconds written as one number with a dot before their last three digits (no division into
    // whole milliseconds and fraction, no second routine for the fraction's three digits).
    if micros < 0 { add(UInt8(ascii: "-")) }
    addDigits(micros.magnitude, fractionDigits: 3)
  }

  /// Writes `value` in decimal, with a `.` before its last `fractionDigits` digits when there are any (and a
  /// digit before the dot at least: `0.005`). The digits are counted by comparisons, not divisions, and
  /// written from the right in one pass, two at a time.
  @inline(__always)
  private mutating func addDigits(_ value: UInt64, fractionDigits: Int) {
    var digits = 1
    var limit: UInt64 = 10
    // 20 digits at most (`UInt64.max`); `limit` wraps only past the last comparison.
    while digits < 20, value >= limit {
      digits += 1
      limit &*= 10
    }
    digits = Swift.max(digits, fractionDigits + 1)
    let length = fractionDigits > 0 ? digits + 1 : digits
    room(length)
    var rest = value
    let end = count + length
    if fractionDigits > 0 {
      storeDigits(of: &rest, count: fractionDigits, endingAt: end)
      base.storeBytes(of: UInt8(ascii: "."), toByteOffset: end - fractionDigits - 1, as: UInt8.self)
    }
    storeDigits(of: &rest, count: digits - fractionDigits, endingAt: count + digits - fractionDigits)
    count += length
  }

  /// Stores the last `count` decimal digits of `value` so that they end at offset `end`, and takes them off
  /// `value`: two at a time from `digitPairs` (one division and one store per pair of digits; a digit at a
  /// time cost ~40 instructions more per line, its two durations having five or six digits under callgrind).
  @inline(__always)
  private func storeDigits(of value: inout UInt64, count: Int, endingAt end: Int) {
    var at = end
    var left = count
    let pairs = UnsafeRawPointer(Self.digitPairs.utf8Start)
    while left >= 2 {
      let pair = Int(truncatingIfNeeded: value % 100)
      value /= 100
      at -= 2
      base.storeBytes(of: pairs.loadUnaligned(fromByteOffset: 2 * pair, as: UInt16.self), toByteOffset: at,
                      as: UInt16.self)
      left -= 2
    }
    if left == 1 {
      base.storeBytes(of: UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10), toByteOffset: at - 1,
                      as: UInt8.self)
      value /= 10
    }
  }

  /// `00` to `99`, each number's two digits at twice its offset.
  private static let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
}

extension Array where Element == UInt8 {
  /// Appends what `body` writes, at most `maxBytes` (the lines of the usual path and of tests; a relayed
  /// call's line is written into the log sink's buffer instead).
  mutating func appendWritten(maxBytes: Int, _ body: (inout AccessLineWriter) -> Void) {
    let written = [UInt8](unsafeUninitializedCapacity: Swift.max(1, maxBytes)) { buffer, initialized in
      initialized = 0
      guard let address = buffer.baseAddress else { return }
      var writer = AccessLineWriter(base: UnsafeMutableRawPointer(address), capacity: buffer.count)
      body(&writer)
      initialized = writer.count
    }
    append(contentsOf: written)
  }
}
