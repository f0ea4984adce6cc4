/// Whether a word is in Debian's wamerican English word list, as a common (lower-case) entry or only as a
/// proper noun: the name tagger's sign that "rose" or "will" may be a word, and "Thabo" is no English word.
/// Kept as Bloom filters (`EnglishWords+Bits.swift`, made by mesh/scripts/make-english-words.py), so a few
/// words in a hundred outside the list read as listed; the tagger learns with the same filters.
enum EnglishWords {
  static let common = BitFilter(base64: commonBits)
  static let proper = BitFilter(base64: properBits)
}

/// A Bloom filter over `Bytes.wordHash` values: two probes, the hash's low and high 32 bits.
struct BitFilter: Sendable {
  private let bytes: [UInt8]
  private let mask: UInt64

  init(base64: String) {
    bytes = Base64.decode(base64)
    // A table of 2^k bytes holds 2^(k+3) bits; an empty table answers no.
    mask = bytes.isEmpty ? 0 : UInt64(bytes.count * 8 - 1)
  }

  @inline(__always) func contains(_ hash: UInt64) -> Bool {
    guard !bytes.isEmpty else { return false }
    let a = hash & mask, b = (hash >> 32) & mask
    return bytes[Int(a >> 3)] & (1 << UInt8(a & 7)) != 0 && bytes[Int(b >> 3)] & (1 << UInt8(b & 7)) != 0
  }
}

/// Standard base64 (RFC 4648, with padding) for the generated data files; other characters are skipped.
enum Base64 {
  static func decode(_ text: String) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count * 3 / 4)
    var acc: UInt32 = 0, bits = 0
    for c in text.utf8 {
      let v: UInt32
      switch c {
      case 0x41...0x5A: v = UInt32(c - 0x41)
      case 0x61...0x7A: v = UInt32(c - 0x61 + 26)
      case 0x30...0x39: v = UInt32(c - 0x30 + 52)
      case 0x2B: v = 62
      case 0x2F: v = 63
      default: continue
      }
      acc = acc << 6 | v
      bits += 6
      if bits >= 8 {
        bits -= 8
        out.append(UInt8((acc >> UInt32(bits)) & 0xFF))
      }
    }
    return out
  }

  static func encode(_ bytes: [UInt8]) -> String {
    let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var i = 0
    while i < bytes.count {
      let n = min(3, bytes.count - i)
      var chunk = UInt32(bytes[i]) << 16
      if n > 1 { chunk |= UInt32(bytes[i + 1]) << 8 }
      if n > 2 { chunk |= UInt32(bytes[i + 2]) }
      for k in 0..<4 { out.append(k <= n ? table[Int((chunk >> UInt32(18 - 6 * k)) & 63)] : 0x3D) }
      i += 3
    }
    return String(decoding: out, as: UTF8.self)
  }
}
