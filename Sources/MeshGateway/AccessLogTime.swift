import MeshLogging
import Synchronization

/// The access log's timestamps (`LogTimestamp.iso8601`'s form): the part up to the second is formatted
/// once per second and kept, since a line per call asks for it thousands of times a second; only the
/// milliseconds are written per line.
enum AccessLogTime {
  /// The last second formatted: its text up to the fraction's dot, as a `String` (the usual path's lines)
  /// and as bytes held inline (a relayed call's line copies them: reading the `String`'s bytes through its
  /// span, and its retain and release, cost ~150 of the ~370 instructions of the time per line).
  private struct Second {
    var seconds = Int.min
    var text = ""
    var bytes = SecondBytes()
  }

  /// `2026-12-02T01:02:03.` as bytes (20 for a four-digit year), inline: no reference to retain.
  struct SecondBytes {
    /// Room for a year of up to 16 digits.
    static let capacity = 32
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// How many bytes of `words` are the text; 0 when it did not fit (the text is then written instead).
    var count = 0

    init() {}

    init(_ text: String) {
      let utf8 = Array(text.utf8)
      guard utf8.count <= Self.capacity else { return }
      utf8.withUnsafeBytes { text in withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: text) } }
      count = utf8.count
    }
  }

  private static let lastSecond = Mutex(Second())

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
  static func write(into line: inout AccessLineWriter) { write(LogTimestamp.now(), into: &line) }

  /// Writes `time` as `text(for:)` writes it: the second's bytes copied as they were kept, the milliseconds
  /// and `Z` as one 4-byte word.
  static func write(_ time: LogTimestamp, into line: inout AccessLineWriter) {
    let seconds = time.seconds
    var kept = lastSecond.withLock { $0.seconds == seconds ? $0.bytes : SecondBytes() }
    if kept.count == 0 {
      let text = secondText(seconds)
      kept = SecondBytes(text)
      if kept.count == 0 { line.add(text) }
    }
    let count = kept.count
    withUnsafeBytes(of: kept.words) { line.add(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
    let millis = UInt32(clamping: time.milliseconds)
    // Memory order: the hundreds digit first, `Z` last.
    let digits = (UInt32(ascii: "0") + millis / 100 % 10) | (UInt32(ascii: "0") + millis / 10 % 10) << 8
      | (UInt32(ascii: "0") + millis % 10) << 16 | UInt32(ascii: "Z") << 24
    line.add(word: digits.littleEndian)
  }

  /// `2026-12-02T01:02:03.` for `seconds`.
  private static func secondText(_ seconds: Int) -> String {
    if let text = lastSecond.withLock({ $0.seconds == seconds ? $0.text : nil }) { return text }
    // `…03.000Z` without its milliseconds and `Z`.
    let text = String(LogTimestamp(seconds: seconds, milliseconds: 0).iso8601.dropLast(4))
    let bytes = SecondBytes(text)
    // A line of an earlier second written late does not push the current second out.
    lastSecond.withLock { if seconds >= $0.seconds { $0 = Second(seconds: seconds, text: text, bytes: bytes) } }
    return text
  }
}

private extension UInt32 {
  init(ascii: Unicode.Scalar) { self = ascii.value }
}
