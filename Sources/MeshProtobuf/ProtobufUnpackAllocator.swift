internal import CProtobufC
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The allocator of one `protobuf_c_message_unpack` of a large message: a block of `threshold` bytes or
/// more is the storage of a Swift byte array, so that a `bytes` field protobuf-c copied there becomes the
/// Swift value without a second copy (`array(at:count:)`); smaller blocks come from `malloc`.
///
/// protobuf-c always copies a `bytes` field out of the input; without this, `ProtobufReader` copied it
/// once more into a new array (64 KiB twice per call in the 64 KiB unary benchmark). From 1 KiB on the
/// second copy costs more than this object: it is one more block above glibc's per-thread cache
/// (1,032 bytes), which takes malloc's slow path (consolidation, bin unlinking) on every call.
final class ProtobufUnpackAllocator {
  /// Blocks at least this large are array storage; smaller ones (the message structs, short fields)
  /// stay with `malloc`, and a message shorter than this never needs this allocator.
  static let threshold = 1024

  /// The first array handed out: most messages have one large field, kept here without a dictionary.
  private var first: (pointer: UnsafeMutableRawPointer, array: [UInt8])?
  /// The other arrays whose storage protobuf-c was given, by the address of their first byte.
  private var arrays: [UnsafeMutableRawPointer: [UInt8]] = [:]

  /// Runs `body` with a protobuf-c allocator that calls back into this object (alive for the call).
  func withAllocator<Result>(_ body: (UnsafeMutablePointer<ProtobufCAllocator>) throws -> Result) rethrows -> Result {
    try withExtendedLifetime(self) {
      var allocator = ProtobufCAllocator(
        // A +0 reference (`withExtendedLifetime` above keeps the object alive): taking it retained
        // made a retain and a release per block, four pairs per unpack of a message with one field.
        alloc: { data, size in
          guard let data else { return nil }
          return Unmanaged<ProtobufUnpackAllocator>.fromOpaque(data)._withUnsafeGuaranteedRef { $0.allocate(size) }
        },
        free: { data, pointer in
          guard let data, let pointer else { return }
          Unmanaged<ProtobufUnpackAllocator>.fromOpaque(data)._withUnsafeGuaranteedRef { $0.release(pointer) }
        },
        allocator_data: Unmanaged.passUnretained(self).toOpaque())
      return try body(&allocator)
    }
  }

  /// The array whose storage starts at `pointer`, when it holds exactly `count` bytes; nil for memory
  /// that is not array storage (the caller then copies). The array is shared, not copied.
  func array(at pointer: UnsafeRawPointer, count: Int) -> [UInt8]? {
    let pointer = UnsafeMutableRawPointer(mutating: pointer)
    if let first, first.pointer == pointer { return first.array.count == count ? first.array : nil }
    guard !arrays.isEmpty, let array = arrays[pointer], array.count == count else { return nil }
    return array
  }

  private func allocate(_ size: Int) -> UnsafeMutableRawPointer? {
    guard size >= Self.threshold else { return malloc(size) }
    // protobuf-c writes every byte before anything reads it (its own allocator does not zero either).
    var array = [UInt8](unsafeUninitializedCapacity: size) { _, count in count = size }
    // The pointer outlives the closure on purpose: the storage neither moves nor goes away while `arrays`
    // holds the array and no Swift code mutates it (the same pinning as `ProtobufArena.keep`).
    guard let base = array.withUnsafeMutableBufferPointer({ $0.baseAddress }) else { return nil }
    let pointer = UnsafeMutableRawPointer(base)
    if first == nil { first = (pointer, array) } else { arrays[pointer] = array }
    return pointer
  }

  private func release(_ pointer: UnsafeMutableRawPointer) {
    if let first, first.pointer == pointer {
      self.first = nil
      return
    }
    if !arrays.isEmpty, arrays.removeValue(forKey: pointer) != nil { return }
    free(pointer)
  }
}
