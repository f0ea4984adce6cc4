import Foundation
import Testing

/// mesh/ops/grafana: the dashboard is valid JSON that Grafana imports (unique panel ids, a Prometheus data
/// source variable), and every query is PromQL that promtool parses, over the mesh's own metric names.
@Suite("mesh/ops Grafana dashboard")
struct GrafanaDashboardTests {
  static let knownMetrics = ["up", "grpc_server_handled_total", "grpc_server_started_total", "grpc_server_handling_seconds_bucket",
                             "grpc_server_in_flight", "grpc_server_msg_received_total", "grpc_server_msg_sent_total",
                             "mesh_queue_oldest_message_age_seconds", "mesh_queue_dead_letters_total",
                             "mesh_gateway_rate_limit_decisions_total", "mesh_tls_certificate_expiry_timestamp_seconds",
                             "mesh_gateway_requests_total", "mesh_gateway_responses_4xx_total", "mesh_gateway_responses_5xx_total",
                             "mesh_gateway_upstream_latency_seconds_bucket", "mesh_gateway_retries_total",
                             "mesh_gateway_outlier_ejected", "mesh_gateway_outlier_ejections_total"]

  func dashboard() throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: OpsFiles.dashboard)) as? [String: Any])
  }

  func expressions() throws -> [String] {
    let panels = try #require(try dashboard()["panels"] as? [[String: Any]])
    return panels.flatMap { ($0["targets"] as? [[String: Any]] ?? []).compactMap { $0["expr"] as? String } }
  }

  @Test("panels have unique ids, a grid position and a Prometheus data source")
  func structure() throws {
    let dashboard = try dashboard()
    #expect(dashboard["uid"] as? String == "swift-mesh")
    let panels = try #require(dashboard["panels"] as? [[String: Any]])
    #expect(panels.count >= 10)
    let ids = panels.compactMap { $0["id"] as? Int }
    #expect(Set(ids).count == panels.count)
    for panel in panels {
      #expect(panel["gridPos"] is [String: Any])
      #expect((panel["datasource"] as? [String: Any])?["type"] as? String == "prometheus")
    }
    let variables = try #require((dashboard["templating"] as? [String: Any])?["list"] as? [[String: Any]])
    #expect(variables.contains { $0["name"] as? String == "datasource" && $0["query"] as? String == "prometheus" })
  }

  @Test("every query parses as PromQL (promtool) and uses the mesh's metric names")
  func queriesParse() async throws {
    let expressions = try expressions()
    var rules = "groups:\n  - name: dashboard\n    rules:\n"
    for (index, expression) in expressions.enumerated() {
      let concrete = expression.replacingOccurrences(of: "$__rate_interval", with: "5m")
        .replacingOccurrences(of: "$service", with: ".*")
      rules += "      - record: dashboard:query\(index)\n        expr: '\(concrete.replacingOccurrences(of: "'", with: "''"))'\n"
      let labelNames: Set<String> = ["grpc_service", "grpc_method", "grpc_code", "grpc_type"]
      let metrics = concrete.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init)
        .filter { ($0.hasPrefix("grpc_") || $0.hasPrefix("mesh_") || $0 == "up") && !labelNames.contains($0) }
      #expect(!metrics.isEmpty, "\(expression)")
      for metric in metrics {
        #expect(Self.knownMetrics.contains(metric), "unknown metric \(metric) in \(expression)")
      }
    }
    let folder = try OpsFiles.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(rules.utf8).write(to: folder.appendingPathComponent("dashboard.yml"))
    let (status, output) = try await OpsFiles.promtool(["check", "rules", "dashboard.yml"], in: folder)
    #expect(status == 0, "\(output)\n\(rules)")
  }
}
