/// Names one RPC method: its fully qualified service and the method's name.
public struct MethodDescriptor: Sendable, Hashable, CustomStringConvertible {
  /// The fully qualified service name, such as `grpc.testing.TestService`.
  public let service: String
  /// The method's name, such as `UnaryCall`.
  public let method: String
  /// The HTTP/2 `:path` of the method: `/service/method`.
  public let path: String

  /// Creates a descriptor.
  /// - Parameters:
  ///   - service: the fully qualified service name.
  ///   - method: the method's name.
  public init(service: String, method: String) {
    self.service = service
    self.method = method
    self.path = "/\(service)/\(method)"
  }

  /// Parses a `:path` of the form `/service/method`.
  /// - Parameter path: the request path.
  public init?(path: String) {
    // Parsed on every call a server receives: the two slashes are found in the UTF-8 bytes, read in
    // place through the string's span, and `path` is kept as it came. Through `path.utf8`'s indices and
    // substrings this took ~2.5k instructions per relayed call (callgrind); a slash is ASCII, so the
    // parts split at it are whole UTF-8 and decode to the same strings.
    let parts: (service: String, method: String)? = path.utf8Span.span.withUnsafeBytes { bytes in
      let slash = UInt8(ascii: "/")
      guard let first = bytes.first, first == slash else { return nil }
      var serviceEnd = 1
      while serviceEnd < bytes.count, bytes[serviceEnd] != slash { serviceEnd += 1 }
      let methodStart = serviceEnd + 1
      // An empty service, no second slash, an empty method, or a third slash: not a method's path.
      guard serviceEnd > 1, methodStart < bytes.count else { return nil }
      for index in methodStart..<bytes.count where bytes[index] == slash { return nil }
      return (String(decoding: UnsafeRawBufferPointer(rebasing: bytes[1..<serviceEnd]), as: UTF8.self),
              String(decoding: UnsafeRawBufferPointer(rebasing: bytes[methodStart...]), as: UTF8.self))
    }
    guard let parts else { return nil }
    self.service = parts.service
    self.method = parts.method
    self.path = path
  }

  /// The path.
  public var description: String { path }
}

/// The four kinds of RPC.
public enum RPCKind: Sendable, Hashable {
  /// One request, one response.
  case unary
  /// A stream of requests, one response.
  case clientStreaming
  /// One request, a stream of responses.
  case serverStreaming
  /// Streams both ways.
  case bidirectionalStreaming
}

/// A method with its request and response types, as generated code declares it.
public struct RPCMethod<Request: WireMessage, Response: WireMessage>: Sendable {
  /// The method's name.
  public let descriptor: MethodDescriptor
  /// The kind of RPC.
  public let kind: RPCKind

  /// Creates a typed method.
  /// - Parameters:
  ///   - descriptor: the method's name.
  ///   - kind: the kind of RPC.
  public init(_ descriptor: MethodDescriptor, kind: RPCKind) {
    self.descriptor = descriptor
    self.kind = kind
  }
}
