/// A value that goes up and down (in-flight calls, queue depth) for one set of label values.
public final class Gauge: Sendable {
  @usableFromInline let cell = AtomicDouble()

  init() {}

  /// Sets the value.
  public func set(_ value: Double) { cell.set(value) }

  /// Adds `amount` (1 by default).
  @inlinable
  public func increment(by amount: Double = 1) { cell.add(amount) }

  /// Subtracts `amount` (1 by default).
  @inlinable
  public func decrement(by amount: Double = 1) { cell.add(-amount) }

  /// The current value.
  public var value: Double { cell.value }
}
