/// The request messages of a client-streaming or bidirectional call, decoded as they arrive.
public struct RequestStream<Message: WireMessage>: AsyncSequence, Sendable {
  /// The element type.
  public typealias Element = Message
  let stream: any ServerCallStream

  init(stream: any ServerCallStream) { self.stream = stream }

  /// Iterates over the messages until the client finishes sending.
  public func makeAsyncIterator() -> Iterator { Iterator(stream: stream) }

  /// The iterator; it throws `RPCError` when the stream fails or a message is not valid.
  public struct Iterator: AsyncIteratorProtocol {
    let stream: any ServerCallStream

    /// The next message, or nil at the end of the stream.
    public mutating func next() async throws -> Message? {
      guard let bytes = try await stream.receive() else { return nil }
      return try Message(wireBytes: bytes)
    }
  }
}
