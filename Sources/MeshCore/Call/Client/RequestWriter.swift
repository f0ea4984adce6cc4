/// Writes the request messages of a client-streaming or bidirectional call.
public struct RequestWriter<Message: WireMessage>: Sendable {
  let stream: any ClientCallStream

  /// Sends one message; suspends while the server is not reading fast enough.
  /// - Parameter message: the message.
  public func write(_ message: Message) async throws {
    try await stream.send(try message.wireBytes())
  }

  /// Ends the request stream; the server sees the end of its request sequence.
  public func finish() async throws {
    try await stream.closeSending()
  }
}
