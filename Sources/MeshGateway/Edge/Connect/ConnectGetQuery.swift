public import MeshCore

/// The query of a Connect unary GET: `message` (the request, percent-encoded, or base64url when
/// `base64=1`), `encoding` (`json` or `proto`), `compression` and `connect=v1`. Unknown parameters are
/// ignored, as the protocol says.
public struct ConnectGetQuery: Sendable, Equatable {
  /// The request's codec.
  public var codec: ConnectCodec
  /// The request message, decoded from the query (still gzip when `isGzip`).
  public var message: [UInt8]
  /// Whether the message is gzip-compressed (`compression=gzip`).
  public var isGzip: Bool

  /// Parses a query string.
  /// - Parameter query: the query without `?`.
  /// - Throws: `RPCError` (`.invalidArgument`) for a missing or malformed parameter, `.unimplemented`
  ///   for a compression or codec the gateway does not have.
  public init(query: String) throws(RPCError) {
    var parameters: [String: [UInt8]] = [:]
    for pair in query.split(separator: "&") {
      let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard let name = Self.percentDecoded(parts[0]).flatMap({ String(validating: $0, as: UTF8.self) }),
            let value = Self.percentDecoded(parts.count > 1 ? parts[1] : "")
      else { throw RPCError(code: .invalidArgument, message: "The query has a malformed percent-escape.") }
      if parameters[name] == nil { parameters[name] = value }
    }
    if let connect = parameters["connect"], connect != Array("v1".utf8) {
      throw RPCError(code: .invalidArgument, message: "connect must be v1, not \(String(decoding: connect, as: UTF8.self)).")
    }
    guard let encoding = parameters["encoding"].map({ String(decoding: $0, as: UTF8.self) }) else {
      throw RPCError(code: .invalidArgument, message: "A Connect GET needs the encoding parameter (json or proto).")
    }
    guard let codec = ConnectCodec(rawValue: encoding) else {
      throw RPCError(code: .unimplemented, message: "The encoding \(encoding) is not supported; use json or proto.")
    }
    let compression = parameters["compression"].map { String(decoding: $0, as: UTF8.self) }
    guard let isGzip = ConnectGzip.isGzip(compression) else {
      throw RPCError(code: .unimplemented,
                     message: "The compression \(compression ?? "") is not supported; use \(ConnectGzip.accepted).")
    }
    self.isGzip = isGzip
    guard let message = parameters["message"] else {
      throw RPCError(code: .invalidArgument, message: "A Connect GET needs the message parameter.")
    }
    if parameters["base64"] == Array("1".utf8) {
      guard let decoded = EdgeBase64.decode(String(decoding: message, as: UTF8.self)) else {
        throw RPCError(code: .invalidArgument, message: "The message parameter is not valid base64url.")
      }
      self.message = decoded
    } else {
      self.message = message
    }
    self.codec = codec
  }

  /// Percent-decodes a query component (`+` is a space); nil for a malformed escape.
  static func percentDecoded(_ text: Substring) -> [UInt8]? { PercentDecoding.bytes(text, plusIsSpace: true) }
}
