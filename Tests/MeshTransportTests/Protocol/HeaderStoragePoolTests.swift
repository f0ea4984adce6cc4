import Testing
@testable import MeshTransport

/// A connection's spare header and relay buffers: a block, tail or request's fields taken after one was
/// given back starts empty on the old storage (no leftover field or byte), and the pool keeps neither
/// oversized buffers nor more than its bound.
@Suite struct HeaderStoragePoolTests {
  @Test func aRecycledBlockServesTheNextOneEmpty() {
    var pool = HeaderStoragePool()
    var first = pool.block(capacity: 1000, fields: 4)
    first.add(":status", literal: "200")
    first.add("x-old", value: String(repeating: "o", count: 900))
    let grown = first.storageCapacity
    #expect(grown >= 1000)
    pool.recycle(&first)
    #expect(first.storageCapacity == 0 && first.isEmpty)
    // Asked for less than it holds: the spare's storage, not a new block of the smaller size.
    var second = pool.block(capacity: 8, fields: 1)
    #expect(second.storageCapacity == grown && second.isEmpty)
    second.add("grpc-status", literal: "0")
    #expect(second.textFields.map { "\($0.0)=\($0.1)" } == ["grpc-status=0"])
    // The pool is empty again: the next block is new, sized as asked.
    #expect(pool.block(capacity: 8, fields: 1).storageCapacity < grown)
  }

  @Test func oversizedAndSurplusBuffersAreFreed() {
    var pool = HeaderStoragePool()
    var huge = HeaderBlock(capacity: HeaderStoragePool.maxSpareBytes + 1, fields: 0)
    huge.add("x", value: "y")
    pool.recycle(&huge)
    #expect(pool.block(capacity: 8, fields: 1).storageCapacity <= HeaderStoragePool.maxSpareBytes)
    for _ in 0..<(HeaderStoragePool.maxSpareBlocks + 5) {
      var block = HeaderBlock(capacity: 64, fields: 1)
      pool.recycle(&block)
    }
    var kept = 0
    while pool.block(capacity: 0, fields: 0).storageCapacity >= 64 { kept += 1 }
    #expect(kept == HeaderStoragePool.maxSpareBlocks)
  }

  /// An upstream connection's pool keeps as many spares of each kind as its many calls in flight give back,
  /// up to `maxUpstreamSpares` (blocks included) and no more; a server connection's keeps `maxSpares` of the
  /// same buffers.
  @Test func spareCountsAreCappedBySide() {
    var upstream = HeaderStoragePool(upstream: true)
    var server = HeaderStoragePool()
    #expect(HeaderStoragePool.maxUpstreamSpares > HeaderStoragePool.maxSpares)
    for _ in 0..<(HeaderStoragePool.maxUpstreamSpares + 5) {
      var fields = RawHeaderFields(), serverFields = RawHeaderFields()
      fields.append(name: Array("grpc-status".utf8), value: Array("0".utf8))
      serverFields.append(name: Array("grpc-status".utf8), value: Array("0".utf8))
      upstream.recycle(received: &fields)
      server.recycle(received: &serverFields)
      var tail = [UInt8](repeating: 1, count: 64), serverTail = [UInt8](repeating: 1, count: 64)
      upstream.recycle(tail: &tail)
      server.recycle(tail: &serverTail)
      var block = HeaderBlock(capacity: 64, fields: 1)
      upstream.recycle(&block)
    }
    var keptFields = 0
    while upstream.receivedFields().storageCapacity > 0 { keptFields += 1 }
    var keptTails = 0
    while upstream.tail().capacity > 0 { keptTails += 1 }
    var keptBlocks = 0
    while upstream.block(capacity: 0, fields: 0).storageCapacity >= 64 { keptBlocks += 1 }
    #expect(keptFields == HeaderStoragePool.maxUpstreamSpares && keptTails == HeaderStoragePool.maxUpstreamSpares)
    #expect(keptBlocks == HeaderStoragePool.maxUpstreamSpares)
    var keptOnServer = 0
    while server.receivedFields().storageCapacity > 0 { keptOnServer += 1 }
    var tailsOnServer = 0
    while server.tail().capacity > 0 { tailsOnServer += 1 }
    #expect(keptOnServer == HeaderStoragePool.maxSpares && tailsOnServer == HeaderStoragePool.maxSpares)
  }

  @Test func receivedFieldsComeBackEmpty() {
    var pool = HeaderStoragePool()
    var fields = pool.receivedFields()
    fields.append(name: Array("grpc-status".utf8), value: Array("0".utf8))
    let capacity = fields.storageCapacity
    pool.recycle(received: &fields)
    let again = pool.receivedFields()
    #expect(again.count == 0 && again.byteCount == 0 && again.textFields.isEmpty)
    #expect(again.storageCapacity == capacity)
  }

  /// A request's fields given back after a relayed call (edited: one removed, one added, a hand-made
  /// upper-case name) serve the next request empty, on the same storage, as a fresh block: no field,
  /// byte or edit of the last one left, `revertEdits` going back to the new fields only, names of fields
  /// received again taken as nghttp2's.
  @Test func requestFieldsComeBackEmptyOnTheirStorage() {
    var pool = HeaderStoragePool()
    var fields = RequestHeaderFields([("authorization", "Bearer abc"), ("X-Upper", "1")])
    fields.removeAll { RequestHeaderFields.equals($0, "authorization") }
    fields.append("x-request-id", "made")
    let capacity = fields.storageCapacity
    #expect(capacity > 0)
    pool.recycle(request: &fields)
    #expect(fields.storageCapacity == 0 && fields.isEmpty)
    var next = pool.requestFields()
    #expect(next.storageCapacity == capacity && next.isEmpty && next.byteCount == 0 && next.listSize == 0)
    var seen = 0
    next.forEach { _, _ in seen += 1; return true }
    #expect(seen == 0)
    next.append("te", "trailers")
    next.markReceived()
    next.append("user-agent", "added")
    next.revertEdits()
    var names: [String] = []
    var marked: [Bool] = []
    next.forEachMarked { name, _, lowerCase in
      names.append(String(decoding: name, as: UTF8.self))
      marked.append(lowerCase)
      return true
    }
    #expect(names == ["te"] && marked == [true] && next.count == 1)
    // Taken again before any is given back: a new block without storage.
    #expect(pool.requestFields().storageCapacity == 0)
  }

  @Test func aTailComesBackEmptyAndIsAdopted() throws {
    var pool = HeaderStoragePool()
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    _ = [UInt8](repeating: 7, count: 300).withUnsafeBytes { buffer.appendRaw(copying: $0) }
    var tail: [UInt8] = []
    buffer.removeAll(keepingTailIn: &tail)
    #expect(buffer.pendingCount == 0 && tail.capacity >= 300)
    pool.recycle(tail: &tail)
    var next = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    var spare = pool.tail()
    #expect(spare.isEmpty && spare.capacity >= 300)
    next.adoptTail(&spare)
    _ = [UInt8]([1, 2, 3]).withUnsafeBytes { next.appendRaw(copying: $0) }
    _ = next.finish(.endStream)
    var scratch = [UInt8](repeating: 0, count: 16)
    let read = scratch.withUnsafeMutableBytes { next.read(into: $0) }
    guard case .end(3, nil) = read else { Issue.record("only the new bytes, then the end: \(read)"); return }
    #expect(Array(scratch[0..<3]) == [1, 2, 3])
    // An empty array is not kept.
    var none: [UInt8] = []
    pool.recycle(tail: &none)
    #expect(pool.tail().capacity == 0)
  }

  /// Submitted trailers are taken out of the buffer, so the block given back to the pool is not shared
  /// (its next use would otherwise copy it); the DATA still ends.
  @Test func submittedTrailersAreTakenOut() throws {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    var trailers = HeaderBlock()
    trailers.add("grpc-status", literal: "0")
    _ = buffer.finish(.trailers(trailers))
    guard case .end(0, .some) = buffer.reserve(max: 64) else { Issue.record("trailers first"); return }
    let taken = buffer.takeTrailers()
    #expect(taken?.textFields.map { "\($0.0)=\($0.1)" } == ["grpc-status=0"])
    #expect(buffer.takeTrailers() == nil)
    guard case .end(0, nil) = buffer.reserve(max: 64) else { Issue.record("then a plain end"); return }
  }
}
