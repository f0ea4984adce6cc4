import Synchronization

/// What a handler knows of its call, and the response metadata it may set.
public final class ServerContext: Sendable {
  /// The method called.
  public let method: MethodDescriptor
  /// When the call must end; the transport ends it with `DEADLINE_EXCEEDED` then.
  public let deadline: ContinuousClock.Instant?
  /// The peer's address.
  public let peer: String
  /// The host the client addressed (`:authority`), when the transport knows it.
  public let authority: String?

  private struct CallState {
    var requestMetadata: Metadata
    var initialMetadata = Metadata()
    var trailingMetadata = Metadata()
    var compressResponses = false
    var lastRequestWasCompressed = false
  }
  private let state: Mutex<CallState>

  /// Creates a context for a call.
  /// - Parameter head: what the transport knows of the call.
  public init(head: ServerCallHead) {
    method = head.method
    state = Mutex(CallState(requestMetadata: head.metadata))
    deadline = head.deadline
    peer = head.peer
    authority = head.authority
  }

  /// The request metadata; an interceptor may change it before calling the next stage (to add an
  /// authenticated principal, or remove a credential the service must not see).
  public var requestMetadata: Metadata {
    get { state.withLock { $0.requestMetadata } }
    set { state.withLock { $0.requestMetadata = newValue } }
  }

  /// Metadata sent with the response headers; set it before the first response message.
  public var initialResponseMetadata: Metadata {
    get { state.withLock { $0.initialMetadata } }
    set { state.withLock { $0.initialMetadata = newValue } }
  }

  /// Metadata sent with the trailers (also on error: it is merged with the error's own metadata).
  public var trailingResponseMetadata: Metadata {
    get { state.withLock { $0.trailingMetadata } }
    set { state.withLock { $0.trailingMetadata = newValue } }
  }

  /// Whether response messages are compressed with the encoding the client accepts.
  public var compressResponses: Bool {
    get { state.withLock { $0.compressResponses } }
    set { state.withLock { $0.compressResponses = newValue } }
  }

  /// Whether the request message read last arrived compressed (its Compressed-Flag was set).
  public var lastRequestWasCompressed: Bool { state.withLock { $0.lastRequestWasCompressed } }

  /// Records whether the request message being handed to the handler was compressed; transports call
  /// it just before delivering each message.
  /// - Parameter compressed: the message's Compressed-Flag.
  public func recordRequestMessage(compressed: Bool) {
    state.withLock { $0.lastRequestWasCompressed = compressed }
  }

  /// Whether the call was cancelled: by the client, a deadline, or the server shutting down.
  public var isCancelled: Bool { Task.isCancelled }
}
