import Testing
@testable import MeshTransport

/// `HeldHeaderBlocks` alone, without nghttp2: blocks come back once each, in any order, a block held long
/// at the front does not keep the others' slots, and the queue's slots are reused once it empties.
@Suite struct HeldHeaderBlocksQueueTests {
  @Test func outOfOrderAndRepeatedFinishesFindEachBlockOnce() {
    var held = HeldHeaderBlocks()
    let starts = (0..<5).map { held.keepQueued(index: $0) }
    #expect(held.count == 5)
    for index in [3, 0, 4, 3, 0] { held.finish(start: starts[index]) }
    #expect(held.count == 2)
    var pool = HeaderStoragePool()
    held.giveBack(into: &pool)
    #expect(!held.hasFinished)
    #expect(Self.spareStarts(in: &pool) == Set([starts[0], starts[3], starts[4]]))
    for index in [1, 2, 1] { held.finish(start: starts[index]) }
    #expect(held.count == 0)
    held.giveBack(into: &pool)
    #expect(Self.spareStarts(in: &pool) == Set([starts[1], starts[2]]))
  }

  /// One block held while 500 others come and go behind it: they all come back, the queue does not grow
  /// behind it, and the first one still comes back at the end.
  @Test func longHeldFrontBlockLetsTheOthersGo() {
    var held = HeldHeaderBlocks()
    let front = held.keepQueued(index: 0)
    var pool = HeaderStoragePool()
    for round in 0..<100 {
      let starts = (0..<5).map { held.keepQueued(index: round * 5 + $0 + 1) }
      for start in starts.reversed() { held.finish(start: start) }
      #expect(held.count == 1)
      #expect(held.span == 1)
      held.giveBack(into: &pool)
    }
    let later = held.keepQueued(index: 9999)
    held.finish(start: front)
    #expect(held.count == 1)
    #expect(held.span == 1)
    held.finish(start: later)
    #expect(held.count == 0)
    var last = HeaderStoragePool()
    held.giveBack(into: &last)
    #expect(Self.spareStarts(in: &last) == Set([front, later]))
  }

  /// A hundred blocks, the first seventy back in order (the live thirty move to the front slots), then
  /// thirty more kept and every one back in reverse: each comes back once.
  @Test func movedEntriesStillComeBack() {
    var held = HeldHeaderBlocks()
    var starts = (0..<100).map { held.keepQueued(index: $0) }
    for start in starts[..<70] { held.finish(start: start) }
    #expect(held.count == 30)
    #expect(held.span == 30)
    starts += (100..<130).map { held.keepQueued(index: $0) }
    #expect(held.span == 60)
    var pool = HeaderStoragePool()
    held.giveBack(into: &pool)
    for start in starts[70...].reversed() {
      held.finish(start: start)
      held.finish(start: start)
    }
    #expect(held.count == 0)
    var last = HeaderStoragePool()
    held.giveBack(into: &last)
    #expect(Self.spareStarts(in: &last) == Set(starts[70...]))
  }

  /// A block refused by nghttp2 (not queued) is finished at once; an empty one is never held.
  @Test func unqueuedBlocksAreFinishedAtOnce() {
    var held = HeldHeaderBlocks()
    var block = HeaderBlock(capacity: 64, fields: 1)
    block.add("x-id", "1")
    held.keep(&block, queued: false)
    #expect(held.count == 0)
    #expect(held.hasFinished)
    #expect(block.storageCapacity == 0)
    #expect(!HeldHeaderBlocks.canHold(HeaderBlock()))
  }


  /// The storages of the pool's spare blocks, taken out of it.
  private static func spareStarts(in pool: inout HeaderStoragePool) -> Set<UnsafeRawPointer> {
    var seen = Set<UnsafeRawPointer>()
    var taken: [HeaderBlock] = []
    while true {
      let block = pool.block(capacity: 8, fields: 1)
      guard let start = block.withLaidOutBytes({ $0.baseAddress }), !seen.contains(start),
            block.storageCapacity >= 64 else { break }
      seen.insert(start)
      taken.append(block)
    }
    return seen
  }
}

extension HeldHeaderBlocks {
  /// Keeps a block numbered `index` as queued by nghttp2; returns where its storage starts. Made here, not
  /// passed in: a copy made unique would get storage of its own, only as large as its fields.
  fileprivate mutating func keepQueued(index: Int) -> UnsafeRawPointer {
    var block = HeaderBlock(capacity: 64, fields: 1)
    block.add("x-id", String(index))
    let start = block.withLaidOutBytes { $0.baseAddress! }
    keep(&block, queued: true)
    return start
  }

  /// Reports done the frame of the block at `start` (first name `x-id`, 4 bytes), as nghttp2 would.
  fileprivate mutating func finish(start: UnsafeRawPointer) {
    finish(firstValue: start + HeaderBlock.fieldLengthsSize + 4, firstNameLength: 4)
  }
}
