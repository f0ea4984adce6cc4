/// The error of one RPC: a status code and message, metadata for the trailers, and what caused it.
///
/// Handlers throw it to end a call with a status; clients receive it when a call ends with one that
/// is not OK. Any other error thrown by a handler ends the call with `UNKNOWN`.
public struct RPCError: Error, Sendable, CustomStringConvertible {
  /// The status code.
  public var code: Status.Code
  /// A message for developers.
  public var message: String
  /// Metadata sent in (or received from) the trailers.
  public var metadata: Metadata
  /// The underlying error, if there is one.
  public var cause: (any Error)?

  /// Creates an error.
  /// - Parameters:
  ///   - code: the status code; never `.ok`.
  ///   - message: a message for developers.
  ///   - metadata: trailing metadata.
  ///   - cause: the underlying error.
  public init(code: Status.Code, message: String, metadata: Metadata = [], cause: (any Error)? = nil) {
    precondition(code != .ok, "an RPCError cannot carry OK")
    self.code = code
    self.message = message
    self.metadata = metadata
    self.cause = cause
  }

  /// Creates an error from a status that is not OK.
  /// - Parameters:
  ///   - status: the status.
  ///   - metadata: trailing metadata.
  public init?(status: Status, metadata: Metadata = []) {
    guard status.code != .ok else { return nil }
    self.init(code: status.code, message: status.message, metadata: metadata)
  }

  /// The status this error ends a call with.
  public var status: Status { Status(code: code, message: message) }

  /// `CODE: message`.
  public var description: String { "\(code): \(message)" }
}

extension RPCError {
  /// Maps any error to the status a call ends with: an `RPCError` keeps its own, cancellation becomes
  /// `CANCELLED`, anything else `UNKNOWN` (its text is not sent: it may hold internals).
  /// - Parameter error: the error thrown by a handler or a transport.
  public init(from error: any Error) {
    switch error {
    case let error as RPCError: self = error
    case is CancellationError: self.init(code: .cancelled, message: "The call was cancelled.", cause: error)
    default: self.init(code: .unknown, message: "The handler threw an error.", cause: error)
    }
  }
}
