/// Reading the protobuf wire format directly, for the few places that walk serialized bytes without
/// unpacking them (the nesting check, reflection's look at descriptor files).
public enum ProtobufWire {
  /// Reads a base-128 varint at `position` and moves past it; nil when the bytes end inside it.
  /// - Parameters:
  ///   - bytes: the serialized bytes.
  ///   - position: where the varint starts; on return, just after it.
  public static func readVarint(_ bytes: UnsafeRawBufferPointer, _ position: inout Int) -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while position < bytes.count, shift < 64 {
      let byte = bytes[position]
      position += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte & 0x80 == 0 { return value }
      shift += 7
    }
    return nil
  }

  /// The length-delimited fields of a message in `range` of `bytes`, in order, as field numbers and
  /// byte ranges; other wire types are skipped. Stops at the first malformed byte.
  /// - Parameters:
  ///   - bytes: the serialized bytes.
  ///   - range: the message's bytes within them.
  public static func lengthDelimitedFields(_ bytes: UnsafeRawBufferPointer, in range: Range<Int>)
    -> [(field: Int, range: Range<Int>)]
  {
    var fields: [(field: Int, range: Range<Int>)] = []
    var position = range.lowerBound
    let window = UnsafeRawBufferPointer(rebasing: bytes[..<range.upperBound])
    while position < range.upperBound, let key = readVarint(window, &position) {
      switch key & 7 {
      case 0: guard readVarint(window, &position) != nil else { return fields }
      case 1: position += 8
      case 5: position += 4
      case 2:
        guard let length = readVarint(window, &position), length <= UInt64(range.upperBound - position) else {
          return fields
        }
        fields.append((Int(key >> 3), position..<(position + Int(length))))
        position += Int(length)
      default: return fields
      }
    }
    return fields
  }
}
