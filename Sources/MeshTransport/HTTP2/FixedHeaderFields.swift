/// Header fields laid out once (as a `HeaderBlock` lays them out) and kept in memory of their own, so a
/// block adds them with one copy and no retain: held as a `HeaderBlock` in the connection, each read of
/// the array retained and released its buffer (two per relayed call). The owner deallocates it.
struct FixedHeaderFields {
  private let storage: UnsafeMutableRawBufferPointer
  /// The number of fields.
  let count: Int

  /// A copy of `block`'s fields.
  init(_ block: HeaderBlock) {
    storage = block.withLaidOutBytes { laidOut in
      let copy = UnsafeMutableRawBufferPointer.allocate(byteCount: Swift.max(laidOut.count, 1), alignment: 1)
      if let source = laidOut.baseAddress, let target = copy.baseAddress {
        target.copyMemory(from: source, byteCount: laidOut.count)
      }
      return UnsafeMutableRawBufferPointer(rebasing: copy[0..<laidOut.count])
    }
    count = block.count
  }

  /// The fields' bytes; valid until `deallocate`.
  var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(storage) }

  /// Frees the copy; called once, by the owner's `deinit`.
  func deallocate() { storage.deallocate() }
}
