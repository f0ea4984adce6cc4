import Synchronization

/// The metrics of one process, and their Prometheus text exposition (format 0.0.4), which `/metrics`
/// serves. Families are registered once, at start-up; names must be unique.
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

  /// An empty registry.
  public init() {}

  /// Registers a counter family. By Prometheus' convention its name ends in `_total`.
  public func counter(_ name: String, help: String, labels: [String] = []) -> MetricFamily<Counter> {
    let family = MetricFamily(name: name, help: help, labelNames: labels) { Counter() }
    add(.counter(family))
    return family
  }

  /// Registers a gauge family.
  public func gauge(_ name: String, help: String, labels: [String] = []) -> MetricFamily<Gauge> {
    let family = MetricFamily(name: name, help: help, labelNames: labels) { Gauge() }
    add(.gauge(family))
    return family
  }

  /// Registers a histogram family with ascending bucket bounds (+Inf is implied).
  public func histogram(_ name: String, help: String, labels: [String] = [],
                        buckets: [Double] = Histogram.latencyBounds) -> MetricFamily<Histogram> {
    precondition(zip(buckets, buckets.dropFirst()).allSatisfy { $0 < $1 }, "\(name): buckets must ascend")
    let family = MetricFamily(name: name, help: help, labelNames: labels) { Histogram(bounds: buckets) }
    add(.histogram(family))
    return family
  }

  private func add(_ family: Family) {
    precondition(PrometheusText.isValidName(family.name), "\(family.name) is not a valid metric name")
    families.withLock { families in
      precondition(!families.contains { $0.name == family.name }, "\(family.name) is registered twice")
      families.append(family)
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
