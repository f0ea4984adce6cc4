public import MeshCore

extension ClientStream: AttemptReportingCallStream, CallEndObserving {
  /// Waits for response headers or the end of the call, then reads the flags on the loop (at once when
  /// the caller is on it).
  func attemptOutcome() async -> ClientAttemptOutcome {
    // `initialMetadata()` returns when headers arrive or when the call ends, whichever is first.
    _ = try? await initialMetadata()
    let flags: (headers: Bool, unprocessed: Bool)
    if let known = flagsIfOnLoop {
      flags = known
    } else {
      flags = await withUnsafeContinuation { continuation in
        connection.loop.execute { continuation.resume(returning: (self.hadResponseHeaders, self.unprocessed)) }
      }
    }
    if flags.headers { return .headersReceived }
    let (status, trailers) = await finalStatus()
    return .ended(status, trailers, unprocessed: flags.unprocessed)
  }
}
