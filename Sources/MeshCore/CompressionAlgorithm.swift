/// A message encoding of `grpc-encoding`: identity, gzip or deflate.
public struct CompressionAlgorithm: Sendable, Hashable, CustomStringConvertible {
  /// The name used in `grpc-encoding` and `grpc-accept-encoding`.
  public let name: String

  private init(_ name: String) { self.name = name }

  /// No compression.
  public static let identity = CompressionAlgorithm("identity")
  /// gzip (RFC 1952).
  public static let gzip = CompressionAlgorithm("gzip")
  /// deflate in its zlib wrapper (RFC 1950), as gRPC defines it.
  public static let deflate = CompressionAlgorithm("deflate")

  /// Every algorithm this runtime implements, in order of preference.
  public static let supported: [CompressionAlgorithm] = [.gzip, .deflate, .identity]

  /// Looks an algorithm up by its `grpc-encoding` name; nil when unsupported.
  /// - Parameter name: the name, case-insensitive.
  public init?(name: String) {
    switch name.lowercased() {
    case "identity": self = .identity
    case "gzip": self = .gzip
    case "deflate": self = .deflate
    default: return nil
    }
  }

  /// The name.
  public var description: String { name }
}
