/// Writes fields, as a `HeaderBlock` lays them out, into memory of `room` bytes: the block's spare capacity
/// (`HeaderBlock.appendFields`), so a relayed block's fields go in with one capacity check for all of them.
struct HeaderBlockFieldWriter {
  /// Where the first field goes.
  let base: UnsafeMutableRawPointer
  /// The bytes there are room for.
  let room: Int
  /// The bytes written so far.
  private(set) var written = 0
  /// The fields written so far.
  private(set) var fields = 0

  init(base: UnsafeMutableRawPointer, room: Int) {
    self.base = base
    self.room = room
  }

  /// Writes a field, its name marked lower-case when `lowerCase`; a field past the room is left out (the
  /// callers' bounds hold every field they write). Inlined: called apart, its call cost ~30 instructions a
  /// field (callgrind of the gateway, 16x32).
  @inline(__always)
  mutating func write(name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer, lowerCase: Bool) {
    let size = HeaderBlock.fieldLengthsSize + name.count + value.count
    guard written + size <= room else { return }
    let at = base + written
    at.storeBytes(of: UInt32(truncatingIfNeeded: name.count) | (lowerCase ? HeaderBlock.lowerCaseMark : 0), as: UInt32.self)
    at.storeBytes(of: UInt32(truncatingIfNeeded: value.count), toByteOffset: 4, as: UInt32.self)
    let target = at + HeaderBlock.fieldLengthsSize
    if let source = name.baseAddress {
      if value.isEmpty || value.baseAddress == source + name.count {
        target.copyMemory(from: source, byteCount: name.count + value.count)
      } else {
        target.copyMemory(from: source, byteCount: name.count)
        if let valueSource = value.baseAddress { (target + name.count).copyMemory(from: valueSource, byteCount: value.count) }
      }
    } else if let valueSource = value.baseAddress {
      target.copyMemory(from: valueSource, byteCount: value.count)
    }
    written += size
    fields += 1
  }
}
