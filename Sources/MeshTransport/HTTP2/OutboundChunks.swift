internal import Glibc

/// A connection's bytes waiting for the socket, as a list of chunks the socket takes in one gather
/// write (`sendmsg` with several buffers): runs of bytes the connection made itself (frame headers,
/// nghttp2's frames, TLS records), copied into one buffer of its own, and large pieces of response
/// messages, held by reference to the stream's array (retained, not copied) until the socket has
/// taken them. A write that takes only part resumes where it stopped (`advance(by:)`).
///
/// Pure bookkeeping, loop-confined like its connection; the write is `SystemCall.write(_:vectors:)`.
struct OutboundChunks {
  /// One run of pending bytes: `own[start..<end]`, or `shared[start..<end]`.
  private struct Chunk {
    /// The stream's array this run belongs to; nil for a run of `own`.
    var shared: [UInt8]?
    var start: Int
    var end: Int
  }

  /// Where a rollback returns to (`mark`, `rollBack(to:)`).
  struct Mark {
    fileprivate let chunkCount: Int
    fileprivate let lastEnd: Int
    fileprivate let ownCount: Int
    fileprivate let count: Int
    fileprivate let sharedByteCount: Int
  }

  /// Pieces at least this large are held by reference; smaller ones are copied (a copy of a few
  /// kilobytes costs less than one more buffer in the write, and its retain and release).
  static let minimumSharedBytes = 4 * 1024

  /// The largest buffer of our own kept once everything is written: a busy connection reuses it
  /// rather than mapping fresh pages each time, and an idle one stays small.
  static let keptBufferBytes = 256 * 1024

  /// The most buffers handed to one `sendmsg` (Linux takes up to 1,024; a batch has far fewer).
  static let maxVectorsPerWrite = 64

  /// Whether large pieces are held by reference. False copies every byte into our buffer: TLS
  /// encrypts from it, and one record per piece would cost more than the copy.
  let sharesLargePieces: Bool

  private var own: [UInt8] = []
  private var chunks: [Chunk] = []
  /// The first chunk not wholly written; chunks before it are released.
  private var head = 0
  /// Bytes not yet written.
  private(set) var count = 0
  /// Bytes of streams' arrays held and not yet written (the connection counts them in its memory bound).
  private(set) var sharedByteCount = 0

  /// Creates an empty list.
  /// - Parameter sharesLargePieces: whether `append(sharing:range:)` may hold arrays by reference.
  init(sharesLargePieces: Bool) {
    self.sharesLargePieces = sharesLargePieces
  }

  /// Whether every byte was written.
  var isEmpty: Bool { count == 0 }

  /// How many chunks wait (a run of our own bytes counts once), for tests.
  var pendingChunkCount: Int { chunks.count - head }

  // MARK: Appending

  /// Appends a copy of `bytes`.
  mutating func append(copying bytes: UnsafeRawBufferPointer) {
    guard !bytes.isEmpty else { return }
    let start = own.count
    own.reserveGrowing(bytes.count)
    own.append(copying: bytes)
    extendOwnRun(from: start)
  }

  /// Appends one byte.
  mutating func append(byte: UInt8) {
    let start = own.count
    own.append(byte)
    extendOwnRun(from: start)
  }

  /// Appends `count` zero bytes (a DATA frame's padding).
  mutating func appendZeros(_ count: Int) {
    guard count > 0 else { return }
    let start = own.count
    own.append(contentsOf: repeatElement(0, count: count))
    extendOwnRun(from: start)
  }

  /// Appends `array[range]`: held by reference when it is large (and sharing is on), copied otherwise.
  /// The array must not be changed by anyone while it is held (a value type: a later change by its
  /// former owner makes that owner a copy).
  mutating func append(sharing array: [UInt8], range: Range<Int>) {
    guard !range.isEmpty else { return }
    guard sharesLargePieces, range.count >= Self.minimumSharedBytes else {
      array.withUnsafeBytes { append(copying: UnsafeRawBufferPointer(rebasing: $0[range])) }
      return
    }
    chunks.append(Chunk(shared: array, start: range.lowerBound, end: range.upperBound))
    count += range.count
    sharedByteCount += range.count
  }

  /// Lets `body` append to our buffer in place (TLS drains its records into it); `body` must only
  /// append, and returns how many bytes it appended.
  mutating func appendInPlace(_ body: (inout [UInt8]) -> Int) {
    let start = own.count
    let appended = body(&own)
    precondition(own.count == start + appended, "appendInPlace: the body must only append, and say how much")
    if appended > 0 { extendOwnRun(from: start) }
  }

  /// The bytes just appended at `own[start...]` join the last run when it ends there, or start a run.
  private mutating func extendOwnRun(from start: Int) {
    count += own.count - start
    if let last = chunks.last, last.shared == nil, last.end == start, chunks.count > head {
      chunks[chunks.count - 1].end = own.count
    } else {
      chunks.append(Chunk(shared: nil, start: start, end: own.count))
    }
  }

  // MARK: Rollback

  /// Where the list is now, to drop what is appended after it (a DATA frame that cannot be completed).
  var mark: Mark {
    Mark(chunkCount: chunks.count, lastEnd: chunks.last?.end ?? 0, ownCount: own.count, count: count,
         sharedByteCount: sharedByteCount)
  }

  /// Drops everything appended since `mark`; nothing may have been written in between.
  mutating func rollBack(to mark: Mark) {
    chunks.removeLast(chunks.count - mark.chunkCount)
    if mark.chunkCount > 0 { chunks[mark.chunkCount - 1].end = mark.lastEnd }
    own.removeLast(own.count - mark.ownCount)
    count = mark.count
    sharedByteCount = mark.sharedByteCount
  }

  // MARK: Writing

  /// Hands `body` the pending bytes as at most `maxVectorsPerWrite` buffers, in order, for one gather
  /// write; nothing is taken (call `advance(by:)` with what the socket took).
  func withPendingVectors<R>(_ body: (UnsafeBufferPointer<iovec>) throws -> R) rethrows -> R {
    let vectorCount = min(chunks.count - head, Self.maxVectorsPerWrite)
    return try withUnsafeTemporaryAllocation(of: iovec.self, capacity: max(vectorCount, 1)) { vectors in
      try own.withUnsafeBytes { ownBytes in
        for index in 0..<vectorCount {
          let chunk = chunks[head + index]
          let base: UnsafeRawPointer?
          if let shared = chunk.shared {
            // The address outlives the closure safely: the array is held by `chunks`, which nothing
            // changes while `body` runs, and an [UInt8] on Linux always owns contiguous native storage.
            base = shared.withUnsafeBytes { $0.baseAddress }
          } else {
            base = ownBytes.baseAddress.map(UnsafeRawPointer.init)
          }
          vectors[index] = iovec(iov_base: UnsafeMutableRawPointer(mutating: base.map { $0 + chunk.start }),
                                 iov_len: chunk.end - chunk.start)
        }
        return try body(UnsafeBufferPointer(rebasing: vectors[0..<vectorCount]))
      }
    }
  }

  /// Calls `body` with each pending run in order, then drops them all (TLS encrypts them).
  mutating func drain(_ body: (UnsafeRawBufferPointer) throws -> Void) rethrows {
    defer { removeAll() }
    try own.withUnsafeBytes { ownBytes in
      for chunk in chunks[head...] {
        if let shared = chunk.shared {
          try shared.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[chunk.start..<chunk.end])) }
        } else {
          try body(UnsafeRawBufferPointer(rebasing: ownBytes[chunk.start..<chunk.end]))
        }
      }
    }
  }

  /// Drops the first `written` pending bytes (what the socket took): whole chunks are released as they
  /// go, and a chunk taken in part resumes at its first byte not taken.
  mutating func advance(by written: Int) {
    precondition(written >= 0 && written <= count, "advance(by:): \(written) of \(count) pending bytes")
    var left = written
    while left > 0 {
      let length = chunks[head].end - chunks[head].start
      let isShared = chunks[head].shared != nil
      if left >= length {
        left -= length
        count -= length
        if isShared { sharedByteCount -= length }
        // Released now, not when the batch is done: the message's memory goes back as it leaves.
        chunks[head].shared = nil
        head += 1
      } else {
        chunks[head].start += left
        count -= left
        if isShared { sharedByteCount -= left }
        left = 0
      }
    }
    if count == 0 { removeAll() }
  }

  /// Drops every pending byte; our buffer keeps its capacity up to `keptBufferBytes`.
  mutating func removeAll() {
    own.removeAll(keepingCapacity: own.capacity <= Self.keptBufferBytes)
    chunks.removeAll(keepingCapacity: chunks.capacity <= 4 * Self.maxVectorsPerWrite)
    head = 0
    count = 0
    sharedByteCount = 0
  }
}
