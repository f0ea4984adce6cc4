public import MeshCore

extension ClientStream: AttemptReportingCallStream, CallEndObserving {
  /// Waits for response headers or the end of the call, then reads the flags on the loop.
  func attemptOutcome() async -> ClientAttemptOutcome {
    // `initialMetadata()` returns when headers arrive or when the call ends, whichever is first.
    _ = try? await initialMetadata()
    let (headers, unprocessed) = await withUnsafeContinuation { continuation in
      connection.loop.execute { continuation.resume(returning: (self.hadResponseHeaders, self.unprocessed)) }
    }
    if headers { return .headersReceived }
    let (status, trailers) = await finalStatus()
    return .ended(status, trailers, unprocessed: unprocessed)
  }
}
