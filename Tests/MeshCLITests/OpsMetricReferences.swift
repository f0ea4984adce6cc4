import Foundation
import MeshTestSupport

/// The metrics and labels each alert rule (mesh/ops/prometheus/alerts.yml) and each dashboard query
/// (mesh/ops/grafana/mesh-dashboard.json) uses, read from their PromQL, and a check of them against the
/// `/metrics` of running processes: an alert over a series no process exports never fires, and a
/// `sum by (route)` over a metric without a `route` label sums everything into one line.
struct OpsMetricReference: CustomStringConvertible {
  /// Where it is: `alert NAME` or `panel TITLE`.
  let place: String
  /// The PromQL.
  let expression: String
  /// The metric names it selects (`up` included).
  let metrics: Set<String>
  /// The label names it matches on, groups by, or shows in its annotations (`$labels.X`).
  let labels: Set<String>

  var description: String { "\(place): \(expression)" }

  /// Every alert rule and dashboard query of mesh/ops.
  static func all() throws -> [OpsMetricReference] {
    let ops = Repository.root.appendingPathComponent("mesh/ops")
    var references: [OpsMetricReference] = []
    let rules = try String(contentsOf: ops.appendingPathComponent("prometheus/alerts.yml"), encoding: .utf8)
    for chunk in rules.components(separatedBy: "- alert: ").dropFirst() {
      let lines = chunk.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      let name = lines.first?.trimmingCharacters(in: .whitespaces) ?? "?"
      var expression = ""
      if let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("expr:") }) {
        let inline = lines[start].components(separatedBy: "expr:").last?.trimmingCharacters(in: .whitespaces) ?? ""
        if inline == "|" {
          let indent = lines[start].prefix { $0 == " " }.count
          expression = lines[(start + 1)...].prefix { $0.prefix { $0 == " " }.count > indent || $0.isEmpty }
            .joined(separator: " ")
        } else {
          expression = inline
        }
      }
      let annotated = matches(of: #"\$labels\.([a-zA-Z_][a-zA-Z0-9_]*)"#, in: chunk)
      references.append(reference(place: "alert \(name)", expression: expression, extraLabels: Set(annotated)))
    }
    let dashboard = try JSONSerialization.jsonObject(with: Data(contentsOf: ops.appendingPathComponent("grafana/mesh-dashboard.json")))
    for panel in (dashboard as? [String: Any])?["panels"] as? [[String: Any]] ?? [] {
      for target in panel["targets"] as? [[String: Any]] ?? [] {
        guard let expression = target["expr"] as? String else { continue }
        let legend = matches(of: #"\{\{\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}"#, in: target["legendFormat"] as? String ?? "")
        references.append(reference(place: "panel \(panel["title"] as? String ?? "?")", expression: expression,
                                    extraLabels: Set(legend)))
      }
    }
    return references
  }

  /// Reads the names out of one expression: an identifier followed by `(` is a function, one inside
  /// `{...}` before an operator or inside `by (...)`/`without (...)` is a label, a quoted string, a
  /// `[range]` and a `$variable` are skipped; the rest are metric names.
  static func reference(place: String, expression: String, extraLabels: Set<String>) -> OpsMetricReference {
    // Aggregations (`sum by (x) (...)` puts the grouping before the parenthesis) and operator keywords.
    let keywords: Set<String> = ["sum", "min", "max", "avg", "count", "stddev", "stdvar", "topk", "bottomk", "quantile",
                                 "count_values", "group", "by", "without", "on", "ignoring", "group_left", "group_right",
                                 "and", "or", "unless", "bool", "offset"]
    let characters = Array(expression)
    var metrics: Set<String> = []
    var labels = extraLabels
    var index = 0
    var inMatchers = false
    var groupingDepth: Int?
    var depth = 0
    func isNameCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber || character == "_" || character == ":" }
    while index < characters.count {
      let character = characters[index]
      switch character {
      case "\"", "'":
        index += 1
        while index < characters.count, characters[index] != character { index += characters[index] == "\\" ? 2 : 1 }
        index += 1
      case "[":
        while index < characters.count, characters[index] != "]" { index += 1 }
        index += 1
      case "$":
        index += 1
        while index < characters.count, isNameCharacter(characters[index]) { index += 1 }
      case "{": inMatchers = true; index += 1
      case "}": inMatchers = false; index += 1
      case "(": depth += 1; index += 1
      case ")":
        if groupingDepth == depth { groupingDepth = nil }
        depth -= 1
        index += 1
      case _ where character.isLetter || character == "_":
        var end = index
        while end < characters.count, isNameCharacter(characters[end]) { end += 1 }
        let name = String(characters[index..<end])
        var next = end
        while next < characters.count, characters[next] == " " { next += 1 }
        if inMatchers || groupingDepth != nil {
          labels.insert(name)
        } else if ["by", "without", "on", "ignoring"].contains(name) {
          groupingDepth = depth + 1
        } else if keywords.contains(name) || (next < characters.count && characters[next] == "(") {
          // A function, an aggregation or an operator keyword.
        } else {
          metrics.insert(name)
        }
        index = end
      default:
        index += 1
      }
    }
    return OpsMetricReference(place: place, expression: expression, metrics: metrics, labels: labels)
  }

  private static func matches(of pattern: String, in text: String) -> [String] {
    guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
    return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
      Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
}

/// What a `/metrics` exposition (or several, merged) declares: each family's type, and the label names of
/// each sample name's series.
struct ScrapedMetrics {
  private(set) var types: [String: String] = [:]
  private(set) var series: [String: [Set<String>]] = [:]
  private(set) var lines: [String] = []

  /// Adds an exposition.
  mutating func add(_ exposition: String) {
    let labelPattern = try? NSRegularExpression(pattern: #"([a-zA-Z_][a-zA-Z0-9_]*)="(?:[^"\\]|\\.)*""#)
    for line in exposition.split(separator: "\n").map(String.init) {
      lines.append(line)
      if line.hasPrefix("# TYPE ") {
        let parts = line.split(separator: " ")
        if parts.count == 4 { types[String(parts[2])] = String(parts[3]) }
        continue
      }
      guard !line.hasPrefix("#"), let end = line.firstIndex(where: { $0 == "{" || $0 == " " }) else { continue }
      let name = String(line[..<end])
      var names: Set<String> = []
      if line[end] == "{", let close = line.lastIndex(of: "}") {
        let inside = String(line[end..<close])
        for match in labelPattern?.matches(in: inside, range: NSRange(inside.startIndex..., in: inside)) ?? [] {
          if let range = Range(match.range(at: 1), in: inside) { names.insert(String(inside[range])) }
        }
      }
      series[name, default: []].append(names)
    }
  }

  /// Whether a family declares `metric` (a histogram's `_bucket`, `_sum` and `_count` count as its own).
  func declares(_ metric: String) -> Bool {
    if types[metric] != nil { return true }
    for suffix in ["_bucket", "_sum", "_count"] where metric.hasSuffix(suffix) {
      if types[String(metric.dropLast(suffix.count))] == "histogram" { return true }
    }
    return false
  }

  /// The problems of one reference: a metric no family declares; with `requireSeries`, a metric without a
  /// series; a label that no series of its metrics carries (`le`, and the `job` and `instance` Prometheus
  /// adds, excepted).
  func problems(of reference: OpsMetricReference, requireSeries: Bool) -> [String] {
    var problems: [String] = []
    let metrics = reference.metrics.subtracting(["up"])
    for metric in metrics.sorted() where !declares(metric) {
      problems.append("\(reference.place) uses \(metric), which no process declares")
    }
    let withSeries = metrics.filter { !(series[$0] ?? []).isEmpty }
    if requireSeries {
      for metric in metrics.subtracting(withSeries).sorted() { problems.append("\(reference.place): \(metric) has no series") }
    }
    guard !withSeries.isEmpty else { return problems }
    for label in reference.labels.subtracting(["le", "job", "instance"]).sorted()
    where !withSeries.contains(where: { series[$0]?.contains { $0.contains(label) } ?? false }) {
      problems.append("\(reference.place) uses the label \(label), which no series of \(withSeries.sorted()) has")
    }
    return problems
  }
}
