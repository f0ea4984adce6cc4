public import MeshCore

// Temporary: replaced by the Framing/ blocks when they are merged.
struct GRPCMessageDeframer {
  let maxMessageBytes: Int
  private var buffer: [UInt8] = []
  private var offset = 0
  init(maxMessageBytes: Int) { self.maxMessageBytes = maxMessageBytes }
  mutating func setEncoding(_ algorithm: CompressionAlgorithm) {}

  mutating func append(_ bytes: UnsafeRawBufferPointer) { buffer.append(contentsOf: bytes) }

  mutating func next() throws -> [UInt8]? {
    guard buffer.count - offset >= 5 else { return nil }
    let flag = buffer[offset]
    let length = Int(buffer[offset + 1]) << 24 | Int(buffer[offset + 2]) << 16 | Int(buffer[offset + 3]) << 8 | Int(buffer[offset + 4])
    if length > maxMessageBytes {
      throw RPCError(code: .resourceExhausted, message: "Message of \(length) bytes exceeds the limit of \(maxMessageBytes).")
    }
    if flag != 0 { throw RPCError(code: .internal, message: "Compressed message with no encoding.") }
    guard buffer.count - offset - 5 >= length else { return nil }
    let message = Array(buffer[(offset + 5)..<(offset + 5 + length)])
    offset += 5 + length
    if offset == buffer.count { buffer.removeAll(keepingCapacity: true); offset = 0 }
    return message
  }

  func finish() throws {
    if buffer.count > offset { throw RPCError(code: .internal, message: "The stream ended in the middle of a message.") }
  }
}

enum GRPCMessageFramer {
  static func append(_ message: [UInt8], to buffer: inout [UInt8]) {
    let n = UInt32(message.count)
    buffer.append(0)
    buffer.append(UInt8(n >> 24)); buffer.append(UInt8((n >> 16) & 0xff)); buffer.append(UInt8((n >> 8) & 0xff)); buffer.append(UInt8(n & 0xff))
    buffer.append(contentsOf: message)
  }
}
