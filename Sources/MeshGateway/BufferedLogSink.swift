import Dispatch
import Glibc
public import MeshLogging
import Synchronization

/// A log sink for the access log: lines are appended to a buffer and written in one `write` when it holds
/// `capacity` bytes, or `interval` after the first line that found it empty, whichever comes first, so a
/// busy gateway makes one system call per few hundred lines instead of one per request. `flush()` writes
/// what is held; the gateway calls it when it drains, so no line is lost on a clean exit.
///
/// Lines are written whole and in the order they were appended (the write happens under the buffer's lock;
/// a line is never split between two writes).
public final class BufferedLogSink: LogSink {
  private struct State {
    var buffer: [UInt8] = []
    /// Set while a timed flush is scheduled.
    var flushScheduled = false
  }

  private let descriptor: Int32
  private let capacity: Int
  private let interval: Duration
  private let state = Mutex(State())
  private let timer = DispatchQueue(label: "mesh.gateway.access-log")

  /// Creates a sink.
  /// - Parameters:
  ///   - descriptor: where lines go (1: standard output).
  ///   - capacity: the bytes held before they are written.
  ///   - interval: the longest a line waits in the buffer.
  public init(descriptor: Int32, capacity: Int = 32 * 1024, interval: Duration = .milliseconds(100)) {
    self.descriptor = descriptor
    self.capacity = max(1, capacity)
    self.interval = interval
  }

  /// Appends the line and a newline; writes the buffer when it is full.
  public func write(line: String) { append(line.utf8) }

  /// Appends a line given as UTF-8 bytes (a relayed call's access line: no `String` made) and a newline.
  /// - Parameter lineBytes: the line, without its newline.
  func write(lineBytes: [UInt8]) { append(lineBytes) }

  private func append(_ line: some Collection<UInt8>) {
    let scheduleFlush = state.withLock { state -> Bool in
      if state.buffer.isEmpty { state.buffer.reserveCapacity(capacity + 1024) }
      state.buffer.append(contentsOf: line)
      state.buffer.append(UInt8(ascii: "\n"))
      if state.buffer.count >= capacity {
        writeOut(&state.buffer)
        return false
      }
      guard !state.flushScheduled else { return false }
      state.flushScheduled = true
      return true
    }
    guard scheduleFlush else { return }
    let nanoseconds = interval.components.seconds * 1_000_000_000 + interval.components.attoseconds / 1_000_000_000
    timer.asyncAfter(deadline: .now() + .nanoseconds(Int(nanoseconds))) { [weak self] in
      self?.state.withLock { state in
        state.flushScheduled = false
        self?.writeOut(&state.buffer)
      }
    }
  }

  /// Writes every line held now.
  public func flush() { state.withLock { writeOut(&$0.buffer) } }

  deinit { state.withLock { writeOut(&$0.buffer) } }

  /// Writes `buffer` whole (retrying short writes and EINTR) and empties it, keeping its memory.
  private func writeOut(_ buffer: inout [UInt8]) {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBytes { bytes in
      var offset = 0
      while offset < bytes.count, let base = bytes.baseAddress {
        let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        // A closed or broken output loses the log, not the gateway.
        guard written > 0 else { break }
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }
}
