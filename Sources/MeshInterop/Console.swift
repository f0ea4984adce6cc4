internal import Glibc

/// Unbuffered lines to standard output and error: the interop programs are read by scripts through
/// pipes, where buffered output would arrive late or not at all when a run is killed.
public enum Console {
  /// Writes a line to standard output.
  /// - Parameter line: the text, without its newline.
  public static func out(_ line: String) { write(line + "\n", to: 1) }

  /// Writes a line to standard error.
  /// - Parameter line: the text, without its newline.
  public static func error(_ line: String) { write(line + "\n", to: 2) }

  private static func write(_ text: String, to fd: Int32) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let n = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
        if n <= 0 { return }
        offset += n
      }
    }
  }
}
