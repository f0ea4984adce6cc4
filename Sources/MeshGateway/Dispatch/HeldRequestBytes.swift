/// The request bytes a relayed call holds while a refused stream may still be sent again to another endpoint
/// (`RelayedCall.retryHoldLimit`). The first `inlineCapacity` bytes lie in the value itself: a unary call's
/// request (an empty or small message and its 5-byte prefix) is held without an allocation, where an
/// `[UInt8]` took a malloc and a free per relayed call. Past that, they move into an array.
struct HeldRequestBytes {
  /// The bytes held without an allocation.
  static let inlineCapacity = 64

  private var inline: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
  /// All the bytes once they outgrew `inline`.
  private var spilled: [UInt8]?
  /// The bytes held.
  private(set) var count = 0

  /// Nothing held.
  init() {}

  /// Holds `bytes` after those held.
  mutating func append(_ bytes: UnsafeRawBufferPointer) {
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    if spilled == nil, count + bytes.count <= Self.inlineCapacity {
      let at = count
      withUnsafeMutableBytes(of: &inline) { storage in
        guard let base = storage.baseAddress else { return }
        (base + at).copyMemory(from: source, byteCount: bytes.count)
      }
      count += bytes.count
      return
    }
    if spilled == nil {
      let held = count
      var all: [UInt8] = []
      all.reserveCapacity(held + bytes.count)
      withUnsafeBytes(of: inline) { all.append(contentsOf: UnsafeRawBufferPointer(rebasing: $0[..<held])) }
      spilled = all
    }
    spilled?.append(contentsOf: bytes)
    count += bytes.count
  }

  /// Calls `body` with the bytes held, in order.
  func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
    if let spilled { return spilled.withUnsafeBytes(body) }
    let held = count
    return withUnsafeBytes(of: inline) { body(UnsafeRawBufferPointer(rebasing: $0[..<held])) }
  }
}
