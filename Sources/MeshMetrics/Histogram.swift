/// A distribution of observations (latencies, sizes) in cumulative buckets, for one set of label values.
/// Observing finds the bucket by binary search, adds one to it and adds the value to the sum: two atomic
/// operations, no lock.
public final class Histogram: Sendable {
  /// The buckets' upper bounds, ascending, without +Inf.
  public let bounds: [Double]
  /// Counts per bucket (not cumulative); the last one is +Inf.
  @usableFromInline let counts: [AtomicCell]
  @usableFromInline let total = AtomicDouble()

  init(bounds: [Double]) {
    self.bounds = bounds
    counts = (0...bounds.count).map { _ in AtomicCell() }
  }

  /// Records one observation.
  @inlinable
  public func observe(_ value: Double) {
    var low = 0
    var high = bounds.count
    while low < high {
      let middle = (low + high) / 2
      if value <= bounds[middle] { high = middle } else { low = middle + 1 }
    }
    counts[low].add(1)
    total.add(value)
  }

  /// Records a duration in seconds.
  public func observe(_ duration: Duration) {
    let (seconds, attoseconds) = duration.components
    observe(Double(seconds) + Double(attoseconds) * 1e-18)
  }

  /// A consistent-enough reading: cumulative bucket counts (the last is +Inf, the total count) and the sum.
  public var snapshot: (cumulative: [UInt64], sum: Double) {
    var running: UInt64 = 0
    let cumulative = counts.map { cell -> UInt64 in
      running &+= cell.value
      return running
    }
    return (cumulative, total.value)
  }

  /// Bounds for request latencies in seconds, 0.5 ms to 10 s.
  public static let latencyBounds: [Double] = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
}
