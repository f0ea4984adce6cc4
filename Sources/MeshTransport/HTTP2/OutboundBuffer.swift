import MeshCore

/// What a stream has queued for nghttp2's data callback: framed messages (or a raw body), how the
/// DATA ends once they are out, and the water marks that pause a writer while the peer is not
/// reading. Written once for the server and the client stream; loop-confined, like its stream.
///
/// Small messages and prefixes are copied into a buffer of ours, the tail (many small messages leave
/// in one DATA frame); a large uncompressed message (or one of 1 KiB or more that the tail has no room
/// for) is queued as the handler's own array, not copied,
/// and nghttp2 takes its bytes into the connection's write list by reference, not copied (`reserve`
/// and `take`, the server's no-copy path; the socket's gather write reads them from the array). A stream of small messages never allocates the
/// queue of such arrays: it has the one buffer it always had.
struct OutboundBuffer {
  /// How the stream's DATA ends once every queued byte is out.
  enum End {
    /// Not yet known: more bytes may come.
    case open
    /// END_STREAM on the last DATA frame (a client's half-close, a raw response without trailers).
    case endStream
    /// A trailing HEADERS frame after the last DATA frame.
    case trailers(HeaderBlock)
  }

  /// The answer to one call of the data callback.
  enum Read {
    /// `count` bytes were copied (or, from `reserve`, are to be taken); more may follow.
    case bytes(Int)
    /// `count` bytes were copied (or are to be taken) and they are the last; then END_STREAM, or these trailers.
    case end(Int, trailers: HeaderBlock?)
    /// Nothing to send now: the stream must be resumed when there is (`append` and `finish` say so).
    case deferred

    /// The bytes copied, or to be taken.
    var copied: Int {
      switch self {
      case .bytes(let count), .end(let count, _): count
      case .deferred: 0
      }
    }
  }

  /// Messages at least this large are queued as they are instead of copied (below it, a copy is
  /// cheaper than a segment of their own).
  static let sharedMessageBytes = 8 * 1024

  /// Messages at least this large are also queued as they are when the tail has no room for them (a
  /// unary response: its stream's tail is new). Copying would first allocate a larger tail, a block
  /// above glibc's per-thread cache (1,032 bytes) that takes malloc's slow path, and then copy; queuing
  /// costs a small block for the prefix and no copy. A streaming call's tail keeps its room, so its
  /// messages are still copied into it.
  static let sharedWithoutRoomBytes = 1024

  /// Above this many queued bytes a writer waits.
  let highWater: Int
  /// A waiting writer goes on once the queue is down to this many bytes.
  let lowWater: Int

  /// Handed-over messages, and the buffers of ours queued before them, that go out before `tail`:
  /// `queue[head...]` are pending. Empty (never allocated) while a stream sends only small messages.
  private var queue: [[UInt8]] = []
  private var head = 0
  /// The last bytes queued, in a buffer of ours that small writes extend.
  private var tail: [UInt8] = []
  /// Bytes of the first pending buffer (`queue[head]`, or `tail` when the queue is empty) already taken.
  private var offset = 0
  /// Bytes queued and not yet taken by nghttp2 (counted in the connection's memory budget).
  private(set) var pendingCount = 0
  private var end = End.open
  /// Whether the data callback answered "deferred" since the stream was last resumed.
  private var deferred = false
  /// Made on the first compressed message, then reused for the stream.
  private var compressor: MessageCompressor?

  /// Creates an empty buffer.
  init(highWater: Int, lowWater: Int) {
    self.highWater = highWater
    self.lowWater = lowWater
  }

  /// How many handed-over arrays (and tails queued before them) wait, for tests of what is copied.
  var queuedArrayCount: Int { queue.count - head }

  /// Whether a writer must wait before it queues more.
  var isAboveHighWater: Bool { pendingCount > highWater }

  /// Whether a waiting writer may go on.
  var isAtOrBelowLowWater: Bool { pendingCount <= lowWater }

  /// Whether the end of the DATA was decided (`finish` was called).
  var isFinished: Bool {
    if case .open = end { return false }
    return true
  }

  /// Queues one message in gRPC framing, compressed with `compression` when given.
  /// - Returns: whether the stream must be resumed (its data callback had deferred).
  /// - Throws: `RPCError` when the compressor cannot be made or the message cannot be framed.
  mutating func appendMessage(_ message: [UInt8], compression: CompressionAlgorithm?) throws -> Bool {
    compactTail()
    let before = tail.count
    if let compression {
      let compressor = try self.compressor ?? MessageCompressor(algorithm: compression)
      self.compressor = compressor
      try message.withUnsafeBytes { try MessageFramer.append($0, compressingWith: compressor, to: &tail) }
    } else if message.count >= Self.sharedMessageBytes
                || (message.count >= Self.sharedWithoutRoomBytes
                    && tail.capacity - tail.count < MessageFramer.prefixSize + message.count) {
      try MessageFramer.appendPrefix(ofLength: message.count, to: &tail)
      pendingCount += MessageFramer.prefixSize + message.count
      enqueue(message)
      return takeDeferred()
    } else {
      try MessageFramer.append(message, to: &tail)
    }
    pendingCount += tail.count - before
    return takeDeferred()
  }

  /// Queues one uncompressed message in pieces (`count` bytes in all), in gRPC framing: pieces of
  /// `sharedMessageBytes` or more as they are (by reference, not copied), the others copied into the tail.
  /// - Returns: whether the stream must be resumed (its data callback had deferred).
  /// - Throws: `RPCError` when the message is too long for the 32-bit prefix.
  mutating func appendMessage(pieces: [[UInt8]], count: Int) throws -> Bool {
    compactTail()
    try MessageFramer.appendPrefix(ofLength: count, to: &tail)
    pendingCount += MessageFramer.prefixSize + count
    for piece in pieces { appendPiece(piece) }
    return takeDeferred()
  }

  /// A large piece by reference (after what the tail holds), a small one copied into the tail.
  private mutating func appendPiece(_ piece: [UInt8]) {
    if piece.count >= Self.sharedMessageBytes {
      enqueue(piece)
    } else if !piece.isEmpty {
      piece.withUnsafeBytes { tail.append(copying: $0) }
    }
  }

  /// Queues raw body bytes (a response that is not gRPC).
  /// - Returns: whether the stream must be resumed.
  mutating func appendRaw(_ body: [UInt8]) -> Bool {
    pendingCount += body.count
    if body.count >= Self.sharedMessageBytes {
      enqueue(body)
    } else {
      compactTail()
      body.withUnsafeBytes { tail.append(copying: $0) }
    }
    return takeDeferred()
  }

  /// Queues raw bytes a relay holds only for the call (`ClientRelayStream`, `ServerRelayStream`): copied
  /// into the tail, with no array made for them first (one allocation less per DATA frame relayed); a
  /// large run is queued as an array of its own, as `appendRaw(_:)` queues one.
  /// - Returns: whether the stream must be resumed.
  mutating func appendRaw(copying bytes: UnsafeRawBufferPointer) -> Bool {
    guard bytes.count < Self.sharedMessageBytes else { return appendRaw(Array(bytes)) }
    pendingCount += bytes.count
    compactTail()
    tail.append(copying: bytes)
    return takeDeferred()
  }

  /// Decides how the DATA ends; the first decision holds.
  /// - Returns: whether the stream must be resumed.
  mutating func finish(_ end: End) -> Bool {
    guard !isFinished else { return false }
    self.end = end
    return takeDeferred()
  }

  /// Copies what fits into nghttp2's buffer (the data callback).
  mutating func read(into buffer: UnsafeMutableRawBufferPointer) -> Read {
    let answer = reserve(max: buffer.count)
    let count = answer.copied
    if count > 0, let destination = buffer.baseAddress {
      var written = 0
      consume(count) { chunk in
        (destination + written).copyMemory(from: chunk.baseAddress!, byteCount: chunk.count)
        written += chunk.count
      }
    }
    return answer
  }

  /// Says how many bytes the next DATA frame carries, at most `max`, without taking them (nghttp2's
  /// no-copy data callback); `take` must then take exactly that many, before anything is appended.
  /// An open stream with nothing queued defers, as with `read`.
  mutating func reserve(max: Int) -> Read {
    let count = min(pendingCount, max)
    guard count == pendingCount else { return .bytes(count) }
    switch end {
    case .open:
      if count > 0 { return .bytes(count) }
      deferred = true
      return .deferred
    case .endStream:
      return .end(count, trailers: nil)
    case .trailers(let block):
      return .end(count, trailers: block)
    }
  }

  /// Appends the next `count` queued bytes to `destination` and drops them from the queue.
  /// - Returns: false when fewer than `count` bytes are queued (nothing is taken then).
  mutating func take(_ count: Int, appendingTo destination: inout [UInt8]) -> Bool {
    guard count <= pendingCount else { return false }
    guard count > 0 else { return true }
    destination.reserveGrowing(count)
    consume(count) { destination.append(copying: $0) }
    return true
  }

  /// Hands the next `count` queued bytes to the connection's write list and drops them from the
  /// queue: pieces of handed-over arrays by reference (the list holds the array until the socket took
  /// them, and copies small pieces), bytes of the tail copied (it is reused for the next messages).
  /// - Returns: false when fewer than `count` bytes are queued (nothing is taken then).
  mutating func take(_ count: Int, into chunks: inout OutboundChunks) -> Bool {
    guard count <= pendingCount else { return false }
    guard count > 0 else { return true }
    consume(count, fromArray: { chunks.append(sharing: $0, range: $1) }, fromTail: { chunks.append(copying: $0) })
    return true
  }

  /// Starts the tail on spare storage (a relay stream's, from its connection's `HeaderStoragePool`), so
  /// the first bytes queued do not allocate it; only while nothing is queued. Swapped in, not copied: a
  /// shared buffer would be copied at the first append.
  mutating func adoptTail(_ spare: inout [UInt8]) {
    guard tail.capacity == 0, pendingCount == 0, spare.isEmpty else { return }
    swap(&tail, &spare)
    offset = 0
  }

  /// Drops every queued byte (the stream closed), handing the tail's storage to `spare` (for another
  /// stream to adopt); handed-over arrays are released at once.
  mutating func removeAll(keepingTailIn spare: inout [UInt8]) {
    swap(&spare, &tail)
    removeAll()
  }

  /// Takes the trailers out to submit them: the DATA then ends as if with END_STREAM, and the block, unshared,
  /// goes to the session (which reads it in place, then gives its storage to another block).
  mutating func takeTrailers() -> HeaderBlock? {
    guard case .trailers(let block) = end else { return nil }
    end = .endStream
    return block
  }

  /// Drops every queued byte (the stream closed): its memory goes back at once.
  mutating func removeAll() {
    queue = []
    head = 0
    tail = []
    offset = 0
    pendingCount = 0
  }

  // MARK: The queue

  /// Queues a handed-over array after what is queued: the tail so far goes first, and a fresh tail
  /// follows the array.
  private mutating func enqueue(_ bytes: [UInt8]) {
    // The usual queue is the tail with a prefix and the message: one block for both, not two growths.
    if queue.capacity == 0 { queue.reserveCapacity(2) }
    if tail.count > offset || (queue.count > head && !tail.isEmpty) {
      queue.append(tail)
      tail = []
    } else if queue.count == head {
      // Nothing of the tail is pending: it is dropped (its taken bytes with it), keeping its capacity.
      tail.removeAll(keepingCapacity: true)
      offset = 0
    }
    queue.append(bytes)
  }

  /// Hands `count` queued bytes to `body`, buffer by buffer, and drops them from the queue.
  private mutating func consume(_ count: Int, _ body: (UnsafeRawBufferPointer) -> Void) {
    consume(count, fromArray: { array, range in
      array.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[range])) }
    }, fromTail: body)
  }

  /// Hands `count` queued bytes over, buffer by buffer, and drops them from the queue: a piece of a
  /// queued array to `fromArray` (the array and the piece's range), a piece of the tail to `fromTail`.
  private mutating func consume(_ count: Int, fromArray: ([UInt8], Range<Int>) -> Void,
                                fromTail: (UnsafeRawBufferPointer) -> Void) {
    var left = count
    while left > 0 {
      if head < queue.count {
        let length = min(left, queue[head].count - offset)
        if length > 0 { fromArray(queue[head], offset..<(offset + length)) }
        offset += length
        left -= length
        pendingCount -= length
        if offset == queue[head].count {
          // Released now, not when the queue drains: a handed-over message's memory goes back as it leaves.
          queue[head] = []
          head += 1
          offset = 0
          if head == queue.count {
            queue.removeAll(keepingCapacity: true)
            head = 0
          }
        }
      } else {
        let length = min(left, tail.count - offset)
        if length > 0 {
          tail.withUnsafeBytes { fromTail(UnsafeRawBufferPointer(rebasing: $0[offset..<(offset + length)])) }
        }
        offset += length
        left -= length
        pendingCount -= length
        if offset == tail.count {
          // A streaming call keeps its buffer (bounded by the high-water mark) for the next messages.
          tail.removeAll(keepingCapacity: tail.capacity <= 2 * highWater)
          offset = 0
        }
        if length == 0 { break }
      }
    }
  }

  /// Drops what nghttp2 already took of the tail once it is at least half of it, so a long stream
  /// reuses one buffer instead of growing it (the move is never larger than what was taken).
  private mutating func compactTail() {
    if queue.count == head, offset > 0, offset >= tail.count - offset {
      tail.removeSubrange(0..<offset)
      offset = 0
    }
  }

  private mutating func takeDeferred() -> Bool {
    defer { deferred = false }
    return deferred
  }
}
