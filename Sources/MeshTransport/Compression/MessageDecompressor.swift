import CZlib
import MeshCore

/// Decompresses the messages of one stream in one encoding (gzip or deflate), on zlib, with a bound on
/// the output so that a small message that inflates to gigabytes (a zip bomb) costs at most
/// `limit` bytes plus a 64 KiB scratch buffer and ends in `RESOURCE_EXHAUSTED`.
///
/// One context per message (reset between messages, never reallocated). Not thread-safe.
final class MessageDecompressor {
  /// The encoding read.
  let algorithm: CompressionAlgorithm
  private let stream: UnsafeMutablePointer<z_stream>
  /// Made on the first message: a stream whose peer announced compression but sends no compressed
  /// message (an empty reply, as a gateway's upstream sends) never pays for zeroing 64 KiB.
  private var scratch: [UInt8] = []

  /// Creates a decompressor.
  /// - Parameter algorithm: gzip or deflate; identity has no decompressor.
  /// - Throws: `RPCError` (`.internal`) when zlib cannot allocate its state.
  init(algorithm: CompressionAlgorithm) throws(RPCError) {
    guard let format = ZlibFormat(algorithm) else {
      preconditionFailure("no decompressor for \(algorithm)")
    }
    self.algorithm = algorithm
    stream = .allocate(capacity: 1)
    stream.initialize(to: z_stream())
    let result = CZlib_inflateInit2(stream, format.windowBits)
    guard result == Z_OK else {
      stream.deinitialize(count: 1)
      stream.deallocate()
      throw RPCError(code: .internal, message: "zlib could not start a \(algorithm) decompressor (error \(result)).")
    }
  }

  deinit {
    inflateEnd(stream)
    stream.deinitialize(count: 1)
    stream.deallocate()
  }

  /// Decompresses one whole message.
  /// - Parameters:
  ///   - input: the compressed message, exactly one gzip member or zlib stream.
  ///   - limit: the largest decompressed size allowed, in bytes.
  /// - Returns: the decompressed message.
  /// - Throws: `RPCError`: `.resourceExhausted` past `limit`; `.internal` for corrupt, truncated or
  ///   trailing data.
  func decompress(_ input: UnsafeRawBufferPointer, limit: Int) throws(RPCError) -> [UInt8] {
    defer {
      inflateReset(stream)
      stream.pointee.next_in = nil
      stream.pointee.next_out = nil
    }
    if scratch.isEmpty { scratch = [UInt8](repeating: 0, count: 64 * 1024) }
    var output: [UInt8] = []
    output.reserveCapacity(min(limit, max(256, input.count &* 4)))
    stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
    stream.pointee.avail_in = uInt(input.count)
    while true {
      // zlib writes into a fixed scratch buffer, so memory grows only with what is accepted.
      let (result, produced) = scratch.withUnsafeMutableBufferPointer { scratch in
        stream.pointee.next_out = scratch.baseAddress
        stream.pointee.avail_out = uInt(scratch.count)
        let result = inflate(stream, Z_NO_FLUSH)
        return (result, scratch.count - Int(stream.pointee.avail_out))
      }
      if produced > limit - output.count {
        throw RPCError(
          code: .resourceExhausted,
          message: "The \(algorithm) message decompresses to more than the limit of \(limit) bytes.")
      }
      scratch.withUnsafeBufferPointer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<produced])) }
      switch result {
      case Z_STREAM_END:
        guard stream.pointee.avail_in == 0 else {
          throw RPCError(code: .internal, message: "The \(algorithm) message has \(stream.pointee.avail_in) bytes after its end.")
        }
        return output
      case Z_OK, Z_BUF_ERROR:
        if stream.pointee.avail_out == 0 { continue }  // the scratch buffer filled up
        if stream.pointee.avail_in == 0 {
          throw RPCError(code: .internal, message: "The \(algorithm) message is truncated.")
        }
        if result == Z_BUF_ERROR {
          throw RPCError(code: .internal, message: "zlib made no progress on the \(algorithm) message.")
        }
      default:
        throw RPCError(code: .internal, message: "The \(algorithm) message is corrupt: \(zlibMessage(result)).")
      }
    }
  }

  /// Decompresses one whole message held in an array.
  /// - Parameters:
  ///   - input: the compressed message.
  ///   - limit: the largest decompressed size allowed.
  func decompress(_ input: [UInt8], limit: Int) throws(RPCError) -> [UInt8] {
    let result = input.withUnsafeBytes { bytes in
      Result { () throws(RPCError) -> [UInt8] in try decompress(bytes, limit: limit) }
    }
    return try result.get()
  }

  private func zlibMessage(_ result: Int32) -> String {
    if let message = stream.pointee.msg { return String(cString: message) }
    return "zlib error \(result)"
  }
}
