/// Opens calls to a server: a channel of connections to one or several addresses implements it.
public protocol ClientTransport: Sendable {
  /// Opens a call; waits for a ready connection when `options.waitForReady` is set.
  /// - Parameters:
  ///   - method: the method to call.
  ///   - metadata: the request metadata.
  ///   - options: deadline, compression and limits of the call.
  /// - Throws: `RPCError` (`.unavailable` when no connection can be had, `.deadlineExceeded`).
  func openCall(method: MethodDescriptor, metadata: Metadata, options: CallOptions) async throws
    -> any ClientCallStream

  /// Where a unary call's task had best run while the call lasts: the thread its connection lives on,
  /// so that the call's steps (open, send, end, headers, message, status) need no thread hop each; nil
  /// when there is no such place (several, or none yet).
  var preferredCallExecutor: (any TaskExecutor)? { get }
}

extension ClientTransport {
  /// None: calls run wherever their callers do.
  public var preferredCallExecutor: (any TaskExecutor)? { nil }
}

/// One RPC on the client side as a transport carries it.
public protocol ClientCallStream: AnyObject, Sendable {
  /// Sends one request message; suspends while the server's window and the buffers are full.
  /// - Parameters:
  ///   - message: the serialized message.
  ///   - compress: whether to compress it with the call's `CallOptions.compression`.
  func send(_ message: [UInt8], compress: Bool) async throws

  /// Ends the request stream (HTTP/2 END_STREAM).
  func closeSending() async throws

  /// Waits for the response headers; empty metadata for a Trailers-Only response.
  func initialMetadata() async throws -> Metadata

  /// Waits for the next response message; nil when the server has ended the stream.
  /// - Throws: `RPCError` when the stream fails locally (a message over the limit, bad framing).
  func receive() async throws -> [UInt8]?

  /// Waits for the end of the call: its status and trailing metadata.
  func finalStatus() async -> (Status, Metadata)

  /// Cancels the call: the server is sent RST_STREAM and the status becomes `CANCELLED`.
  func cancel()
}
