internal import CProtobufC

/// Packs a C message into bytes, choosing protobuf-c's packer by size: `protobuf_c_message_pack` writes a
/// sub-message of 128 bytes or more, then moves it past its length prefix (every large nested field is
/// written twice); `protobuf_c_message_pack_to_buffer` sizes each sub-message first and writes once, but
/// calls a function per field, which costs more on small messages.
enum ProtobufPacker {
  /// Messages of this many bytes or more go through `pack_to_buffer`: below it the moves `pack` makes cost
  /// less than `pack_to_buffer`'s calls per field and its repeated sizing (C timings of both packs).
  static let sizedPackThreshold = 8 * 1024

  /// The packed message, `protobuf_c_message_get_packed_size` bytes long.
  /// - Parameter sized: which packer; by default `pack_to_buffer` from `sizedPackThreshold` bytes.
  static func pack(_ message: UnsafePointer<ProtobufCMessage>, sized: Bool? = nil) -> [UInt8] {
    let size = protobuf_c_message_get_packed_size(message)
    // Packed straight into uninitialized array storage: no zero-fill.
    return [UInt8](unsafeUninitializedCapacity: size) { storage, count in
      count = pack(message, size: size, into: storage.baseAddress, sized: sized ?? (size >= sizedPackThreshold))
    }
  }

  /// Packs into `storage`, which holds `size` bytes, the message's packed size; returns `size`.
  private static func pack(
    _ message: UnsafePointer<ProtobufCMessage>, size: Int, into storage: UnsafeMutablePointer<UInt8>?, sized: Bool
  ) -> Int {
    // An empty message packs to nothing: protobuf-c wants no pointer then.
    guard size > 0, let storage else { return 0 }
    let written = sized
      ? mesh_protobuf_c_pack_sized(message, storage, size)
      : protobuf_c_message_pack(message, storage)
    // Both packers write exactly the size protobuf-c computed for the same message; anything else is a
    // protobuf-c defect that would put bytes past the storage or leave some unset.
    precondition(written == size, "protobuf-c packed \(written) bytes of \(size) announced")
    return size
  }
}
