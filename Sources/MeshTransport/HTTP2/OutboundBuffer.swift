import MeshCore

/// What a stream has queued for nghttp2's data callback: framed messages (or a raw body), how the
/// DATA ends once they are out, and the water marks that pause a writer while the peer is not
/// reading. Written once for the server and the client stream; loop-confined, like its stream.
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
    /// `count` bytes were copied; more may follow.
    case bytes(Int)
    /// `count` bytes were copied and they are the last; then END_STREAM, or these trailers.
    case end(Int, trailers: HeaderBlock?)
    /// Nothing to send now: the stream must be resumed when there is (`append` and `finish` say so).
    case deferred

    /// The bytes copied.
    var copied: Int {
      switch self {
      case .bytes(let count), .end(let count, _): count
      case .deferred: 0
      }
    }
  }

  /// Above this many queued bytes a writer waits.
  let highWater: Int
  /// A waiting writer goes on once the queue is down to this many bytes.
  let lowWater: Int

  private var bytes: [UInt8] = []
  /// Bytes before it were taken by nghttp2 already.
  private var offset = 0
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

  /// Bytes queued and not yet taken by nghttp2 (counted in the connection's memory budget).
  var pendingCount: Int { bytes.count - offset }

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
    compact()
    if let compression {
      let compressor = try self.compressor ?? MessageCompressor(algorithm: compression)
      self.compressor = compressor
      try message.withUnsafeBytes { try MessageFramer.append($0, compressingWith: compressor, to: &bytes) }
    } else {
      try MessageFramer.append(message, to: &bytes)
    }
    return takeDeferred()
  }

  /// Queues raw body bytes (a response that is not gRPC).
  /// - Returns: whether the stream must be resumed.
  mutating func appendRaw(_ body: [UInt8]) -> Bool {
    compact()
    bytes.append(contentsOf: body)
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
    let count = min(pendingCount, buffer.count)
    if count > 0, let destination = buffer.baseAddress {
      bytes.withUnsafeBytes { source in
        if let base = source.baseAddress { destination.copyMemory(from: base + offset, byteCount: count) }
      }
      offset += count
      if offset == bytes.count {
        // A streaming call keeps its buffer (bounded by the high-water mark) for the next messages.
        bytes.removeAll(keepingCapacity: bytes.capacity <= 2 * highWater)
        offset = 0
      }
    }
    guard pendingCount == 0 else { return .bytes(count) }
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

  /// Drops every queued byte (the stream closed): its memory goes back at once.
  mutating func removeAll() {
    bytes = []
    offset = 0
  }

  /// Drops what nghttp2 already took once it is at least half the buffer, so a long stream reuses one
  /// buffer instead of growing it (the move is never larger than what was consumed).
  private mutating func compact() {
    if offset > 0 && offset >= bytes.count - offset {
      bytes.removeSubrange(0..<offset)
      offset = 0
    }
  }

  private mutating func takeDeferred() -> Bool {
    defer { deferred = false }
    return deferred
  }
}
