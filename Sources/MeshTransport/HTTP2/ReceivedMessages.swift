/// The messages a stream received that its reader has not taken yet, and the DATA bytes behind them that
/// are not yet granted back as flow-control window. Window goes back only when the queue drains, so a slow
/// reader stops a fast sender instead of filling memory. Loop-confined, like the stream that owns it.
struct ReceivedMessages {
  private var messages: [(bytes: [UInt8], compressed: Bool)] = []
  private var head = 0
  /// DATA bytes received and not yet granted back.
  private(set) var heldBytes = 0
  /// Bytes of the queued messages, for the connection's memory budget.
  private(set) var byteCount = 0

  /// Whether every received message has been taken.
  var isEmpty: Bool { head == messages.count }

  /// Queues a whole message.
  mutating func append(_ bytes: [UInt8], compressed: Bool) {
    byteCount += bytes.count
    messages.append((bytes, compressed))
  }

  /// Counts DATA bytes that arrived and are not granted back yet.
  mutating func hold(_ count: Int) { heldBytes += count }

  /// Takes the next message, if any.
  mutating func pop() -> (bytes: [UInt8], compressed: Bool)? {
    guard head < messages.count else { return nil }
    let message = messages[head]
    byteCount -= message.bytes.count
    head += 1
    if head == messages.count {
      messages.removeAll(keepingCapacity: true)
      head = 0
    }
    return message
  }

  /// Drops every queued message (the stream closed): their memory goes back at once.
  mutating func removeAll() {
    messages = []
    head = 0
    byteCount = 0
  }

  /// The held bytes, forgotten here: the caller grants them (or returns them to the connection).
  mutating func takeHeldBytes() -> Int {
    defer { heldBytes = 0 }
    return heldBytes
  }
}
