import MeshMetrics
import Synchronization

/// The gateway's metric children per route and cluster, looked up once per pair and kept: a call's end
/// finds its four children by comparing two strings (the route's own, usually the very same storage)
/// instead of a label lookup per metric (an array of values, a lock and a hash each).
final class GatewayMetricsSeries: Sendable {
  /// The children of one route and cluster.
  struct Series: Sendable {
    let route: String
    let cluster: String
    let requests: Counter
    let clientErrors: Counter
    let serverErrors: Counter
    let upstreamLatency: Histogram
  }

  /// Pairs seen so far; bounded, since routes and clusters come from the configuration (a reload may
  /// bring new names: past the bound the families are asked directly, as before).
  private let known = Mutex<[Series]>([])
  private static let maxKnown = 64

  /// Counts a call on the series of `route` and `cluster` (made by `make` on first use), inside the lock
  /// where the series lies: a copy of it, six references, per call before.
  /// - Parameters:
  ///   - httpStatus: the call's status as HTTP (4xx and 5xx are counted apart).
  ///   - upstream: how long the upstream took, when it was called.
  func record(route: String, cluster: String, httpStatus: Int, upstream: Duration?, make: () -> Series) {
    let counted = known.withLock { known -> Bool in
      var index = known.indices.first { known[$0].route == route && known[$0].cluster == cluster }
      if index == nil, known.count < Self.maxKnown {
        known.append(make())
        index = known.count - 1
      }
      guard let index else { return false }
      Self.count(&known[index], httpStatus: httpStatus, upstream: upstream)
      return true
    }
    // Past the bound the families are asked directly.
    guard !counted else { return }
    var made = make()
    Self.count(&made, httpStatus: httpStatus, upstream: upstream)
  }

  /// Counts one call on `series` (taken in place: its counters are atomic).
  private static func count(_ series: inout Series, httpStatus: Int, upstream: Duration?) {
    series.requests.increment()
    if (400..<500).contains(httpStatus) { series.clientErrors.increment() }
    if httpStatus >= 500 { series.serverErrors.increment() }
    if let upstream { series.upstreamLatency.observe(upstream) }
  }
}
