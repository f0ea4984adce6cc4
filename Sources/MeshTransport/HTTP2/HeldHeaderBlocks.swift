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
///
/// The entries live in two arrays used as a queue, `first..<end`: a finished entry is cleared in place (its
/// block taken out of its optional, leaving nothing to allocate or free), and once every entry came back the
/// queue starts again at 0 over the same slots, with no `removeAll` (each removal destroyed the emptied
/// blocks, a release apiece). Finished blocks go to the pool by moves (`giveBack`), none copied or emptied
/// in place: ~1.35k instructions of bookkeeping per relayed call before (three blocks).
struct HeldHeaderBlocks {
  /// Where each held block's bytes start, in submission order from `first`; 0 where a block came back out
  /// of order. Apart from the blocks, so the search compares integers and touches no reference count.
  private var starts: [UInt] = []
  /// The held blocks, beside `starts`; nil where one came back.
  private var blocks: [HeaderBlock?] = []
  /// The oldest entry that may still be held; every one before it came back.
  private var first = 0
  /// One past the newest entry; the slots from here on are free for reuse.
  private var end = 0
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
    guard isQueued, let start = taken.withLaidOutBytes({ $0.baseAddress }) else { return finished.append(taken) }
    if end < starts.count {
      starts[end] = UInt(bitPattern: start)
      blocks[end] = consume taken
    } else {
      starts.append(UInt(bitPattern: start))
      blocks.append(consume taken)
    }
    end += 1
    count += 1
  }

  /// nghttp2 is done with a HEADERS frame whose first field's value is at `firstValue` and whose first name
  /// is `firstNameLength` bytes: the block it was read from, if held, is finished. A frame reported twice,
  /// or one whose block was copied, finds nothing.
  mutating func finish(firstValue: UnsafeRawPointer, firstNameLength: Int) {
    let start = UInt(bitPattern: firstValue - (HeaderBlock.fieldLengthsSize + firstNameLength))
    // 0 marks a slot that came back: never a block's address.
    guard count > 0, start != 0 else { return }
    var index = first
    while index < end, starts[index] != start { index += 1 }
    guard index < end else { return }
    starts[index] = 0
    if let block = blocks[index].take() { finished.append(block) }
    count -= 1
    // The entries before the first held one are gone; with none held the queue starts again at 0.
    if count == 0 {
      first = 0
      end = 0
      return
    }
    // Dead entries at either end are dropped: a block held long at the front (a request waiting for a
    // stream slot) leaves the slots behind it free again as the later blocks come back.
    while starts[first] == 0 { first += 1 }
    while starts[end - 1] == 0 { end -= 1 }
    // Slots before `first` are reused once half the queue's slots are dead there.
    if first >= 64, first * 2 >= end { compact() }
  }

  /// The slots from the oldest held block to the newest, dead ones between them included (tests).
  var span: Int { end - first }

  /// Moves the entries `first..<end` to the start of the arrays.
  private mutating func compact() {
    for index in first..<end {
      starts[index - first] = starts[index]
      blocks[index - first] = blocks[index].take()
    }
    for index in (end - first)..<end { starts[index] = 0 }
    end -= first
    first = 0
  }

  /// Gives the finished blocks to `pool`, moved (`HeaderStoragePool.recycle(taking:)`).
  mutating func giveBack(into pool: inout HeaderStoragePool) {
    while let block = finished.popLast() { pool.recycle(taking: block) }
  }
}
