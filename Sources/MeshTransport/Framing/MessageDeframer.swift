import MeshCore

/// Reads gRPC Length-Prefixed-Messages out of a stream's DATA, fed in chunks of any size (DATA frame
/// boundaries have nothing to do with message boundaries).
///
/// - The length in the prefix is checked against the limit before any of the message is buffered.
/// - A message that arrives whole inside one chunk is copied once (or decompressed straight from the
///   chunk); a split message is gathered in a buffer that grows with the bytes that actually arrived,
///   so a peer announcing a large message cannot make us reserve memory it has not sent. A message
///   within `eagerReservationLimit` of which an eighth has arrived is reserved whole at once instead
///   (no growth copies; a peer gets at most eight times what it sent, within its owner's bound).
/// - After an error the deframer stays failed and throws the same error again.
///
/// Not thread-safe: one stream, one event loop.
struct MessageDeframer {
  /// The largest message accepted, compressed or decompressed, in bytes.
  let maxMessageSize: Int
  /// The decompressor of the stream's `grpc-encoding`; nil when there is none or it is identity.
  private let decompressor: MessageDecompressor?

  private enum State {
    /// Reading the 5-byte prefix; `count` bytes of it are in `prefix`.
    case prefix(count: Int)
    /// Reading a message of `length` bytes, gathered in `body`.
    case body(length: Int, compressed: Bool)
    case failed(RPCError)
  }

  /// The largest split message whose whole length is reserved as soon as its prefix is read; its
  /// owner sets it from the memory it may still use (0, the default: always grow with what arrived).
  var eagerReservationLimit = 0

  private var state: State = .prefix(count: 0)
  private var prefix: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
  private var body: [UInt8] = []

  /// Creates a deframer for one stream.
  /// - Parameters:
  ///   - maxMessageSize: the largest message accepted; larger ones fail with `RESOURCE_EXHAUSTED`.
  ///   - decompressor: the decompressor for the stream's `grpc-encoding`, nil for none or identity.
  init(maxMessageSize: Int, decompressor: MessageDecompressor? = nil) {
    precondition(maxMessageSize >= 0)
    self.maxMessageSize = maxMessageSize
    self.decompressor = decompressor
  }

  /// The bytes held for an incomplete message, for per-connection accounting.
  var bufferedByteCount: Int {
    switch state {
    case .prefix(let count): count
    case .body: MessageFramer.prefixSize + body.count
    case .failed: 0
    }
  }

  /// The memory reserved for the message being gathered: it follows what arrived, not what was
  /// announced, unless the announced length is within `eagerReservationLimit`.
  var reservedByteCount: Int { body.capacity }

  /// Whether a message has begun and not ended.
  var isInsideMessage: Bool { bufferedByteCount > 0 }

  /// Reads the messages completed by one chunk of DATA.
  /// - Parameters:
  ///   - chunk: the bytes, as nghttp2's data callback hands them over.
  ///   - onMessage: receives each whole message, decompressed, in order.
  /// - Throws: `RPCError`: `.resourceExhausted` for a message over the limit; `.internal` for a
  ///   reserved flag bit, a compressed message without an encoding, or corrupt compressed data.
  mutating func process(_ chunk: UnsafeRawBufferPointer, onMessage: ([UInt8]) -> Void) throws(RPCError) {
    try process(chunk) { message, _ in onMessage(message) }
  }

  /// Reads the messages completed by one chunk of DATA, telling which arrived compressed (a server
  /// checks `expect_compressed`-style requirements with it).
  /// - Parameters:
  ///   - chunk: the bytes, as nghttp2's data callback hands them over.
  ///   - onMessage: receives each whole message, decompressed, and whether it was compressed.
  mutating func process(_ chunk: UnsafeRawBufferPointer, onMessage: ([UInt8], Bool) -> Void) throws(RPCError) {
    var index = 0
    let end = chunk.count
    while index < end {
      switch state {
      case .failed(let error):
        throw error
      case .prefix(var count):
        if count == 0, end - index >= MessageFramer.prefixSize {
          // The common case: the whole prefix in this chunk.
          prefix = (chunk[index], chunk[index + 1], chunk[index + 2], chunk[index + 3], chunk[index + 4])
          index += MessageFramer.prefixSize
        } else {
          while count < MessageFramer.prefixSize, index < end {
            withUnsafeMutableBytes(of: &prefix) { $0[count] = chunk[index] }
            count += 1
            index += 1
          }
          guard count == MessageFramer.prefixSize else {
            state = .prefix(count: count)
            return
          }
        }
        let (length, compressed) = try checkedPrefix()
        let available = end - index
        if available >= length {
          // Whole in this chunk: one copy, or decompression straight from the chunk.
          let message = UnsafeRawBufferPointer(rebasing: chunk[index..<(index + length)])
          index += length
          state = .prefix(count: 0)
          onMessage(try deliver(message, compressed: compressed), compressed)
        } else {
          body = []
          body.reserveCapacity(Self.firstReservation(length: length, available: available,
                                                     eagerLimit: eagerReservationLimit))
          state = .body(length: length, compressed: compressed)
        }
      case .body(let length, let compressed):
        let take = min(length - body.count, end - index)
        if body.count + take > body.capacity {
          // Grow with what arrived, never past the announced length. Doubling from the first
          // reservation (the length halved) ends exactly at the length, so the last growth is not a
          // copy of nearly the whole message into a buffer a few bytes larger.
          let needed = body.count + take
          let whole = Self.reservesWhole(length: length, arrived: needed, eagerLimit: eagerReservationLimit)
          body.reserveCapacity(whole ? length : min(length, max(body.capacity * 2, needed)))
        }
        body.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[index..<(index + take)]))
        index += take
        if body.count == length {
          var message: [UInt8] = []
          swap(&message, &body)
          state = .prefix(count: 0)
          if compressed {
            let result = message.withUnsafeBytes { bytes in
              Result { () throws(RPCError) -> [UInt8] in try deliver(bytes, compressed: true) }
            }
            onMessage(try result.get(), true)
          } else {
            onMessage(message, false)
          }
        }
      }
    }
    if case .failed(let error) = state { throw error }
  }

  /// Reads the messages completed by one chunk of DATA held in an array.
  /// - Parameters:
  ///   - chunk: the bytes.
  ///   - onMessage: receives each whole message.
  mutating func process(_ chunk: [UInt8], onMessage: ([UInt8]) -> Void) throws(RPCError) {
    let result = chunk.withUnsafeBytes { bytes in
      Result { () throws(RPCError) in try self.process(bytes, onMessage: onMessage) }
    }
    try result.get()
  }

  /// Checks the end of the stream: it must not fall inside a message.
  /// - Throws: `RPCError` (`.internal`) when a message was cut short.
  mutating func finish() throws(RPCError) {
    switch state {
    case .failed(let error):
      throw error
    case .prefix(0):
      return
    case .prefix(let count):
      throw fail(RPCError(
        code: .internal,
        message: "The stream ended in the middle of a message: \(count) of the 5 bytes of its length prefix arrived."))
    case .body(let length, _):
      throw fail(RPCError(
        code: .internal,
        message: "The stream ended in the middle of a message: \(body.count) of its \(length) bytes arrived."))
    }
  }

  /// Whether a split message's buffer is reserved at its whole length now: it is within `eagerLimit`
  /// and at least an eighth of it arrived (gathering it then copies each byte once, with no growth).
  static func reservesWhole(length: Int, arrived: Int, eagerLimit: Int) -> Bool {
    length <= eagerLimit && arrived >= length / 8
  }

  /// The first buffer of a message split across chunks: the whole length when `reservesWhole` says
  /// so; otherwise at least what arrived (and 16 KiB), at most twice that, and the announced length
  /// halved a whole number of times, so that doubling it as more arrives reaches the length itself.
  static func firstReservation(length: Int, available: Int, eagerLimit: Int = 0) -> Int {
    if reservesWhole(length: length, arrived: available, eagerLimit: eagerLimit) { return length }
    let floor = max(available, 16 * 1024)
    var reservation = length
    while reservation > floor, (reservation + 1) / 2 >= floor { reservation = (reservation + 1) / 2 }
    return min(reservation, length)
  }

  /// Validates the prefix just read.
  private mutating func checkedPrefix() throws(RPCError) -> (length: Int, compressed: Bool) {
    let flag = prefix.0
    let length = Int(prefix.1) << 24 | Int(prefix.2) << 16 | Int(prefix.3) << 8 | Int(prefix.4)
    guard flag & ~1 == 0 else {
      throw fail(RPCError(code: .internal, message: "The message prefix has reserved flag bits set (flag \(flag))."))
    }
    let compressed = flag == 1
    if compressed, decompressor == nil {
      throw fail(RPCError(
        code: .internal,
        message: "A message has the Compressed-Flag set but the stream has no grpc-encoding other than identity."))
    }
    guard length <= maxMessageSize else {
      throw fail(RPCError(
        code: .resourceExhausted,
        message: "A message of \(length) bytes is larger than the limit of \(maxMessageSize) bytes."))
    }
    return (length, compressed)
  }

  private mutating func deliver(_ bytes: UnsafeRawBufferPointer, compressed: Bool) throws(RPCError) -> [UInt8] {
    guard compressed, let decompressor else { return Array(bytes) }
    do {
      return try decompressor.decompress(bytes, limit: maxMessageSize)
    } catch {
      throw fail(error)
    }
  }

  private mutating func fail(_ error: RPCError) -> RPCError {
    state = .failed(error)
    body = []
    return error
  }
}
