/// A client call stream that passes everything to another one; client interceptors subclass it to
/// see or change each message, the response metadata, or the final status.
///
/// Subclasses must be safe to use from several tasks (a bidirectional call sends from one and
/// receives from another): keep mutable state behind a `Mutex` or an atomic.
open class ForwardingClientCallStream: ClientCallStream, @unchecked Sendable {
  /// The stream calls are passed to.
  public let base: any ClientCallStream

  /// Wraps a stream.
  /// - Parameter base: the stream calls are passed to.
  public init(base: any ClientCallStream) { self.base = base }

  /// Sends a request message through `base`.
  /// - Parameters:
  ///   - message: the serialized message.
  ///   - compress: whether to compress it.
  open func send(_ message: [UInt8], compress: Bool) async throws { try await base.send(message, compress: compress) }

  /// Ends the request stream of `base`.
  open func closeSending() async throws { try await base.closeSending() }

  /// The response headers of `base`.
  open func initialMetadata() async throws -> Metadata { try await base.initialMetadata() }

  /// The next response message of `base`.
  open func receive() async throws -> [UInt8]? { try await base.receive() }

  /// The status and trailers of `base`.
  open func finalStatus() async -> (Status, Metadata) { await base.finalStatus() }

  /// Cancels `base`.
  open func cancel() { base.cancel() }
}
