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

  /// The children of `route` and `cluster`, made on first use.
  func series(route: String, cluster: String, make: () -> Series) -> Series {
    if let found = known.withLock({ $0.first { $0.route == route && $0.cluster == cluster } }) { return found }
    let made = make()
    known.withLock { if $0.count < Self.maxKnown { $0.append(made) } }
    return made
  }

  /// Runs `body` on the series of `route` and `cluster`, lent where it lies when it is known (no copy of
  /// its six references per call, as `series` returns), else on one made by `make` (and kept, up to the
  /// bound).
  func withSeries(route: String, cluster: String, make: () -> Series, _ body: (borrowing Series) -> Void) {
    let found = known.withLock { known -> Bool in
      guard let index = known.indices.first(where: { known[$0].route == route && known[$0].cluster == cluster }) else {
        return false
      }
      body(known[index])
      return true
    }
    if !found { body(series(route: route, cluster: cluster, make: make)) }
  }
}
