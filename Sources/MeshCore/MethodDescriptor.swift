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
    // Parsed on every call a server receives: the two slashes are found in the UTF-8 bytes and `path`
    // is kept as it came, instead of an array of parts and a path built again.
    let bytes = path.utf8
    let slash = UInt8(ascii: "/")
    guard bytes.first == slash else { return nil }
    let serviceStart = bytes.index(after: bytes.startIndex)
    guard let serviceEnd = bytes[serviceStart...].firstIndex(of: slash), serviceEnd > serviceStart else { return nil }
    let methodStart = bytes.index(after: serviceEnd)
    guard methodStart < bytes.endIndex, !bytes[methodStart...].contains(slash) else { return nil }
    self.service = String(path[serviceStart..<serviceEnd])
    self.method = String(path[methodStart...])
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
