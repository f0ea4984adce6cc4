/// Header blocks nghttp2 reads in place (`NGHTTP2_NV_FLAG_NO_COPY_*`) until it has sent or dropped their
/// HEADERS frame, then kept as finished until the connection takes them back into its pool (nghttp2's
/// callbacks, where a frame is reported done, cannot reach the pool). Each block comes back once its own
/// frame is done, not when the whole queue is: a request waiting for a stream slot, or a connection whose
/// queue never empties, held every block submitted after it (RSS under load 32 -> 65 MB in a trial).
///
/// A block is found by the address of its storage, which nghttp2 gives back in the frame: every value goes
/// uncopied (`HeaderBlock.withNV(noCopy:)`), so the first field's value pointer lies 8 bytes (the lengths)
/// and the name past the start of the block's bytes. Copied blocks point into nghttp2's own buffer and are
/// not found; a block whose storage another held block shares (a copy) is not held but copied.
struct HeldHeaderBlocks {
  /// Blocks whose frame nghttp2 still has to send or drop, by the address of their first byte.
  private var queued: [UnsafeRawPointer: HeaderBlock] = [:]
  /// Blocks nghttp2 is done with, for `giveBack`.
  private var finished: [HeaderBlock] = []

  /// Blocks nghttp2 still reads in place.
  var count: Int { queued.count }

  /// Whether finished blocks wait for `giveBack`.
  var hasFinished: Bool { !finished.isEmpty }

  /// Whether `block` can go to nghttp2 uncopied: it has a field to find it by, and no held block shares its
  /// storage (a copy of one would be found as the other).
  func canHold(_ block: HeaderBlock) -> Bool {
    guard !block.isEmpty, let start = Self.start(of: block) else { return false }
    return queued[start] == nil
  }

  /// Takes `block` after its submission: held until its frame is done when nghttp2 `queued` it uncopied,
  /// otherwise (copied, or refused) finished at once. `block` is left empty, without storage.
  mutating func keep(_ block: inout HeaderBlock, queued isQueued: Bool) {
    var taken = HeaderBlock.withoutStorage
    swap(&taken, &block)
    if isQueued, let start = Self.start(of: taken) {
      queued[start] = taken
    } else {
      finished.append(taken)
    }
  }

  /// nghttp2 is done with a HEADERS frame whose first field's value is at `firstValue` and whose first name
  /// is `firstNameLength` bytes: the block it was read from, if held, is finished. A frame reported twice,
  /// or one whose block was copied, finds nothing.
  mutating func finish(firstValue: UnsafeRawPointer, firstNameLength: Int) {
    let start = firstValue - (HeaderBlock.fieldLengthsSize + firstNameLength)
    guard let block = queued.removeValue(forKey: start) else { return }
    finished.append(block)
  }

  /// Gives the finished blocks to `pool`.
  mutating func giveBack(into pool: inout HeaderStoragePool) {
    for index in finished.indices { pool.recycle(&finished[index]) }
    finished.removeAll(keepingCapacity: true)
  }

  private static func start(of block: HeaderBlock) -> UnsafeRawPointer? { block.withLaidOutBytes { $0.baseAddress } }
}
