public import Synchronization

/// One atomic 64-bit word on the heap, so that arrays of them (histogram buckets) can be kept.
@usableFromInline
final class AtomicCell: Sendable {
  @usableFromInline let word = Atomic<UInt64>(0)

  @usableFromInline init() {}

  /// Adds `amount`, wrapping (a counter that wraps after 2^64 events is not a concern).
  @inlinable
  func add(_ amount: UInt64) { word.wrappingAdd(amount, ordering: .relaxed) }

  /// The current value.
  var value: UInt64 { word.load(ordering: .relaxed) }
}

/// A `Double` kept in an atomic word as its bit pattern: stores are plain, additions retry a
/// compare-and-exchange (uncontended, the first attempt succeeds).
@usableFromInline
final class AtomicDouble: Sendable {
  @usableFromInline let bits = Atomic<UInt64>(0.0.bitPattern)

  @usableFromInline init() {}

  @inlinable
  func add(_ amount: Double) {
    var current = bits.load(ordering: .relaxed)
    while true {
      let (exchanged, original) = bits.compareExchange(expected: current, desired: (Double(bitPattern: current) + amount).bitPattern,
                                                       ordering: .relaxed)
      if exchanged { return }
      current = original
    }
  }

  func set(_ value: Double) { bits.store(value.bitPattern, ordering: .relaxed) }

  var value: Double { Double(bitPattern: bits.load(ordering: .relaxed)) }
}
