import MeshLogging
import Synchronization

/// The access log's timestamps (`LogTimestamp.iso8601`'s form): the part up to the second is formatted
/// once per second and kept, since a line per call asks for it thousands of times a second; only the
/// milliseconds are written per line.
enum AccessLogTime {
  /// The last second formatted, with its text up to the fraction's dot.
  private static let lastSecond = Mutex<(seconds: Int, text: String)>((Int.min, ""))

  /// The current time, as `LogTimestamp.now().iso8601` writes it.
  static func now() -> String { text(for: LogTimestamp.now()) }

  /// `time` as `LogTimestamp.iso8601` writes it.
  static func text(for time: LogTimestamp) -> String {
    let millis = time.milliseconds
    let fraction = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
    return secondText(time.seconds) + fraction + "Z"
  }

  /// Appends the current time as `now()` writes it (`write(into:)`).
  static func append(to line: inout [UInt8]) {
    line.appendWritten(maxBytes: 64) { write(into: &$0) }
  }

  /// Writes the current time as `now()` writes it, with no `String` made (the second's text is kept).
  static func write(into line: inout AccessLineWriter) {
    let time = LogTimestamp.now()
    line.add(secondText(time.seconds))
    let millis = time.milliseconds
    line.add(UInt8(ascii: "0") + UInt8(millis / 100 % 10))
    line.add(UInt8(ascii: "0") + UInt8(millis / 10 % 10))
    line.add(UInt8(ascii: "0") + UInt8(millis % 10))
    line.add(UInt8(ascii: "Z"))
  }

  /// `2026-12-02T01:02:03.` for `seconds`.
  private static func secondText(_ seconds: Int) -> String {
    if let text = lastSecond.withLock({ $0.seconds == seconds ? $0.text : nil }) { return text }
    // `…03.000Z` without its milliseconds and `Z`.
    let text = String(LogTimestamp(seconds: seconds, milliseconds: 0).iso8601.dropLast(4))
    // A line of an earlier second written late does not push the current second out.
    lastSecond.withLock { if seconds >= $0.seconds { $0 = (seconds, text) } }
    return text
  }
}
