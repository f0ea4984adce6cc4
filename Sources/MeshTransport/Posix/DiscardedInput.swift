/// Reading and dropping what a peer sends to a socket that is closing (a lingering socket, a connection
/// writing its last output): unread bytes left in a socket make its close a TCP reset, which can destroy
/// our last words in the peer's receive buffer.
enum DiscardedInput {
  /// What one round of reads found.
  enum Outcome {
    /// The socket is still open; `readAny` when bytes came (and were dropped).
    case open(readAny: Bool)
    /// The peer closed or reset the connection; why, for a log line.
    case ended(String)
  }

  /// Reads and drops what `fd` holds, a few buffers at most, so a fast sender cannot hold the loop.
  static func read(_ fd: Int32, buffer: UnsafeMutableRawBufferPointer) -> Outcome {
    var readAny = false
    for _ in 0..<4 {
      let count: Int?
      do {
        count = try SystemCall.read(fd, into: buffer)
      } catch {
        return .ended("\(error)")
      }
      guard let count else { break }
      if count == 0 { return .ended("the peer closed the connection") }
      readAny = true
      if count < buffer.count { break }
    }
    return .open(readAny: readAny)
  }
}
