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
  private let buffer: LineBuffer
  private let intervalNanoseconds: Int
  private let timer = DispatchQueue(label: "mesh.gateway.access-log")

  /// Creates a sink.
  /// - Parameters:
  ///   - descriptor: where lines go (1: standard output).
  ///   - capacity: the bytes held before they are written.
  ///   - interval: the longest a line waits in the buffer.
  public init(descriptor: Int32, capacity: Int = 32 * 1024, interval: Duration = .milliseconds(100)) {
    buffer = LineBuffer(descriptor: descriptor, capacity: max(1, capacity))
    // Saturating: an interval past what the timer can count waits as long as it can, never traps.
    let (seconds, overflow) = interval.components.seconds.multipliedReportingOverflow(by: 1_000_000_000)
    let nanoseconds = overflow ? Int64.max : seconds.addingReportingOverflow(interval.components.attoseconds / 1_000_000_000).partialValue
    intervalNanoseconds = Int(clamping: max(0, nanoseconds))
  }

  /// Appends the line and a newline; writes the buffer when it is full.
  public func write(line: String) {
    let count = line.utf8.count
    writeLine(maxBytes: count) { $0.add(line) }
  }

  /// Appends a line that `body` writes as UTF-8 bytes straight into the buffer (a relayed call's access
  /// line: no array or `String` made for it), and a newline.
  /// - Parameters:
  ///   - maxBytes: the most `body` writes (room for it is made first; it traps past it).
  ///   - body: writes the line, without its newline, and nothing else; it runs under the buffer's lock, so it
  ///     must not write to this sink.
  @inline(__always)  // with `body` inlined, what it captures (the access line's fields) is not copied
  func writeLine(maxBytes: Int, _ body: (inout AccessLineWriter) -> Void) {
    guard buffer.append(maxBytes: maxBytes, body) else { return }
    scheduleFlush()
  }

  private func scheduleFlush() {
    // The timer holds the buffer, not the sink: a weak reference to the sink would give it a side table,
    // and every retain and release of the sink (one per relayed call) the runtime's slow path. A sink
    // released before the timer fires has written its lines already (`deinit`); the buffer then holds none.
    timer.asyncAfter(deadline: .now() + .nanoseconds(intervalNanoseconds)) { [buffer] in buffer.timedFlush() }
  }

  /// Writes every line held now.
  public func flush() { buffer.flush() }

  deinit { buffer.flush() }
}

/// The lines a `BufferedLogSink` holds, and their writes; shared by the sink and its pending timer.
/// The bytes lie in memory of its own, written in place through an `AccessLineWriter` (an `[UInt8]` has no
/// way to write into its spare capacity: each piece of a line was an `append` with its checks).
private final class LineBuffer: Sendable {
  private struct State {
    /// The held lines' bytes: `count` of `size` allocated.
    var storage: UnsafeMutableRawPointer
    var size: Int
    var count = 0
    /// Set while a timed flush is scheduled.
    var flushScheduled = false
  }

  private let descriptor: Int32
  private let capacity: Int
  private let state: Mutex<State>

  init(descriptor: Int32, capacity: Int) {
    self.descriptor = descriptor
    self.capacity = capacity
    // Room for a line past the capacity: the line that fills the buffer goes in before it is written.
    let size = capacity + 4096
    state = Mutex(State(storage: .allocate(byteCount: size, alignment: 1), size: size))
  }

  deinit {
    state.withLock { $0.storage.deallocate() }
  }

  /// Appends a line (`write` writes at most `maxBytes`) and its newline, writing the buffer when it is full;
  /// true when a timed flush must be scheduled (the line found no flush pending and stays in the buffer).
  @inline(__always)
  func append(maxBytes: Int, _ write: (inout AccessLineWriter) -> Void) -> Bool {
    state.withLock { state -> Bool in
      let needed = max(0, maxBytes) + 1
      if needed > state.size - state.count {
        writeOut(&state)
        // A line longer than the buffer ever was: room for it (kept for the next ones).
        if needed > state.size {
          state.storage.deallocate()
          state.storage = .allocate(byteCount: needed, alignment: 1)
          state.size = needed
        }
      }
      var writer = AccessLineWriter(base: state.storage + state.count, capacity: needed)
      write(&writer)
      writer.add(UInt8(ascii: "\n"))
      state.count += writer.count
      if state.count >= capacity {
        writeOut(&state)
        return false
      }
      guard !state.flushScheduled else { return false }
      state.flushScheduled = true
      return true
    }
  }

  /// The scheduled flush: writes what is held and lets the next line schedule another.
  func timedFlush() {
    state.withLock { state in
      state.flushScheduled = false
      writeOut(&state)
    }
  }

  /// Writes every line held now.
  func flush() { state.withLock { writeOut(&$0) } }

  /// Writes the held bytes whole (retrying short writes and EINTR) and empties the buffer, keeping its memory.
  private func writeOut(_ state: inout State) {
    var offset = 0
    while offset < state.count {
      let written = Glibc.write(descriptor, state.storage + offset, state.count - offset)
      if written < 0 && errno == EINTR { continue }
      // A closed or broken output loses the log, not the gateway.
      guard written > 0 else { break }
      offset += written
    }
    state.count = 0
  }
}
