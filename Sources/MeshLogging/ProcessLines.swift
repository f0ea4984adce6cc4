public import Logging
import MeshPII
import Synchronization

/// What a process says about itself (listening on an address, draining, stopped, a start that failed), in
/// the format of its logs, so that a log pipeline can read every line the process writes: after
/// `MeshLoggingSystem.bootstrap`, a JSON line like every log line (`time`, `level`, `service`, `logger`,
/// then `message` last, so that the line still ends as the plain text does: "listening on HOST:PORT");
/// otherwise the plain text, on standard output (standard error for warnings and errors).
///
/// The message is the process's own text (names, addresses, paths) and is written as it is; an error's
/// description may hold what came from outside, so in JSON it goes through MeshPII like a log line's.
public enum ProcessLines {
  private struct JSONFormat: Sendable {
    let service: String
    let sink: any LogSink
    let redactor: PIIRedactor
  }

  private static let json = Mutex<JSONFormat?>(nil)

  /// Writes JSON lines for `service` to `sink` from now on (what `MeshLoggingSystem.bootstrap` sets).
  static func useJSON(service: String, sink: any LogSink) {
    json.withLock { $0 = JSONFormat(service: service, sink: sink, redactor: PIIRedactor(mode: .placeholder)) }
  }

  /// Writes plain text lines from now on.
  static func usePlainText() { json.withLock { $0 = nil } }

  /// Says something about the process (info).
  /// - Parameter message: the text, without its newline.
  public static func info(_ message: String) { write(message, level: .info, error: nil) }

  /// Says that something went wrong.
  /// - Parameters:
  ///   - message: what the process was doing, without its newline.
  ///   - error: why it failed; appended as `message: error` in plain text, the `error` field in JSON.
  public static func error(_ message: String, error: (any Error)? = nil) { write(message, level: .error, error: error) }

  /// Says something worth a look that is not a failure.
  /// - Parameter message: the text, without its newline.
  public static func warning(_ message: String) { write(message, level: .warning, error: nil) }

  private static func write(_ message: String, level: Logger.Level, error: (any Error)?) {
    guard let format = json.withLock({ $0 }) else {
      let text = error.map { "\(message): \($0)" } ?? message
      (level >= .warning ? StandardOutputSink.standardError : StandardOutputSink.shared).write(line: text)
      return
    }
    var line = JSONLine()
    line.field("time", string: LogTimestamp.now().iso8601)
    line.field("level", string: level.rawValue)
    line.field("service", string: format.service)
    line.field("logger", string: "process")
    if let error { line.field("error", string: format.redactor.redact(String(describing: error))) }
    line.field("message", string: message)
    format.sink.write(line: line.finished)
  }
}
