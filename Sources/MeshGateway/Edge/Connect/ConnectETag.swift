/// A strong validator for GET responses: a 64-bit FNV-1a hash of the body, so identical answers share a tag.
enum ConnectETag {
  /// The quoted tag of a body.
  static func of(_ body: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in body {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    let hex = String(hash, radix: 16)
    return "\"" + String(repeating: "0", count: 16 - hex.count) + hex + "\""
  }

  /// Whether an `If-None-Match` header names the tag (or is `*`).
  static func matches(_ header: String?, _ tag: String) -> Bool {
    guard let header else { return false }
    return header.split(separator: ",").contains { candidate in
      let value = candidate.trimmingSpaces
      return value == "*" || value == tag || value == "W/" + tag
    }
  }
}
