public import MeshCore
internal import CZlib

/// Connect's `gzip` request compression (`Content-Encoding` for unary calls, `compression` for GET,
/// `Connect-Content-Encoding` with flag 0x01 for stream envelopes): inflating one gzip member with a
/// limit on the inflated size, so a small bomb cannot grow past the message limit.
public enum ConnectGzip {
  /// The encodings the gateway takes, for `Accept-Encoding` when it refuses another.
  public static let accepted = "gzip, identity"

  /// Whether an encoding name is one the gateway inflates.
  /// - Parameter encoding: a `Content-Encoding`-style value, or nil for none.
  /// - Returns: nil when the encoding is not supported; otherwise whether it is gzip.
  public static func isGzip(_ encoding: String?) -> Bool? {
    guard let encoding = encoding?.trimmingSpaces.lowercased(), !encoding.isEmpty, encoding != "identity" else {
      return false
    }
    return encoding == "gzip" ? true : nil
  }

  /// Inflates one gzip member.
  /// - Parameters:
  ///   - input: the compressed bytes.
  ///   - limit: the largest inflated size accepted.
  /// - Returns: the inflated bytes.
  /// - Throws: `RPCError`: `.invalidArgument` for bytes that are not one whole gzip member,
  ///   `.resourceExhausted` past `limit`.
  public static func decompress(_ input: [UInt8], limit: Int) throws(RPCError) -> [UInt8] {
    var stream = z_stream()
    // 15 + 16: a 32 KiB window with a gzip header and trailer.
    guard CZlib_inflateInit2(&stream, 15 + 16) == Z_OK else {
      throw RPCError(code: .internal, message: "zlib could not start a gzip decompressor.")
    }
    defer { inflateEnd(&stream) }
    var output: [UInt8] = []
    var scratch = [UInt8](repeating: 0, count: 32 * 1024)
    var input = input
    return try input.withUnsafeMutableBufferPointer { (source: inout UnsafeMutableBufferPointer<UInt8>) throws(RPCError) -> [UInt8] in
      stream.next_in = source.baseAddress
      stream.avail_in = uInt(source.count)
      while true {
        let (result, produced) = scratch.withUnsafeMutableBufferPointer { buffer in
          stream.next_out = buffer.baseAddress
          stream.avail_out = uInt(buffer.count)
          let result = inflate(&stream, Z_NO_FLUSH)
          return (result, buffer.count - Int(stream.avail_out))
        }
        guard produced <= limit - output.count else {
          throw RPCError(code: .resourceExhausted, message: "The gzip message inflates to more than \(limit) bytes.")
        }
        output += scratch[..<produced]
        switch result {
        case Z_STREAM_END:
          guard stream.avail_in == 0 else {
            throw RPCError(code: .invalidArgument, message: "The gzip message has bytes after its end.")
          }
          return output
        case Z_OK, Z_BUF_ERROR:
          if stream.avail_out == 0 { continue }
          throw RPCError(code: .invalidArgument, message: "The gzip message is truncated.")
        default:
          throw RPCError(code: .invalidArgument, message: "The message is not valid gzip (zlib error \(result)).")
        }
      }
    }
  }
}
