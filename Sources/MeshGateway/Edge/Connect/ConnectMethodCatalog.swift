public import MeshProtobuf
public import MeshProtos

/// What Connect needs to know of a method it did not compile against: its message types (for JSON),
/// its streaming kind (unary or streaming content types) and whether GET may call it.
public struct ConnectMethod: Sendable {
  /// `/package.Service/Method`.
  public var path: String
  /// The request type.
  public var input: ProtobufDescriptor
  /// The response type.
  public var output: ProtobufDescriptor
  /// Whether the client streams.
  public var clientStreaming: Bool
  /// Whether the server streams.
  public var serverStreaming: Bool
  /// Whether a GET may call it (`idempotency_level = NO_SIDE_EFFECTS`, or named in the configuration).
  public var allowsGet: Bool

  /// Whether the method is unary.
  public var isUnary: Bool { !clientStreaming && !serverStreaming }
}

/// Every method the gateway knows the schema of, by path: the compiled protos of `MeshProtos`
/// (`ProtoRegistry`), with the `idempotency_level` options the stub generator read from them.
public struct ConnectMethodCatalog: Sendable {
  private let methods: [String: ConnectMethod]

  /// Builds the catalog.
  /// - Parameters:
  ///   - methods: method descriptions by path.
  ///   - messages: message descriptors by full name.
  ///   - extraGetMethods: paths of methods GET may call though their proto does not say
  ///     `NO_SIDE_EFFECTS` (an operator's decision for protos they cannot change).
  public init(methods: [String: ProtoMethodInfo] = ProtoRegistry.methods,
              messages: [String: ProtobufDescriptor] = ProtoRegistry.messages,
              extraGetMethods: Set<String> = []) {
    var catalog: [String: ConnectMethod] = [:]
    for (path, info) in methods {
      guard let input = messages[Self.bare(info.inputType)], let output = messages[Self.bare(info.outputType)] else {
        continue
      }
      let unary = !info.clientStreaming && !info.serverStreaming
      catalog[path] = ConnectMethod(
        path: path, input: input, output: output, clientStreaming: info.clientStreaming,
        serverStreaming: info.serverStreaming,
        allowsGet: unary && (info.idempotencyLevel == .noSideEffects || extraGetMethods.contains(path)))
    }
    self.methods = catalog
  }

  /// The method at a path; nil when its schema is unknown.
  /// - Parameter path: `/package.Service/Method`.
  public func method(path: String) -> ConnectMethod? { methods[path] }

  private static func bare(_ typeName: String) -> String {
    typeName.hasPrefix(".") ? String(typeName.dropFirst()) : typeName
  }
}
