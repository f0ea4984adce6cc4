public import MeshCore

/// Each method's kind by its path, for the `grpc_type` label: the router and the transport do not know
/// whether a method streams, the generated descriptors do (`ProtoRegistry.methods`), so the process
/// builds this once from them and gives it to both metrics interceptors.
public struct GRPCMethodKinds: Sendable {
  private let byPath: [String: GRPCCallType]

  /// Kinds from typed methods' descriptors.
  /// - Parameter kinds: each method's kind.
  public init(_ kinds: [MethodDescriptor: RPCKind] = [:]) {
    byPath = Dictionary(kinds.map { ($0.key.path, GRPCCallType(kind: $0.value)) }, uniquingKeysWith: { first, _ in first })
  }

  /// Kinds from `(path, clientStreaming, serverStreaming)`, as generated registries list methods.
  /// - Parameter methods: each method's path and whether each side streams.
  public init(paths methods: [(path: String, clientStreaming: Bool, serverStreaming: Bool)]) {
    byPath = Dictionary(methods.map { method in
      let kind: RPCKind = switch (method.clientStreaming, method.serverStreaming) {
      case (false, false): .unary
      case (true, false): .clientStreaming
      case (false, true): .serverStreaming
      case (true, true): .bidirectionalStreaming
      }
      return (method.path, GRPCCallType(kind: kind))
    }, uniquingKeysWith: { first, _ in first })
  }

  /// The label of a method: `unknown` when it is not listed.
  public func type(of method: MethodDescriptor) -> GRPCCallType { byPath[method.path] ?? .unknown }

  /// How many methods are known.
  public var count: Int { byPath.count }
}

extension GRPCCallType {
  /// The label of an RPC kind.
  public init(kind: RPCKind) {
    switch kind {
    case .unary: self = .unary
    case .clientStreaming: self = .clientStream
    case .serverStreaming: self = .serverStream
    case .bidirectionalStreaming: self = .bidiStream
    }
  }
}
