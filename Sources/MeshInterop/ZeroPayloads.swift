import Synchronization

/// Zero-filled payload bodies shared between calls: the interop server answers with zeros of the asked
/// size, and the same few sizes come again and again (the 64 KiB benchmark asks for 65,536 every call), so
/// a call takes a reference to an array made once instead of allocating and zero-filling its own.
/// The arrays are never mutated (a handler that changes one gets its own copy), so sharing is safe.
enum ZeroPayloads {
  /// Sizes below this are cheaper to make than to look up.
  static let smallestShared = 1024
  /// Sizes above this are made per call: a client must not pin large memory with one request.
  static let largestShared = 1 << 20
  /// At most this many sizes are kept (the interop cases use a handful).
  static let maximumSizes = 8

  private static let shared = Mutex<[Int: [UInt8]]>([:])

  /// `size` zero bytes, shared with earlier calls of the same size when the size is cached.
  /// - Parameter size: the body's length (negative counts as zero).
  static func body(size: Int) -> [UInt8] {
    guard size >= smallestShared, size <= largestShared else { return [UInt8](repeating: 0, count: max(size, 0)) }
    if let body = shared.withLock({ $0[size] }) { return body }
    let body = [UInt8](repeating: 0, count: size)
    shared.withLock { sizes in
      if sizes.count < maximumSizes { sizes[size] = body }
    }
    return body
  }
}
