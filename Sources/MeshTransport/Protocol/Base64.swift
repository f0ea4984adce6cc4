/// Base64 (RFC 4648 §4, the standard alphabet) for `-bin` metadata values.
///
/// PROTOCOL-HTTP2.md: implementations emit unpadded values and accept padded and unpadded ones; a
/// header that joins several values with `,` is split before decoding.
package enum Base64 {
  /// Why a value is not valid base64.
  struct DecodingError: Error, Hashable, CustomStringConvertible {
    /// The offset of the offending character, or the length when the value ends too early.
    let offset: Int
    /// What is wrong.
    let reason: String

    var description: String { "invalid base64 at offset \(offset): \(reason)" }
  }

  private static let alphabet: [UInt8] = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  /// Maps an ASCII byte to its 6-bit value; 0xFF for bytes outside the alphabet.
  private static let decodeTable: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
    return table
  }()

  /// Encodes bytes without padding.
  /// - Parameter bytes: the value of a `-bin` entry.
  package static func encode(_ bytes: some Collection<UInt8>) -> String {
    let fast = bytes.withContiguousStorageIfAvailable { encode(UnsafeRawBufferPointer($0)) }
    return fast ?? Array(bytes).withUnsafeBytes { encode($0) }
  }

  /// Encodes raw bytes without padding.
  /// - Parameter input: the bytes.
  static func encode(_ input: UnsafeRawBufferPointer) -> String {
    let count = input.count
    let outputCount = (count / 3) * 4 + [0, 2, 3][count % 3]
    return String(unsafeUninitializedCapacity: outputCount) { output in
      alphabet.withUnsafeBufferPointer { table in
        var out = 0
        var index = 0
        while index + 3 <= count {
          let word = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8 | UInt32(input[index + 2])
          output[out] = table[Int(word >> 18)]
          output[out + 1] = table[Int(word >> 12 & 0x3F)]
          output[out + 2] = table[Int(word >> 6 & 0x3F)]
          output[out + 3] = table[Int(word & 0x3F)]
          out += 4
          index += 3
        }
        switch count - index {
        case 1:
          let word = UInt32(input[index]) << 16
          output[out] = table[Int(word >> 18)]
          output[out + 1] = table[Int(word >> 12 & 0x3F)]
        case 2:
          let word = UInt32(input[index]) << 16 | UInt32(input[index + 1]) << 8
          output[out] = table[Int(word >> 18)]
          output[out + 1] = table[Int(word >> 12 & 0x3F)]
          output[out + 2] = table[Int(word >> 6 & 0x3F)]
        default: break
        }
      }
      return outputCount
    }
  }

  /// Decodes one base64 value, padded or not.
  /// - Parameter value: the text.
  /// - Throws: `DecodingError` for a character outside the alphabet, misplaced padding or a length
  ///   no encoding produces.
  static func decode(_ value: some StringProtocol) throws(DecodingError) -> [UInt8] {
    var text = String(value)
    let result = text.withUTF8 { bytes in
      Result { () throws(DecodingError) -> [UInt8] in try decode(UnsafeRawBufferPointer(bytes)) }
    }
    return try result.get()
  }

  /// Decodes the raw bytes of one base64 value, padded or not.
  /// - Parameter input: the ASCII text.
  static func decode(_ input: UnsafeRawBufferPointer) throws(DecodingError) -> [UInt8] {
    var count = input.count
    // Up to two `=` end a padded value; the padded length must then be a multiple of 4.
    if count > 0, input[count - 1] == UInt8(ascii: "=") {
      guard count % 4 == 0 else { throw DecodingError(offset: count - 1, reason: "padding on a length not a multiple of 4") }
      count -= 1
      if input[count - 1] == UInt8(ascii: "=") { count -= 1 }
    }
    guard count % 4 != 1 else { throw DecodingError(offset: count, reason: "a length no encoding produces") }
    let outputCount = (count / 4) * 3 + [0, 0, 1, 2][count % 4]
    var failure: DecodingError?
    let output = [UInt8](unsafeUninitializedCapacity: outputCount) { output, initialized in
      decodeTable.withUnsafeBufferPointer { table in
        var out = 0
        var index = 0
        while index < count {
          let chunk = min(4, count - index)
          var word: UInt32 = 0
          for offset in 0..<chunk {
            let value = table[Int(input[index + offset])]
            if value == 0xFF {
              let byte = input[index + offset]
              failure = DecodingError(
                offset: index + offset,
                reason: byte == UInt8(ascii: "=") ? "padding before the end" : "byte \(byte) is not in the alphabet")
              return
            }
            word = word << 6 | UInt32(value)
          }
          word <<= UInt32(6 * (4 - chunk))
          output[out] = UInt8(truncatingIfNeeded: word >> 16)
          if chunk > 2 { output[out + 1] = UInt8(truncatingIfNeeded: word >> 8) }
          if chunk > 3 { output[out + 2] = UInt8(truncatingIfNeeded: word) }
          out += chunk - 1
          index += chunk
        }
      }
      initialized = failure == nil ? outputCount : 0
    }
    if let failure { throw failure }
    return output
  }

  /// Decodes a `-bin` header whose value may join several values with `,`.
  /// - Parameter value: the header value as received.
  /// - Returns: one byte array per value, in order.
  static func decodeValues(_ value: String) throws(DecodingError) -> [[UInt8]] {
    guard value.utf8.contains(UInt8(ascii: ",")) else { return [try decode(value)] }
    var values: [[UInt8]] = []
    for part in value.split(separator: ",", omittingEmptySubsequences: false) {
      try values.append(decode(part.trimmingASCIISpaces()))
    }
    return values
  }
}

extension Substring {
  /// The text without leading or trailing spaces and tabs.
  func trimmingASCIISpaces() -> Substring {
    var result = self
    while let first = result.utf8.first, first == 0x20 || first == 0x09 { result = result.dropFirst() }
    while let last = result.utf8.last, last == 0x20 || last == 0x09 { result = result.dropLast() }
    return result
  }
}
