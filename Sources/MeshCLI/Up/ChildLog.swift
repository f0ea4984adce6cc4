import Foundation
import MeshInterop

/// Where a child's output goes: appended to its log file (`STATE/logs/LABEL.log`), and, when `mesh up`
/// writes plain lines rather than a live table, relayed as `LABEL | line`.
final class ChildLog: @unchecked Sendable {
  private let lock = NSLock()
  private let handle: FileHandle?
  private let label: String
  private let relay: Bool
  private var recent: [String] = []

  /// The log file's path.
  let path: String

  init(folder: String, label: String, relay: Bool) {
    path = folder + "/" + label + ".log"
    if !FileManager.default.fileExists(atPath: path) { FileManager.default.createFile(atPath: path, contents: nil) }
    handle = FileHandle(forWritingAtPath: path)
    _ = try? handle?.seekToEnd()
    self.label = label
    self.relay = relay
  }

  /// Records one line.
  func write(_ line: String) {
    lock.withLock {
      try? handle?.write(contentsOf: Data((line + "\n").utf8))
      recent.append(line)
      if recent.count > 12 { recent.removeFirst() }
    }
    if relay { Console.out("\(label) | \(line)") }
  }

  /// The last lines written (what a failure report shows).
  var lastLines: [String] { lock.withLock { recent } }
}
