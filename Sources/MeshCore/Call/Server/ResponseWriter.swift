/// Writes the response messages of a server-streaming or bidirectional call.
public struct ResponseWriter<Message: WireMessage>: Sendable {
  private let stream: any ServerCallStream
  private let context: ServerContext

  init(stream: any ServerCallStream, context: ServerContext) {
    self.stream = stream
    self.context = context
  }

  /// Sends one message; suspends while the client is not reading fast enough.
  /// - Parameters:
  ///   - message: the message.
  ///   - compress: whether to compress it; by default, the context's `compressResponses`.
  public func write(_ message: Message, compress: Bool? = nil) async throws {
    try await ServerRPCExecutor.send(message, compress: compress, on: stream, context: context)
  }

  /// Sends the response headers now, with the context's initial metadata, without a message.
  public func sendInitialMetadata() async throws {
    try await stream.sendInitialMetadata(context.initialResponseMetadata)
  }
}
