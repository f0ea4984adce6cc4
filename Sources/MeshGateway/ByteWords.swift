/// Tests on eight bytes at once, for the relay's checks of short texts it passes on as they are (the access
/// line's escape check, the path check): a byte-wise loop cost ~6 instructions a byte more, and a short tail
/// read byte by byte, or copied, ~20 more per text.
enum ByteWords {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Nonzero when a byte of `word` is below `n` (n <= 0x80): exact for the word as a whole, as `any` asks
  /// (a byte below `n` sets its high bit in `(w - n*ones) & ~w`; a borrow sets bits only above one that is).
  @inline(__always)
  static func below(_ word: UInt64, _ n: UInt64) -> UInt64 { (word &- n &* ones) & ~word & highs }

  /// Nonzero when a byte of `word` is `byte` (exact for the word as a whole, as `below`).
  @inline(__always)
  static func equal(_ word: UInt64, _ byte: UInt64) -> UInt64 { below(word ^ (byte &* ones), 1) }

  /// Whether `test` holds for a word of `bytes`: eight bytes at a time, a tail after a full word as the last
  /// eight bytes read again, and a text shorter than a word as one word padded with `padding` (a byte
  /// `test` must not hold for).
  @inline(__always)
  static func any(in bytes: UnsafeRawBufferPointer, padding: UInt8, _ test: (UInt64) -> Bool) -> Bool {
    var index = 0
    while index + 8 <= bytes.count {
      if test(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return true }
      index += 8
    }
    guard index < bytes.count else { return false }
    if bytes.count >= 8 { return test(bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)) }
    // Shorter than a word (`index` is 0): copied into a padded one.
    var last = UInt64(padding) &* ones
    withUnsafeMutableBytes(of: &last) { $0.copyMemory(from: bytes) }
    return test(last)
  }

  /// Whether every byte of `word` is a lower-case hex digit (`0`-`9`, `a`-`f`). Bytes past ASCII fail first;
  /// for the rest, `b + (0x80 - lo)` has its high bit set when `b >= lo` and `b + (0x7F - hi)` when `b > hi`,
  /// with no carry into the next byte (every sum stays below 0x100).
  @inline(__always)
  static func allLowerHex(_ word: UInt64) -> Bool {
    guard word & highs == 0 else { return false }
    let digit = (word &+ 0x50 &* ones) & ~(word &+ 0x46 &* ones)
    let letter = (word &+ 0x1F &* ones) & ~(word &+ 0x19 &* ones)
    return (digit | letter) & highs == highs
  }

  /// Whether `count` bytes (a multiple of 8) from `offset` are lower-case hex digits and not all `0`.
  @inline(__always)
  static func lowerHexNotZero(_ bytes: UnsafeRawBufferPointer, at offset: Int, count: Int) -> Bool {
    var zeros = true
    var index = offset
    while index < offset + count {
      let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      guard allLowerHex(word) else { return false }
      zeros = zeros && word == 0x30 &* ones
      index += 8
    }
    return !zeros
  }
}
