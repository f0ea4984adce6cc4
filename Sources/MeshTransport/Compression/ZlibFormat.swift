import MeshCore

/// The zlib container of an encoding: gzip (RFC 1952) or deflate in its zlib wrapper (RFC 1950),
/// which is what gRPC means by `deflate` (not raw RFC 1951 data).
enum ZlibFormat {
  case gzip
  case zlib

  /// The format of a compressing algorithm; nil for identity.
  /// - Parameter algorithm: the `grpc-encoding`.
  init?(_ algorithm: CompressionAlgorithm) {
    switch algorithm {
    case .gzip: self = .gzip
    case .deflate: self = .zlib
    default: return nil
    }
  }

  /// The `windowBits` of deflateInit2/inflateInit2: a 32 KiB window, plus 16 for the gzip wrapper.
  var windowBits: Int32 {
    switch self {
    case .gzip: 15 + 16
    case .zlib: 15
    }
  }
}
