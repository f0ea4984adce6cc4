/// A server call stream that passes everything to another one; interceptors subclass it to see or
/// change each message, or the response headers, on their way.
///
/// Subclasses must be safe to use from the handler's task (the stream's methods are called from one
/// task at a time): keep mutable state behind a `Mutex` or an atomic.
open class ForwardingServerCallStream: ServerCallStream, @unchecked Sendable {
  /// The stream calls are passed to.
  public let base: any ServerCallStream

  /// Wraps a stream.
  /// - Parameter base: the stream calls are passed to.
  public init(base: any ServerCallStream) { self.base = base }

  /// The next request message of `base`.
  open func receive() async throws -> [UInt8]? { try await base.receive() }

  /// Unknown, unless a subclass says otherwise: one that sees each message in `receive()` must see
  /// these too, so passing `base`'s on would skip it.
  open func receiveWithoutWaiting() throws -> ImmediateRequest { .unknown }

  /// Nothing sent, unless a subclass says otherwise: one that sees each message in `send` must see
  /// this one too, so passing it to `base` would skip it.
  open func sendLastWithoutWaiting(_ message: [UInt8], compress: Bool, initialMetadata: Metadata) throws -> Bool {
    false
  }

  /// Sends the response headers through `base`.
  /// - Parameter metadata: the initial metadata.
  open func sendInitialMetadata(_ metadata: Metadata) async throws { try await base.sendInitialMetadata(metadata) }

  /// Sends a response message through `base`.
  /// - Parameters:
  ///   - message: the serialized message.
  ///   - compress: whether to compress it.
  open func send(_ message: [UInt8], compress: Bool) async throws { try await base.send(message, compress: compress) }

  /// Ends the call on `base`.
  /// - Parameters:
  ///   - status: the final status.
  ///   - trailers: the trailing metadata.
  open func finish(status: Status, trailers: Metadata) { base.finish(status: status, trailers: trailers) }
}
