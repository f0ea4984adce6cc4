import Foundation
import MeshMetrics

/// The sums and counts of some histograms of the process's registry (every in-process service reports
/// there), read from its exposition: two readings' difference is what a run added, per label set.
struct HistogramReadings {
  /// Per series (`name{labels}`): the sum of the observations (seconds) and their count.
  var series: [String: (sum: Double, count: Double)] = [:]

  /// The histograms whose series are read: the server side of every gRPC call, the adapters' requests to
  /// the marketplace, the waits for a pooled PostgreSQL connection and the statements' times (printed by
  /// `lines`), and the texts per forward pass of the nlu encoder (not a time: read with `difference`).
  static let names = ["grpc_server_handling_seconds", "mesh_adapter_marketplace_request_seconds", "mesh_db_pool_wait_seconds",
                      "mesh_db_statement_duration_seconds", "mesh_nlu_encoder_batch_texts"]

  /// A reading of `registry` now.
  init(_ registry: MetricsRegistry = .process) {
    for line in registry.exposition().split(separator: "\n") where !line.hasPrefix("#") {
      guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { continue }
      let key = line[..<space]
      for name in Self.names {
        for (suffix, isSum) in [("_sum", true), ("_count", false)] where key.hasPrefix(name + suffix) {
          let series = name + key.dropFirst(name.count + suffix.count)
          var entry = self.series[series] ?? (sum: 0, count: 0)
          if isSum { entry.sum = value } else { entry.count = value }
          self.series[series] = entry
        }
      }
    }
  }

  /// The sum and count one series (`name{labels}`, or the bare name) added since `earlier`.
  func difference(_ key: String, since earlier: HistogramReadings) -> (sum: Double, count: Double) {
    let now = series[key] ?? (sum: 0, count: 0), before = earlier.series[key] ?? (sum: 0, count: 0)
    return (now.sum - before.sum, now.count - before.count)
  }

  /// What happened between `earlier` and this reading, per series of seconds with observations: count per turn and mean in ms.
  func lines(since earlier: HistogramReadings, turns: Double) -> [String] {
    series.keys.sorted().compactMap { key in
      guard key.contains("_seconds"), let now = series[key] else { return nil }
      let before = earlier.series[key] ?? (sum: 0, count: 0)
      let count = now.count - before.count
      guard count > 0 else { return nil }
      let label = key.replacingOccurrences(of: "grpc_type=\"unary\",", with: "").replacingOccurrences(of: "_seconds", with: "")
      return String(format: "  %-100@ %6.2f/turn  mean %7.2f ms", label as NSString, count / turns, (now.sum - before.sum) * 1000 / count)
    }
  }
}
