/// A monotonically increasing count for one set of label values. Incrementing is one relaxed atomic add:
/// no lock, no allocation. Get it once from its family (`family.labels(...)`) and keep it.
public final class Counter: Sendable {
  @usableFromInline let cell = AtomicCell()

  init() {}

  /// Adds one.
  @inlinable
  public func increment() { cell.add(1) }

  /// Adds `amount`.
  @inlinable
  public func increment(by amount: UInt64) { cell.add(amount) }

  /// The current count.
  public var value: UInt64 { cell.value }
}
