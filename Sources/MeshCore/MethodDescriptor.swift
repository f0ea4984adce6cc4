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
    let parts = path.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].isEmpty, !parts[1].isEmpty, !parts[2].isEmpty else { return nil }
    self.init(service: String(parts[1]), method: String(parts[2]))
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
