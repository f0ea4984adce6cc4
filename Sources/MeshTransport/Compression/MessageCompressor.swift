import CZlib
import MeshCore

/// Compresses the messages of one stream in one encoding (gzip or deflate), on zlib.
///
/// Each message gets a fresh compression context (PROTOCOL-HTTP2.md: contexts are not kept across
/// message boundaries); `deflateReset` gives one without reallocating zlib's 256 KiB of state, so a
/// stream keeps one compressor for all its messages. Not thread-safe: one stream, one event loop.
final class MessageCompressor {
  /// The encoding produced.
  let algorithm: CompressionAlgorithm
  // zlib's state points back at its z_stream, so the z_stream needs a stable address.
  private let stream: UnsafeMutablePointer<z_stream>
  /// Made on the first message (see `MessageDecompressor.scratch`).
  private var scratch: [UInt8] = []

  /// Creates a compressor.
  /// - Parameters:
  ///   - algorithm: gzip or deflate; identity has no compressor.
  ///   - level: zlib's level, 0 (store) to 9 (smallest); the default is zlib's (6).
  /// - Throws: `RPCError` (`.internal`) when zlib cannot allocate its state.
  init(algorithm: CompressionAlgorithm, level: Int32 = Z_DEFAULT_COMPRESSION) throws(RPCError) {
    guard let format = ZlibFormat(algorithm) else {
      preconditionFailure("no compressor for \(algorithm)")
    }
    self.algorithm = algorithm
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    let result = CZlib_deflateInit2(stream, level, format.windowBits)
    guard result == Z_OK else {
      stream.deinitialize(count: 1)
      stream.deallocate()
      throw RPCError(code: .internal, message: "zlib could not start a \(algorithm) compressor (error \(result)).")
    }
  }

  deinit {
    deflateEnd(stream)
    stream.deinitialize(count: 1)
    stream.deallocate()
  }

  /// Compresses one whole message and appends the result to `output`.
  /// - Parameters:
  ///   - input: the serialized message.
  ///   - output: the buffer to append to, usually the outbound frame buffer.
  /// - Returns: the number of bytes appended.
  @discardableResult
  func compress(_ input: UnsafeRawBufferPointer, appendingTo output: inout [UInt8]) -> Int {
    defer {
      deflateReset(stream)
      stream.pointee.next_in = nil
      stream.pointee.next_out = nil
    }
    // Reserving deflateBound up front keeps appends from reallocating; zlib writes into a scratch
    // buffer because Swift arrays cannot expose uninitialized spare capacity to C.
    if scratch.isEmpty { scratch = [UInt8](repeating: 0, count: 32 * 1024) }
    output.reserveGrowing(Int(deflateBound(stream, uLong(input.count))))
    stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
    stream.pointee.avail_in = uInt(input.count)
    var appended = 0
    while true {
      let result = scratch.withUnsafeMutableBufferPointer { scratch in
        stream.pointee.next_out = scratch.baseAddress
        stream.pointee.avail_out = uInt(scratch.count)
        let result = deflate(stream, Z_FINISH)
        let produced = scratch.count - Int(stream.pointee.avail_out)
        output.append(contentsOf: UnsafeBufferPointer(rebasing: scratch[..<produced]))
        appended += produced
        return result
      }
      if result == Z_STREAM_END { return appended }
      // With Z_FINISH, Z_OK and Z_BUF_ERROR only mean the scratch buffer filled up.
      precondition(result == Z_OK || result == Z_BUF_ERROR, "deflate failed (\(result))")
    }
  }

  /// Compresses one whole message into a new array.
  /// - Parameter input: the serialized message.
  func compress(_ input: [UInt8]) -> [UInt8] {
    var output: [UInt8] = []
    input.withUnsafeBytes { _ = compress($0, appendingTo: &output) }
    return output
  }
}
