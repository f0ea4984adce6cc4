public import MeshCore
import Synchronization

/// A unary Connect call's stream: the one request message (already protobuf binary), and the response's
/// metadata and message kept until the call ends, since a unary response's HTTP status depends on it.
public final class ConnectUnaryCallStream: ServerCallStream {
  /// The end of the call.
  public let completion = EdgeCallCompletion()
  private struct State {
    var request: [UInt8]?
    var initialMetadata = Metadata()
    var response: [UInt8]?
  }
  private let state: Mutex<State>

  /// Creates a stream.
  /// - Parameter request: the request message in protobuf binary.
  public init(request: [UInt8]) {
    state = Mutex(State(request: request))
  }

  /// The request, then nil.
  public func receive() async throws -> [UInt8]? {
    state.withLock { state in
      defer { state.request = nil }
      return state.request
    }
  }

  /// Keeps the initial metadata for the response's headers.
  public func sendInitialMetadata(_ metadata: Metadata) async throws {
    state.withLock { $0.initialMetadata.add(contentsOf: metadata) }
  }

  /// Keeps the response message.
  /// - Throws: `RPCError` (`.internal`) for a second message, which a unary call cannot carry.
  public func send(_ message: [UInt8], compress: Bool) async throws {
    guard !completion.isComplete else { throw RPCError(code: .cancelled, message: "The call has ended.") }
    try state.withLock { state throws(RPCError) in
      guard state.response == nil else {
        throw RPCError(code: .internal, message: "A unary method sent more than one response message.")
      }
      state.response = message
    }
  }

  /// Ends the call.
  public func finish(status: Status, trailers: Metadata) {
    completion.complete(status: status, trailers: trailers)
  }

  /// The response as the call left it: initial metadata and the message, if any.
  public var result: (initialMetadata: Metadata, response: [UInt8]?) {
    state.withLock { ($0.initialMetadata, $0.response) }
  }
}
