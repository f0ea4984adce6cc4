public import MeshCore

/// Incremental base64 decoding of a `application/grpc-web-text` body.
///
/// The body may arrive in chunks cut anywhere, and a client may send several independently padded base64
/// chunks one after another (`AAAA` `AA==` `AAA=` …), so padding ends a 4-character group, not the body.
/// Line breaks and spaces between groups are skipped.
public struct GRPCWebTextDecoder: Sendable {
  private var quartet: [UInt8] = []
  private var offset = 0

  /// Creates a decoder.
  public init() { quartet.reserveCapacity(4) }

  /// Decodes the characters of a chunk.
  /// - Parameter characters: base64 text as bytes.
  /// - Returns: the bytes decoded so far (the last incomplete group waits for the next chunk).
  /// - Throws: `RPCError` (`.invalidArgument`) naming the offset of a character that is not base64 or a
  ///   misplaced `=`.
  public mutating func append(_ characters: [UInt8]) throws(RPCError) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(characters.count / 4 * 3)
    for character in characters {
      defer { offset += 1 }
      switch character {
      case UInt8(ascii: " "), UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: "\t"):
        continue
      case UInt8(ascii: "="):
        // Padding may only complete a group that holds two or three characters already.
        guard quartet.count >= 2 else { throw invalid("'=' where no padding can be") }
        quartet.append(character)
        if quartet.count == 4 { try flush(into: &out) }
      default:
        guard EdgeBase64.values[Int(character)] != 0xFF else {
          throw invalid("byte 0x\(String(character, radix: 16)) is not base64")
        }
        // After `=` the group must end with `=`.
        guard !quartet.contains(UInt8(ascii: "=")) else { throw invalid("data after padding in a group") }
        quartet.append(character)
        if quartet.count == 4 { try flush(into: &out) }
      }
    }
    return out
  }

  /// Ends the text: decodes a last group that came without padding.
  /// - Returns: its bytes.
  /// - Throws: `RPCError` (`.invalidArgument`) when a single character is left over or padding is unfinished.
  public mutating func finish() throws(RPCError) -> [UInt8] {
    guard !quartet.isEmpty else { return [] }
    guard quartet.count >= 2, !quartet.contains(UInt8(ascii: "=")) else {
      throw invalid("the text ends inside a 4-character group")
    }
    var out: [UInt8] = []
    try flush(into: &out)
    return out
  }

  private mutating func flush(into out: inout [UInt8]) throws(RPCError) {
    let data = quartet.prefix { $0 != UInt8(ascii: "=") }
    guard data.count >= 2 else { throw invalid("a group with fewer than two characters") }
    var group: UInt32 = 0
    for (index, character) in data.enumerated() {
      group |= UInt32(EdgeBase64.values[Int(character)]) << UInt32(18 - 6 * index)
    }
    out.append(UInt8(group >> 16 & 0xFF))
    if data.count >= 3 { out.append(UInt8(group >> 8 & 0xFF)) }
    if data.count == 4 { out.append(UInt8(group & 0xFF)) }
    quartet.removeAll(keepingCapacity: true)
  }

  private func invalid(_ reason: String) -> RPCError {
    RPCError(code: .invalidArgument, message: "Invalid base64 in the grpc-web-text body at offset \(offset): \(reason).")
  }
}
