/// Base64 as the edge protocols need it: the standard alphabet with padding for gRPC-Web text bodies
/// and `-bin` headers, and the URL alphabet without padding for Connect's GET `message` and binary
/// metadata. Decoding accepts either padding style and reports where the input is wrong.
public enum EdgeBase64 {
  private static let standard: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
  private static let url: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

  /// The value of each base64 character of both alphabets (`+`/`-` → 62, `/`/`_` → 63), 0xFF otherwise.
  static let values: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    for (index, byte) in standard.enumerated() { table[Int(byte)] = UInt8(index) }
    table[Int(UInt8(ascii: "-"))] = 62
    table[Int(UInt8(ascii: "_"))] = 63
    return table
  }()

  /// Encodes bytes.
  /// - Parameters:
  ///   - bytes: the bytes.
  ///   - urlSafe: use `-` and `_` instead of `+` and `/`.
  ///   - padded: end with `=` to a multiple of four characters.
  public static func encode(_ bytes: [UInt8], urlSafe: Bool = false, padded: Bool = true) -> String {
    let alphabet = urlSafe ? url : standard
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index + 3 <= bytes.count {
      let group = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
      for shift in [18, 12, 6, 0] { out.append(alphabet[Int(group >> UInt32(shift) & 63)]) }
      index += 3
    }
    let rest = bytes.count - index
    if rest > 0 {
      let group = UInt32(bytes[index]) << 16 | (rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0)
      out.append(alphabet[Int(group >> 18 & 63)])
      out.append(alphabet[Int(group >> 12 & 63)])
      if rest == 2 { out.append(alphabet[Int(group >> 6 & 63)]) }
      if padded { out += Array(repeating: UInt8(ascii: "="), count: 3 - rest) }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Decodes one base64 text (either alphabet, padding optional).
  /// - Parameter text: the text.
  /// - Returns: the bytes, or nil when a character is outside the alphabets or the length is impossible.
  public static func decode(_ text: some StringProtocol) -> [UInt8]? {
    var decoder = GRPCWebTextDecoder()
    guard var bytes = try? decoder.append(Array(text.utf8)) else { return nil }
    guard let tail = try? decoder.finish() else { return nil }
    bytes += tail
    return bytes
  }
}
