/// Writes the request messages of a client-streaming or bidirectional call.
public struct RequestWriter<Message: WireMessage>: Sendable {
  let stream: any ClientCallStream

  /// Sends one message; suspends while the server is not reading fast enough.
  /// - Parameters:
  ///   - message: the message.
  ///   - compress: whether to compress it with the call's compression; true by default, which sends
  ///     it uncompressed when the call has none.
  public func write(_ message: Message, compress: Bool = true) async throws {
    try await stream.send(try message.wireBytes(), compress: compress)
  }

  /// Ends the request stream; the server sees the end of its request sequence.
  public func finish() async throws {
    try await stream.closeSending()
  }
}
