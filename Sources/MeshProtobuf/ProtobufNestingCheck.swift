internal import CProtobufC

/// Measures how deep messages nest in serialized bytes without recursion, so that hostile bytes
/// (a message nested a million times fits in 4 MiB) are refused before protobuf-c's recursive unpack
/// runs out of stack. Only types that can contain themselves need it; others nest as deep as their
/// proto says.
enum ProtobufNestingCheck {
  /// As protobuf's C++ and Java runtimes: 100 levels of nested messages.
  static let limit = 100

  /// Whether the bytes nest messages deeper than `limit`. Malformed bytes answer false: protobuf-c
  /// then rejects them with its own checks.
  static func exceedsLimit(_ bytes: UnsafeRawBufferPointer, descriptor: UnsafePointer<ProtobufCMessageDescriptor>)
    -> Bool
  {
    // The end offset and descriptor of each message being read, innermost last.
    var stack: [(end: Int, descriptor: UnsafePointer<ProtobufCMessageDescriptor>)] = [(bytes.count, descriptor)]
    var position = 0
    while let current = stack.last {
      if position >= current.end {
        stack.removeLast()
        continue
      }
      guard let tag = ProtobufWire.readVarint(bytes, &position) else { return false }
      switch tag & 7 {
      case 0: guard ProtobufWire.readVarint(bytes, &position) != nil else { return false }
      case 1: position += 8
      case 5: position += 4
      case 2:
        guard let length = ProtobufWire.readVarint(bytes, &position), length <= UInt64(current.end - position) else { return false }
        let end = position + Int(length)
        if let field = protobuf_c_message_descriptor_get_field(current.descriptor, UInt32(truncatingIfNeeded: tag >> 3)),
           field.pointee.type == PROTOBUF_C_TYPE_MESSAGE
        {
          if stack.count > limit { return true }
          stack.append((end, field.pointee.descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self)))
        } else {
          position = end
        }
      default: return false
      }
      if position > current.end { return false }
    }
    return false
  }
}
