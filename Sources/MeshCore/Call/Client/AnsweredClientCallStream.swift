import Synchronization

/// A client call answered locally, without a server: a client interceptor returns it to short-circuit
/// a call (a cached response, a local refusal). Request messages sent on it are dropped.
public final class AnsweredClientCallStream: ClientCallStream {
  private let initial: Metadata
  private let status: Status
  private let trailers: Metadata
  private let messages: Mutex<[[UInt8]]>

  /// Creates an answered call.
  /// - Parameters:
  ///   - initialMetadata: the response headers' metadata.
  ///   - messages: the serialized response messages, in order.
  ///   - status: the final status.
  ///   - trailers: the trailing metadata.
  public init(initialMetadata: Metadata = [], messages: [[UInt8]] = [], status: Status, trailers: Metadata = []) {
    initial = initialMetadata
    self.messages = Mutex(messages.reversed())
    self.status = status
    self.trailers = trailers
  }

  /// Drops the message: nobody reads it.
  public func send(_ message: [UInt8], compress: Bool) async throws {}

  /// Does nothing: the call is already answered.
  public func closeSending() async throws {}

  /// The response headers' metadata given at creation.
  public func initialMetadata() async throws -> Metadata { initial }

  /// The next of the messages given at creation; nil after the last.
  public func receive() async throws -> [UInt8]? { messages.withLock { $0.popLast() } }

  /// The status and trailers given at creation.
  public func finalStatus() async -> (Status, Metadata) { (status, trailers) }

  /// Does nothing: the call has already ended.
  public func cancel() {}
}
