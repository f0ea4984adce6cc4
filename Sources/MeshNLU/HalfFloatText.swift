import Foundation

/// Unit vectors as base64 of little-endian IEEE half floats: how the heads' caches store their neighbour rows
/// (a cosine moves by under 0.001, and BANKING77's 10,003 × 768 take 15 MB instead of 100 MB of decimal text,
/// which every start would parse).
enum HalfFloatText {
  /// The text of `values`.
  static func encode(_ values: [Float]) -> String {
    var bytes = [UInt8]()
    bytes.reserveCapacity(values.count * 2)
    for v in values {
      let bits = Float16(v).bitPattern
      bytes.append(UInt8(bits & 0xFF))
      bytes.append(UInt8(bits >> 8))
    }
    return Data(bytes).base64EncodedString()
  }

  /// `encode`'s floats (a non-finite half as 0), or nil when the text is not base64 of whole half floats.
  static func decode(_ text: String) -> [Float]? {
    guard let bytes = Data(base64Encoded: text), bytes.count % 2 == 0 else { return nil }
    var out = [Float](repeating: 0, count: bytes.count / 2)
    bytes.withUnsafeBytes { raw in
      for i in out.indices {
        let v = Float(Float16(bitPattern: UInt16(raw[2 * i]) | UInt16(raw[2 * i + 1]) << 8))
        out[i] = v.isFinite ? v : 0
      }
    }
    return out
  }
}
