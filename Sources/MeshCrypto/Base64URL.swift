/// Base64url without padding (RFC 4648 §5), as JOSE uses it, with strict decoding.
public enum Base64URL {
  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)
  private static let table: [UInt8] = {
    var t = [UInt8](repeating: 0xFF, count: 256)
    for (i, c) in alphabet.enumerated() { t[Int(c)] = UInt8(i) }
    return t
  }()

  /// Encodes bytes without `=` padding.
  /// - Parameters:
  ///   - bytes: the bytes to encode.
  public static func encode(_ bytes: some Collection<UInt8>) -> String {
    let input = Array(bytes)
    var out = [UInt8]()
    out.reserveCapacity((input.count * 4 + 2) / 3)
    var i = 0
    while i + 3 <= input.count {
      let n = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8 | UInt32(input[i + 2])
      out += [alphabet[Int(n >> 18)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)], alphabet[Int(n & 63)]]
      i += 3
    }
    switch input.count - i {
    case 1:
      let n = UInt32(input[i]) << 16
      out += [alphabet[Int(n >> 18)], alphabet[Int(n >> 12 & 63)]]
    case 2:
      let n = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8
      out += [alphabet[Int(n >> 18)], alphabet[Int(n >> 12 & 63)], alphabet[Int(n >> 6 & 63)]]
    default: break
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Decodes unpadded base64url, refusing padding, whitespace, characters outside the alphabet,
  /// impossible lengths and non-zero trailing bits (so each byte string has one encoding).
  /// - Parameters:
  ///   - text: the encoded text.
  /// - Returns: the bytes, or nil when `text` is not canonical base64url.
  public static func decode(_ text: some StringProtocol) -> [UInt8]? {
    let chars = Array(text.utf8)
    if chars.count % 4 == 1 { return nil }
    var out = [UInt8]()
    out.reserveCapacity(chars.count * 3 / 4)
    var accumulator: UInt32 = 0
    var bits = 0
    for c in chars {
      let v = table[Int(c)]
      if v == 0xFF { return nil }
      accumulator = accumulator << 6 | UInt32(v)
      bits += 6
      if bits >= 8 {
        bits -= 8
        out.append(UInt8(truncatingIfNeeded: accumulator >> UInt32(bits)))
        accumulator &= (1 << UInt32(bits)) - 1
      }
    }
    // Leftover bits must be zero, or two texts would decode to the same bytes.
    return accumulator == 0 ? out : nil
  }
}
