extension Array where Element == UInt8 {
  /// The largest field joined on the stack before its one append; a longer one (a large token) is
  /// appended in parts, where the fixed cost of each append no longer matters.
  private static var joinedFieldLimit: Int { 1024 }

  /// Appends a header field with one `append(contentsOf:)`: its two lengths (8 bytes, as given, when not
  /// nil), its name and its value, joined first in a stack buffer. Each append costs ~80 instructions
  /// before its copy (uniqueness, capacity, count), and the header types made two or three per field, some
  /// 86 per relayed call (callgrind).
  /// - Parameters:
  ///   - lengths: the two 4-byte words stored before the name, already in the caller's layout.
  ///   - name: the name's bytes.
  ///   - value: the value's bytes.
  mutating func appendField(lengths: (UInt32, UInt32)?, name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) {
    let head = lengths == nil ? 0 : 8
    let total = head + name.count + value.count
    guard total <= Self.joinedFieldLimit else {
      if let lengths { Swift.withUnsafeBytes(of: lengths) { append(contentsOf: $0) } }
      append(contentsOf: name)
      append(contentsOf: value)
      return
    }
    withUnsafeTemporaryAllocation(byteCount: total, alignment: 1) { field in
      // Empty only when there is nothing to append.
      guard let base = field.baseAddress else { return }
      if let lengths {
        base.storeBytes(of: lengths.0, as: UInt32.self)
        base.storeBytes(of: lengths.1, toByteOffset: 4, as: UInt32.self)
      }
      if let source = name.baseAddress { (base + head).copyMemory(from: source, byteCount: name.count) }
      if let source = value.baseAddress { (base + head + name.count).copyMemory(from: source, byteCount: value.count) }
      append(contentsOf: UnsafeRawBufferPointer(field))
    }
  }
}
