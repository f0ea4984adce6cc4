internal import CProtobufC
import MeshCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds a string field holding U+0000 in serialized bytes before protobuf-c unpacks them.
///
/// protobuf-c keeps a string as a NUL-terminated `char *`, so such a string (valid UTF-8, kept whole by
/// grpc C++, Java and Python) would reach Swift cut at its first NUL, and be packed cut again: a silent
/// change of the data. Keeping it would need the length protobuf-c does not store, in the reader, the
/// JSON printer, the field walk and protobuf-c's own packers (which take `strlen`), so the message is
/// refused instead, with the field named. Bytes without a single 0x00 cannot hold such a string: one
/// `memchr` over the buffer is all an ordinary message costs; only bytes with a 0x00 somewhere (a zero
/// number, a double, a bytes field) are walked, guided by the descriptor, as `ProtobufNestingCheck` does,
/// and there only the length-delimited fields holding a 0x00 are looked up.
enum ProtobufStringNULCheck {
  /// The path of the first string field whose bytes hold a NUL (`reply.text`, `labels`), or nil when
  /// none does. Malformed bytes answer nil: protobuf-c then rejects them with its own checks.
  static func fieldWithNUL(_ bytes: UnsafeRawBufferPointer, descriptor: UnsafePointer<ProtobufCMessageDescriptor>)
    -> String?
  {
    guard let base = bytes.baseAddress, memchr(base, 0, bytes.count) != nil else { return nil }
    return walk(bytes, from: 0, to: bytes.count, descriptor: descriptor)
  }

  /// The error a decode throws for a string holding NUL at `path` in a message of `typeName`.
  static func decodeError(typeName: String, path: String) -> RPCError {
    RPCError(code: .internal, message: "Could not decode \(typeName): string field \(path) holds U+0000 (NUL), "
      + "which protobuf-c cannot keep (its strings end at the first NUL); refused rather than cut.")
  }

  /// The error an encode throws for a string holding NUL in `field` of a message of `typeName`.
  static func encodeError(typeName: String, field: String) -> RPCError {
    RPCError(code: .internal, message: "Could not encode \(typeName): string field \(field) holds U+0000 (NUL), "
      + "which protobuf-c cannot pack (its strings end at the first NUL); refused rather than cut.")
  }

  /// Walks the fields of the message in `start..<end`: a length-delimited field without a 0x00 byte is
  /// skipped by its length (no descriptor lookup); a string field with one is the answer; a message
  /// field with one (map entries too) is walked in turn. Recursive, without allocating: the depth is
  /// bounded by the type, or by `ProtobufNestingCheck`, which every caller runs first for types that
  /// can contain themselves.
  private static func walk(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int,
                           descriptor: UnsafePointer<ProtobufCMessageDescriptor>) -> String?
  {
    guard let base = bytes.baseAddress else { return nil }
    var position = start
    while position < end {
      guard let tag = ProtobufWire.readVarint(bytes, &position) else { return nil }
      switch tag & 7 {
      case 0: guard ProtobufWire.readVarint(bytes, &position) != nil else { return nil }
      case 1: position += 8
      case 5: position += 4
      case 2:
        guard let length = ProtobufWire.readVarint(bytes, &position), length <= UInt64(end - position) else { return nil }
        let fieldStart = position
        position += Int(length)
        guard length > 0, memchr(base + fieldStart, 0, Int(length)) != nil,
              let field = protobuf_c_message_descriptor_get_field(descriptor, UInt32(truncatingIfNeeded: tag >> 3))
        else { continue }
        if field.pointee.type == PROTOBUF_C_TYPE_STRING { return String(cString: field.pointee.name) }
        if field.pointee.type == PROTOBUF_C_TYPE_MESSAGE,
           let inner = walk(bytes, from: fieldStart, to: position,
                            descriptor: field.pointee.descriptor.assumingMemoryBound(to: ProtobufCMessageDescriptor.self))
        {
          return String(cString: field.pointee.name) + "." + inner
        }
      default: return nil
      }
    }
    return nil
  }
}
