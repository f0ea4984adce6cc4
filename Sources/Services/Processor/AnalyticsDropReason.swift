import MeshMetrics

/// Why the analytics outbox dropped turns' events: the label of `mesh_processor_analytics_dropped_total{reason}`.
/// The outbox drops rather than slow or fail a turn, so the drops are counted where an operator sees them.
enum AnalyticsDropReason: String, CaseIterable {
  /// More events waited than the outbox keeps (analytics slower than the turns).
  case full
  /// The Record call that carried them failed: analytics down, refusing, or past the call's deadline.
  case failed

  /// The counter of the process's registry, one child per reason (all present from the start, at 0).
  static let counters = MetricsRegistry.process.counter(
    "mesh_processor_analytics_dropped_total", help: "Turns' analytics events the processor dropped, by reason.",
    label: "reason", cases: AnalyticsDropReason.self)

  /// Events dropped for this reason, in this process.
  var count: UInt64 { Self.counters.labels(rawValue).value }

  /// Counts `events` dropped for this reason.
  func record(_ events: Int) { Self.counters.labels(rawValue).increment(by: UInt64(max(events, 0))) }
}
