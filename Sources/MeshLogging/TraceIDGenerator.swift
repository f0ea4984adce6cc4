import Synchronization

/// Trace and span ids: SplitMix64 over a process-wide counter seeded once from the system generator.
///
/// Ids only have to be unique and hard to guess by accident, not secret. Drawn from
/// `SystemRandomNumberGenerator` a byte at a time they cost one `getrandom` system call per byte: eight
/// for every call a service serves (its span), twenty-four for a new trace. Keys, tokens and AES-GCM
/// nonces stay on the system generator (MeshCrypto's `SecureRandom`); nothing secret may come from here.
enum TraceIDGenerator {
  /// SplitMix64's increment (the golden ratio in 64 bits): successive states never repeat within 2^64 draws.
  private static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15
  private static let state = Atomic<UInt64>({
    var system = SystemRandomNumberGenerator()
    return system.next()
  }())

  /// The next 64 random-looking bits; any thread, no lock and no system call.
  static func next() -> UInt64 {
    // SplitMix64's output function is a bijection, so distinct states give distinct values.
    var z = state.wrappingAdd(gamma, ordering: .relaxed).newValue
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// `bytes` random bytes (a multiple of 8) as lowercase hex, never all zero (W3C's invalid value).
  static func hex(bytes: Int) -> String {
    precondition(bytes > 0 && bytes % 8 == 0, "ids are made of whole 64-bit words")
    let digits: [UInt8] = Array("0123456789abcdef".utf8)
    while true {
      var text = [UInt8]()
      text.reserveCapacity(bytes * 2)
      var allZero = true
      for _ in 0..<(bytes / 8) {
        let word = next()
        allZero = allZero && word == 0
        for shift in stride(from: 60, through: 0, by: -4) { text.append(digits[Int((word >> UInt64(shift)) & 0xF)]) }
      }
      if !allZero { return String(decoding: text, as: UTF8.self) }
    }
  }
}
