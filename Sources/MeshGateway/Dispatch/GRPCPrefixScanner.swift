/// Follows gRPC's length-prefixed messages across a relayed byte stream without deframing them: it reads
/// each 5-byte prefix (a flag byte and a big-endian length) as the bytes pass, whatever the DATA chunks'
/// boundaries, and skips the messages themselves. A pure state machine; the relay checks sizes with it.
struct GRPCPrefixScanner {
  /// Bytes of the current prefix read so far (0 while inside a message, or before the first).
  private var prefixRead = 0
  /// The length being assembled from the prefix.
  private var length = 0
  /// Bytes of the current message still to skip.
  private var remaining = 0
  /// Message payload bytes seen in whole prefixes so far.
  private(set) var payloadBytes = 0

  /// Whether the stream stops between messages (no prefix or message cut short).
  var isAtBoundary: Bool { prefixRead == 0 && remaining == 0 }

  /// Scans a chunk; calls `onMessage` with each message's length as its prefix completes.
  /// - Returns: false when `onMessage` refused a length (the scan stops there).
  mutating func scan(_ bytes: UnsafeRawBufferPointer, onMessage: (Int) -> Bool) -> Bool {
    var index = 0
    let count = bytes.count
    while index < count {
      if remaining > 0 {
        let skipped = min(remaining, count - index)
        remaining -= skipped
        index += skipped
        continue
      }
      // A prefix byte: the flag first, then four length bytes.
      if prefixRead > 0 { length = length << 8 | Int(bytes[index]) }
      prefixRead += 1
      index += 1
      if prefixRead == 5 {
        prefixRead = 0
        remaining = length
        payloadBytes += length
        let accepted = onMessage(length)
        length = 0
        if !accepted { return false }
      }
    }
    return true
  }
}
