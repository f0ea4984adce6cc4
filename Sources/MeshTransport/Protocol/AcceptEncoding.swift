import MeshCore

/// A parsed `grpc-accept-encoding`: `Content-Coding *("," Content-Coding)`.
struct AcceptEncoding: Hashable, Sendable {
  /// Every name listed, lower-cased, in order, including names this runtime does not implement.
  let names: [String]

  /// Parses a header value; spaces around names and empty items are ignored.
  /// - Parameter headerValue: the value of `grpc-accept-encoding`.
  init(headerValue: String) {
    names = headerValue.split(separator: ",").compactMap { item in
      let name = item.trimmingASCIISpaces()
      return name.isEmpty ? nil : name.lowercased()
    }
  }

  /// Lists algorithms, in order of preference.
  /// - Parameter algorithms: the encodings accepted.
  init(_ algorithms: [CompressionAlgorithm]) {
    names = algorithms.map(\.name)
  }

  /// The algorithms listed that this runtime implements, in the peer's order.
  var algorithms: [CompressionAlgorithm] { names.compactMap(CompressionAlgorithm.init(name:)) }

  /// Whether the peer accepts messages in this encoding; identity is always accepted.
  /// - Parameter algorithm: the encoding.
  func accepts(_ algorithm: CompressionAlgorithm) -> Bool {
    algorithm == .identity || names.contains(algorithm.name)
  }

  /// The header value, names joined by `,`.
  var headerValue: String { names.joined(separator: ",") }

  /// The value this runtime sends: every encoding it implements.
  static let supported = AcceptEncoding(CompressionAlgorithm.supported)
}
