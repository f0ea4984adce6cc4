/// The response of a unary or client-streaming call, with the metadata that came with it.
public struct ClientResponse<Message: Sendable>: Sendable {
  /// The response message.
  public var message: Message
  /// The response headers' metadata.
  public var initialMetadata: Metadata
  /// The trailers' metadata.
  public var trailingMetadata: Metadata

  /// Creates a response.
  /// - Parameters:
  ///   - message: the message.
  ///   - initialMetadata: the response headers' metadata.
  ///   - trailingMetadata: the trailers' metadata.
  public init(message: Message, initialMetadata: Metadata, trailingMetadata: Metadata) {
    self.message = message
    self.initialMetadata = initialMetadata
    self.trailingMetadata = trailingMetadata
  }
}
