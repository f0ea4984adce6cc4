/// The response messages of a server-streaming or bidirectional call.
///
/// Iterating ends normally when the call ends with OK, and throws `RPCError` when it ends otherwise.
public struct ResponseStream<Message: WireMessage>: AsyncSequence, Sendable {
  /// The element type.
  public typealias Element = Message
  let stream: any ClientCallStream

  /// The response headers' metadata; waits for them.
  public func initialMetadata() async throws -> Metadata { try await stream.initialMetadata() }

  /// The trailers' metadata; waits for the end of the call.
  public func trailingMetadata() async -> Metadata { await stream.finalStatus().1 }

  /// The final status; waits for the end of the call.
  public func status() async -> Status { await stream.finalStatus().0 }

  /// Iterates over the messages.
  public func makeAsyncIterator() -> Iterator { Iterator(stream: stream) }

  /// The iterator.
  public struct Iterator: AsyncIteratorProtocol {
    let stream: any ClientCallStream

    /// The next message, nil after the last one of a call that ended with OK.
    public mutating func next() async throws -> Message? {
      if let bytes = try await stream.receive() {
        do {
          return try Message(wireBytes: bytes)
        } catch {
          stream.cancel()
          throw error
        }
      }
      let (status, trailers) = await stream.finalStatus()
      if let error = RPCError(status: status, metadata: trailers) { throw error }
      return nil
    }
  }
}
