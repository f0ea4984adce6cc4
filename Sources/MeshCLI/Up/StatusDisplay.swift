import Foundation
import MeshInterop
import MeshSupervision

/// What `mesh up` shows: on a terminal, the live status table redrawn in place with its latest messages
/// under it; otherwise plain lines, one per event (what a log collector or a test reads).
final class StatusDisplay: @unchecked Sendable {
  /// Whether the table is drawn live (standard output is a terminal).
  let isLive: Bool
  private let lock = NSLock()
  private var rows: [ReplicaState] = []
  private var messages: [String] = []
  private let footer: String

  /// A display; live when standard output is a terminal that can move the cursor.
  /// - Parameter footer: the line under the table (where the logs are, how to stop).
  init(footer: String) {
    isLive = isatty(1) == 1 && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    self.footer = footer
  }

  /// New table rows.
  func update(_ rows: [ReplicaState]) {
    guard isLive else { return }
    lock.withLock { self.rows = rows }
    redraw()
  }

  /// One event.
  func message(_ text: String) {
    guard isLive else { return Console.out(text) }
    lock.withLock {
      messages.append(text)
      if messages.count > 8 { messages.removeFirst() }
    }
    redraw()
  }

  /// Stops drawing in place (the last state stays on screen).
  func finish() {
    guard isLive else { return }
    Console.out("")
  }

  private func redraw() {
    let text = lock.withLock { () -> String in
      let lines = StatusTable.render(rows) + [""] + messages + ["", footer]
      return "\u{1B}[H\u{1B}[2J" + lines.joined(separator: "\n")
    }
    // Not `FileHandle.write`, which traps when the write fails: a closed terminal made every redraw fail, and
    // `mesh up` died before it could stop PostgreSQL and the gateway.
    Console.out(text)
  }
}
