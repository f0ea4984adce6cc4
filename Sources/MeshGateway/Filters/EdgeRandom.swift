import Glibc

/// The random numbers behind request ids and trace ids: xoshiro256** with one state per thread, seeded
/// once from the operating system.
///
/// These ids need to be unique, not secret: W3C Trace Context asks for random trace ids so they do not
/// collide, and a request id only has to tell requests apart. Nothing is authorised or protected by
/// knowing one, so a fast generator is enough; what needs secrecy (keys, tokens) keeps using
/// `SecureRandom`. Before this, every request made two `getrandom` system calls, about a tenth of the
/// gateway's time per call.
enum EdgeRandom {
  /// xoshiro256** (Blackman and Vigna): 256 bits of state, period 2^256 − 1.
  struct Generator {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    /// Seeded from the operating system (`getrandom`).
    init() {
      var system = SystemRandomNumberGenerator()
      state = (system.next(), system.next(), system.next(), system.next())
      // An all-zero state would only ever give zeros; 2^-256 away, but cheap to rule out.
      if state == (0, 0, 0, 0) { state.0 = 0x9E37_79B9_7F4A_7C15 }
    }

    mutating func next() -> UInt64 {
      let result = rotate(state.1 &* 5, 7) &* 9
      let shifted = state.1 << 17
      state.2 ^= state.0
      state.3 ^= state.1
      state.1 ^= state.2
      state.0 ^= state.3
      state.2 ^= shifted
      state.3 = rotate(state.3, 45)
      return result
    }

    private func rotate(_ value: UInt64, _ count: UInt64) -> UInt64 { (value << count) | (value >> (64 - count)) }
  }

  /// The calling thread's generator, made on its first use and freed with the thread.
  private static let key: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key) { state in state?.assumingMemoryBound(to: Generator.self).deallocate() }
    return key
  }()

  /// 64 random bits from the calling thread's generator.
  static func next() -> UInt64 {
    if let state = pthread_getspecific(key) {
      return state.assumingMemoryBound(to: Generator.self).pointee.next()
    }
    let state = UnsafeMutablePointer<Generator>.allocate(capacity: 1)
    state.initialize(to: Generator())
    pthread_setspecific(key, state)
    return state.pointee.next()
  }

  /// 64 random bits that are not all zero (W3C ids must not be all zero).
  static func nonZero() -> UInt64 {
    while true {
      let value = next()
      if value != 0 { return value }
    }
  }

  /// Writes `value`'s 16 lowercase hex digits, most significant first, at `offset` (an id written into a
  /// header value's bytes, with no `String` or array made).
  /// - Parameters:
  ///   - buffer: at least `offset + 16` bytes.
  static func writeHex(_ value: UInt64, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) {
    precondition(offset >= 0 && offset + 16 <= buffer.count, "hex digits past the buffer")
    guard let base = buffer.baseAddress else { return }
    let raw = UnsafeMutableRawPointer(base + offset)
    raw.storeBytes(of: hexDigits(UInt32(truncatingIfNeeded: value >> 32)), as: UInt64.self)
    raw.storeBytes(of: hexDigits(UInt32(truncatingIfNeeded: value)), toByteOffset: 8, as: UInt64.self)
  }

  /// `value`'s 8 lowercase hex digits, most significant first, as the 8 bytes of a UInt64 in memory order
  /// (stored as it is, it writes them in one go): each nibble spread to a byte, then made a digit without a
  /// branch. A digit at a time with its bounds check cost ~290 instructions per 16 digits.
  @inline(__always)
  static func hexDigits(_ value: UInt32) -> UInt64 {
    var spread = UInt64(value)
    spread = (spread | spread << 16) & 0x0000_FFFF_0000_FFFF
    spread = (spread | spread << 8) & 0x00FF_00FF_00FF_00FF
    spread = (spread | spread << 4) & 0x0F0F_0F0F_0F0F_0F0F
    // 0x01 in each byte whose nibble is 10 or more: those get `a`-`f` (39 past `0` + 10), the rest `0`-`9`
    // (no byte carries into the next: each stays at most 0x66).
    let letters = ((spread &+ 0x0606_0606_0606_0606) >> 4) & 0x0101_0101_0101_0101
    // The most significant nibble is the highest byte: big endian puts it first in memory.
    return (spread &+ 0x3030_3030_3030_3030 &+ letters &* 39).bigEndian
  }

  /// Lowercase hex digits of `values`, 16 per value, most significant first; `dashes` are the digit
  /// offsets after which a `-` goes (a UUID's layout).
  static func hex(_ values: [UInt64], dashes: [Int] = []) -> String {
    let digits = values.count * 16
    return String(unsafeUninitializedCapacity: digits + dashes.count) { buffer in
      var written = 0
      var digit = 0
      for value in values {
        for shift in stride(from: 60, through: 0, by: -4) {
          let nibble = UInt8(truncatingIfNeeded: value >> UInt64(shift)) & 0x0F
          buffer[written] = nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
          written += 1
          digit += 1
          if dashes.contains(digit) {
            buffer[written] = UInt8(ascii: "-")
            written += 1
          }
        }
      }
      return written
    }
  }
}
