import Synchronization

/// A metric's name, help and label names, and one child (`Counter`, `Gauge` or `Histogram`) per set of
/// label values. Looking a child up takes a lock; the hot path keeps the child and never looks again.
public final class MetricFamily<Child: Sendable>: Sendable {
  /// The metric's name, such as `grpc_server_handled_total`.
  public let name: String
  /// The one-line help.
  public let help: String
  /// The label names, in the order `labels(_:)` takes their values.
  public let labelNames: [String]
  private let make: @Sendable () -> Child
  private let children = Mutex<[[String]: Child]>([:])

  init(name: String, help: String, labelNames: [String], make: @escaping @Sendable () -> Child) {
    self.name = name
    self.help = help
    self.labelNames = labelNames
    self.make = make
  }

  /// The child for these label values, made on first use.
  /// - Parameter values: one value per label name, in order.
  public func labels(_ values: String...) -> Child { labels(values) }

  /// The child for these label values, made on first use.
  public func labels(_ values: [String]) -> Child {
    precondition(values.count == labelNames.count, "\(name) takes \(labelNames.count) label values")
    return children.withLock { children in
      if let child = children[values] { return child }
      let child = make()
      children[values] = child
      return child
    }
  }

  /// Every child with its label values, sorted by them (a stable exposition).
  func snapshot() -> [(values: [String], child: Child)] {
    children.withLock { $0.map { ($0.key, $0.value) } }.sorted { $0.values.lexicographicallyPrecedes($1.values) }
  }
}
