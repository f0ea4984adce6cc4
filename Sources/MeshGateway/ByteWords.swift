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
}
