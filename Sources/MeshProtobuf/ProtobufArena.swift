internal import CProtobufC
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns the C memory of one message being packed: every block lives until the arena goes away.
final class ProtobufArena {
  private var blocks: [UnsafeMutableRawPointer] = []
  /// Byte arrays the message points into (`keep`), held until the arena goes away.
  private var kept: [[UInt8]] = []
  /// How many kept arrays have `largeArrayBytes` or more: a message with none packs in one piece.
  private(set) var largeKeptCount = 0
  /// What counts as a large array: one that a transport writes by reference rather than copies.
  static let largeArrayBytes = 8 * 1024

  /// Zeroed memory for `count` bytes (at least one), aligned for any C type.
  func allocate(_ count: Int) -> UnsafeMutableRawPointer {
    guard let block = calloc(1, max(count, 1)) else { fatalError("out of memory") }
    blocks.append(block)
    return block
  }

  /// A C message of the descriptor's type with its defaults set.
  func newMessage(_ descriptor: UnsafePointer<ProtobufCMessageDescriptor>) -> UnsafeMutableRawPointer {
    let message = allocate(descriptor.pointee.sizeof_message)
    if descriptor.pointee.message_init != nil {
      protobuf_c_message_init(descriptor, message)
    } else {
      // A descriptor built at run time (`DynamicDescriptorPool`) has no init function: what protobuf-c's
      // own generic initialisation does (the memory is zeroed already): the descriptor, then each
      // singular field's default (only strings have one there: the empty string).
      message.assumingMemoryBound(to: ProtobufCMessage.self).pointee.descriptor = descriptor
      for index in 0..<Int(descriptor.pointee.n_fields) {
        let field = descriptor.pointee.fields[index]
        guard let value = field.default_value, field.label != PROTOBUF_C_LABEL_REPEATED, field.type == PROTOBUF_C_TYPE_STRING else { continue }
        (message + Int(field.offset)).storeBytes(of: value, as: UnsafeRawPointer.self)
      }
    }
    return message
  }

  /// The address of a non-empty array's bytes, valid as long as the arena: the arena holds the array,
  /// and nothing mutates it, so its storage neither moves nor goes away (no copy is made).
  func keep(_ bytes: [UInt8]) -> UnsafePointer<UInt8> {
    precondition(!bytes.isEmpty, "an empty array has no storage to point at")
    kept.append(bytes)
    if bytes.count >= Self.largeArrayBytes { largeKeptCount += 1 }
    // The pointer outlives the closure on purpose: the storage is pinned by `kept` (a native array's
    // elements live in its heap buffer, which `kept` keeps alive and no one writes to).
    return kept[kept.count - 1].withUnsafeBufferPointer { $0.baseAddress! }
  }

  /// The kept arrays of `largeArrayBytes` or more, in the order they were kept.
  var largeKeptArrays: [[UInt8]] {
    guard largeKeptCount > 0 else { return [] }
    return kept.filter { $0.count >= Self.largeArrayBytes }
  }

  /// The name of the first string field given a U+0000 (`noteFieldWithNUL`): protobuf-c would pack it
  /// cut at the NUL, so the caller refuses the message instead (`ProtobufStringNULCheck`).
  private(set) var fieldWithNUL: String?

  /// A NUL-terminated copy of a string (protobuf-c strings are `char *`).
  func cString(_ string: String) -> UnsafeMutableRawPointer {
    var string = string
    return string.withUTF8 { utf8 in
      let copy = allocate(utf8.count + 1)
      if let base = utf8.baseAddress { copy.copyMemory(from: base, byteCount: utf8.count) }
      return copy
    }
  }

  /// Records that the string field `name` was given a U+0000 (the first such field is kept).
  func noteFieldWithNUL(_ name: UnsafePointer<CChar>?) {
    if fieldWithNUL == nil { fieldWithNUL = name.map { String(cString: $0) } ?? "" }
  }

  deinit {
    for block in blocks { free(block) }
  }
}
