import MeshCore

/// The HEADERS blocks of gRPC responses, the fixed ones made once (nghttp2 copies a block on every
/// submission, so one shared block serves every call).
enum GRPCHeaderBlocks {
  /// `:status 200` and `content-type: application/grpc`: what every response's headers start with.
  static let responsePrefix: HeaderBlock = {
    var block = HeaderBlock()
    block.add(":status", "200")
    block.add("content-type", "application/grpc")
    return block
  }()

  /// The headers of most responses: no response encoding, no initial metadata.
  static let plainResponse: HeaderBlock = {
    var block = responsePrefix
    block.add("grpc-accept-encoding", ServerConnection.acceptEncodingHeader)
    return block
  }()

  /// The trailers of a call that ended well with no trailing metadata.
  static let okTrailers: HeaderBlock = {
    var block = HeaderBlock()
    block.add("grpc-status", "0")
    return block
  }()

  /// Response headers with a response encoding and initial metadata.
  static func response(encoding: CompressionAlgorithm?, metadata: Metadata) -> HeaderBlock {
    if encoding == nil && metadata.isEmpty { return plainResponse }
    var block = responsePrefix
    if let encoding { block.add("grpc-encoding", encoding.name) }
    block.add("grpc-accept-encoding", ServerConnection.acceptEncodingHeader)
    block.add(metadata)
    return block
  }

  /// A Trailers-Only response: the response headers' start and the status in one block.
  static func trailersOnly(_ status: Status, trailers: Metadata) -> HeaderBlock {
    var block = responsePrefix
    block.add(status, trailers: trailers)
    return block
  }

  /// Trailers after the response's messages.
  static func trailers(_ status: Status, trailers: Metadata) -> HeaderBlock {
    if status.code == .ok && status.message.isEmpty && trailers.isEmpty { return okTrailers }
    var block = HeaderBlock()
    block.add(status, trailers: trailers)
    return block
  }

  /// A raw (non-gRPC) response head or trailers: `:status` when given, then the fields as they are.
  static func raw(status: Int?, _ fields: [(String, String)]) -> HeaderBlock {
    var block = HeaderBlock()
    if let status { block.add(":status", String(status)) }
    for (name, value) in fields { block.add(name, value) }
    return block
  }
}

extension HeaderBlock {
  /// Appends metadata, binary values (`-bin` keys) in base64.
  mutating func add(_ metadata: Metadata) {
    for entry in metadata {
      switch entry.value {
      case .string(let text): add(entry.key, text)
      case .binary(let bytes): add(entry.key, Base64.encode(bytes))
      }
    }
  }

  /// Appends a status (`grpc-status`, and `grpc-message` percent-encoded when there is one) and the
  /// trailing metadata.
  mutating func add(_ status: Status, trailers: Metadata) {
    add("grpc-status", String(status.code.rawValue))
    if !status.message.isEmpty { add("grpc-message", StatusMessageCoding.encode(status.message)) }
    add(trailers)
  }
}
