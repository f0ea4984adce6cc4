/// Header blocks nghttp2 reads in place (`NGHTTP2_NV_FLAG_NO_COPY_*`) until it has sent or dropped their
/// HEADERS frame, then kept as finished until the connection takes them back into its pool (nghttp2's
/// callbacks, where a frame is reported done, cannot reach the pool). Each block comes back once its own
/// frame is done, not when the whole queue is: a request waiting for a stream slot, or a connection whose
/// queue never empties, held every block submitted after it (RSS under load 32 -> 65 MB in a trial).
///
/// A block is found by the address of its storage, which nghttp2 gives back in the frame: every value goes
/// uncopied (`HeaderBlock.withNV(noCopy:)`), so the first field's value pointer lies 8 bytes (the lengths)
/// and the name past the start of the block's bytes. Copied blocks point into nghttp2's own buffer and are
/// not found. Held blocks are kept in submission order and searched from the oldest: nghttp2 sends (or
/// drops) a session's HEADERS frames in the order they were queued (a server's responses and trailers in
/// one queue, a client's requests in another), so the one done is nearly always the first; a dictionary
/// by address cost ~2.4k instructions per relayed call in hashing (SipHash, 9 operations).
struct HeldHeaderBlocks {
  /// Where each held block's bytes start, in submission order from `first`; 0 where a block came back out
  /// of order. Apart from the blocks, so the search compares integers and touches no reference count.
  private var starts: [UInt] = []
  /// The held blocks, beside `starts`; an empty block (no storage) where one came back.
  private var blocks: [HeaderBlock] = []
  /// The oldest entry that may still be held; every one before it came back.
  private var first = 0
  /// How many blocks are held.
  private(set) var count = 0
  /// Blocks nghttp2 is done with, for `giveBack`.
  private var finished: [HeaderBlock] = []

  /// Whether finished blocks wait for `giveBack`.
  var hasFinished: Bool { !finished.isEmpty }

  /// Whether `block` can go to nghttp2 uncopied: it has a field to find it by. Its storage must not be
  /// shared with a held block's (`HeaderBlock.makeStorageUnique` before the submit).
  static func canHold(_ block: HeaderBlock) -> Bool { !block.isEmpty }

  /// Takes `block` after its submission: held until its frame is done when nghttp2 `queued` it uncopied,
  /// otherwise (copied, or refused) finished at once. `block` is left empty, without storage.
  mutating func keep(_ block: inout HeaderBlock, queued isQueued: Bool) {
    var taken = HeaderBlock.withoutStorage
    swap(&taken, &block)
    if isQueued, let start = taken.withLaidOutBytes({ $0.baseAddress }) {
      starts.append(UInt(bitPattern: start))
      blocks.append(taken)
      count += 1
    } else {
      finished.append(taken)
    }
  }

  /// nghttp2 is done with a HEADERS frame whose first field's value is at `firstValue` and whose first name
  /// is `firstNameLength` bytes: the block it was read from, if held, is finished. A frame reported twice,
  /// or one whose block was copied, finds nothing.
  mutating func finish(firstValue: UnsafeRawPointer, firstNameLength: Int) {
    guard count > 0 else { return }
    let start = UInt(bitPattern: firstValue - (HeaderBlock.fieldLengthsSize + firstNameLength))
    var index = first
    while index < starts.count, starts[index] != start { index += 1 }
    guard index < starts.count else { return }
    starts[index] = 0
    var taken = HeaderBlock.withoutStorage
    swap(&taken, &blocks[index])
    finished.append(taken)
    count -= 1
    // The entries before the first held one are gone; storage is kept for the next.
    while first < starts.count, starts[first] == 0 { first += 1 }
    if first == starts.count {
      starts.removeAll(keepingCapacity: true)
      blocks.removeAll(keepingCapacity: true)
      first = 0
    } else if first >= 64, first * 2 >= starts.count {
      starts.removeFirst(first)
      blocks.removeFirst(first)
      first = 0
    }
  }

  /// Gives the finished blocks to `pool`.
  mutating func giveBack(into pool: inout HeaderStoragePool) {
    for index in finished.indices { pool.recycle(&finished[index]) }
    finished.removeAll(keepingCapacity: true)
  }
}
