extension HTTPClient {
  /// Sends a request on a connection of its own and returns the response's head as soon as it arrives,
  /// with its body as a stream of chunks as they are read (Server-Sent Events, a long download). The
  /// timeout covers the whole call, body included; dropping the body stream before its end (or cancelling
  /// the task that iterates it) closes the connection.
  /// - Parameters:
  ///   - request: the request.
  ///   - timeout: the time allowed for the call; the configuration's default when nil.
  /// - Returns: the head (its `body` is empty) and the body's chunks, which end with the response or
  ///   throw `HTTPClientError` (`.timeout` when the deadline passes mid-body).
  /// - Throws: `HTTPClientError` before the head.
  public func stream(_ request: HTTPClientRequest, timeout: Duration? = nil) async throws
    -> (head: HTTPClientResponse, body: AsyncThrowingStream<[UInt8], any Error>)
  {
    let deadline = ContinuousClock.now + (timeout ?? configuration.defaultTimeout)
    return try await onNewConnection(request) { connection in
      try await connection.stream(request, deadline: deadline)
    }.1
  }
}
