import Synchronization

/// The metrics of one process, and their Prometheus text exposition (format 0.0.4), which `/metrics`
/// serves. Families are registered at start-up; registering a name again with the same type and labels
/// returns the family already there (two pools of one process share `mesh_db_*`), any other reuse of a
/// name is a programming error. Collectors refresh gauges that are read rather than counted (a queue's
/// depth, a pool's connections) just before each exposition, so they cost nothing between scrapes.
public final class MetricsRegistry: Sendable {
  private enum Family: Sendable {
    case counter(MetricFamily<Counter>)
    case gauge(MetricFamily<Gauge>)
    case histogram(MetricFamily<Histogram>)

    var name: String {
      switch self {
      case .counter(let family): return family.name
      case .gauge(let family): return family.name
      case .histogram(let family): return family.name
      }
    }
  }

  private let families = Mutex<[Family]>([])
  private let collectors = Mutex<[@Sendable () async -> Void]>([])

  /// The process's registry: what a process's parts (its servers, clients, pools, queues) record into
  /// unless they are given another, and what its admin endpoint serves.
  public static let process = MetricsRegistry()

  /// An empty registry.
  public init() {}

  /// Registers a counter family (or returns the one of that name). By Prometheus' convention its name ends in `_total`.
  public func counter(_ name: String, help: String, labels: [String] = []) -> MetricFamily<Counter> {
    add(.counter(MetricFamily(name: name, help: help, labelNames: labels) { Counter() })) { family in
      if case .counter(let existing) = family, existing.labelNames == labels { return existing }
      return nil
    }
  }

  /// Registers a counter family labelled by the cases of one enum, every child declared at 0: a rate or an alert
  /// over the family sees each series from the start, not only after its first event.
  /// - Parameters:
  ///   - label: the one label's name; its values are the cases' raw values.
  ///   - cases: the enum whose cases are the label's values.
  public func counter<Case: RawRepresentable & CaseIterable>(
    _ name: String, help: String, label: String, cases: Case.Type
  ) -> MetricFamily<Counter> where Case.RawValue == String {
    let family = counter(name, help: help, labels: [label])
    for value in Case.allCases { _ = family.labels(value.rawValue) }
    return family
  }

  /// Registers a gauge family (or returns the one of that name).
  public func gauge(_ name: String, help: String, labels: [String] = []) -> MetricFamily<Gauge> {
    add(.gauge(MetricFamily(name: name, help: help, labelNames: labels) { Gauge() })) { family in
      if case .gauge(let existing) = family, existing.labelNames == labels { return existing }
      return nil
    }
  }

  /// Registers a histogram family with ascending bucket bounds, +Inf implied (or returns the one of that name).
  public func histogram(_ name: String, help: String, labels: [String] = [],
                        buckets: [Double] = Histogram.latencyBounds) -> MetricFamily<Histogram> {
    precondition(zip(buckets, buckets.dropFirst()).allSatisfy { $0 < $1 }, "\(name): buckets must ascend")
    return add(.histogram(MetricFamily(name: name, help: help, labelNames: labels) { Histogram(bounds: buckets) })) { family in
      if case .histogram(let existing) = family, existing.labelNames == labels { return existing }
      return nil
    }
  }

  /// Adds `family`, or returns the registered family of its name when `same` accepts it.
  private func add<Child>(_ family: Family, same: (Family) -> MetricFamily<Child>?) -> MetricFamily<Child> {
    precondition(PrometheusText.isValidName(family.name), "\(family.name) is not a valid metric name")
    return families.withLock { families in
      if let existing = families.first(where: { $0.name == family.name }) {
        guard let reused = same(existing) else { preconditionFailure("\(family.name) is registered twice, differently") }
        return reused
      }
      families.append(family)
      guard let added = same(family) else { preconditionFailure("\(family.name): unreachable") }
      return added
    }
  }

  /// Adds a collector, run before each exposition by `collect()`: it sets gauges from a reading (a
  /// query, a pool's state). It must be quick and bound its own time; one that fails leaves its gauges
  /// at their last values.
  public func addCollector(_ collector: @escaping @Sendable () async -> Void) {
    collectors.withLock { $0.append(collector) }
  }

  /// Runs every collector, concurrently, and returns when all have.
  public func collect() async {
    let all = collectors.withLock { $0 }
    await withTaskGroup(of: Void.self) { group in
      for collector in all { group.addTask { await collector() } }
    }
  }

  /// The Prometheus text exposition of every family (content type `text/plain; version=0.0.4`).
  public func exposition() -> String {
    var text = PrometheusText()
    for family in families.withLock({ $0 }) {
      switch family {
      case .counter(let family):
        text.header(family.name, help: family.help, type: "counter")
        for (values, counter) in family.snapshot() {
          text.sample(family.name, labels: family.labelNames, values: values, value: String(counter.value))
        }
      case .gauge(let family):
        text.header(family.name, help: family.help, type: "gauge")
        for (values, gauge) in family.snapshot() {
          text.sample(family.name, labels: family.labelNames, values: values, value: PrometheusText.number(gauge.value))
        }
      case .histogram(let family):
        text.header(family.name, help: family.help, type: "histogram")
        for (values, histogram) in family.snapshot() {
          let (cumulative, sum) = histogram.snapshot
          let labels = family.labelNames + ["le"]
          for (index, count) in cumulative.enumerated() {
            let bound = index < histogram.bounds.count ? PrometheusText.number(histogram.bounds[index]) : "+Inf"
            text.sample(family.name + "_bucket", labels: labels, values: values + [bound], value: String(count))
          }
          text.sample(family.name + "_sum", labels: family.labelNames, values: values, value: PrometheusText.number(sum))
          text.sample(family.name + "_count", labels: family.labelNames, values: values,
                      value: String(cumulative.last ?? 0))
        }
      }
    }
    return text.output
  }

  /// The content type of `exposition()`.
  public static let contentType = "text/plain; version=0.0.4; charset=utf-8"
}
