import Glibc
import Synchronization

/// Where log lines go.
public protocol LogSink: Sendable {
  /// Writes one line (without its newline); lines from several threads never interleave.
  func write(line: String)
}

/// Standard output, one `write` per line under a lock so that lines from several threads stay whole.
public final class StandardOutputSink: LogSink {
  /// The process's standard output.
  public static let shared = StandardOutputSink(descriptor: 1)
  /// The process's standard error (plain lines about the process when logs are not JSON).
  public static let standardError = StandardOutputSink(descriptor: 2)
  private let descriptor: Int32
  private let lock = Mutex(())

  /// A sink writing to a file descriptor.
  public init(descriptor: Int32) { self.descriptor = descriptor }

  /// Writes the line and a newline.
  public func write(line: String) {
    var bytes = Array(line.utf8)
    bytes.append(UInt8(ascii: "\n"))
    lock.withLock { _ in
      var offset = 0
      while offset < bytes.count {
        let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
      }
    }
  }
}

/// Keeps lines in memory (tests, and a process's last lines for a crash report).
public final class MemoryLogSink: LogSink {
  private let stored = Mutex<[String]>([])

  /// An empty sink.
  public init() {}

  /// Stores the line.
  public func write(line: String) { stored.withLock { $0.append(line) } }

  /// Every line written so far.
  public var lines: [String] { stored.withLock { $0 } }
}
