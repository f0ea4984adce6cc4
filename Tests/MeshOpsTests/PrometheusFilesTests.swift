import Foundation
import MeshConfig
import Testing
import Yams

/// mesh/ops/prometheus: the alert rules pass `promtool check rules` and their unit tests, the scrape
/// configuration passes `promtool check config` and scrapes exactly the mesh file's admin addresses.
@Suite("mesh/ops Prometheus files")
struct PrometheusFilesTests {
  @Test("promtool check rules accepts the alert rules")
  func checkRules() async throws {
    let (status, output) = try await OpsFiles.promtool(["check", "rules", "alerts.yml"], in: OpsFiles.prometheus)
    #expect(status == 0, "\(output)")
    #expect(output.contains("SUCCESS: 8 rules found"), "\(output)")
  }

  @Test("promtool test rules passes: every alert fires when it should and stays quiet otherwise")
  func testRules() async throws {
    let (status, output) = try await OpsFiles.promtool(["test", "rules", "alerts_test.yml"], in: OpsFiles.prometheus)
    #expect(status == 0, "\(output)")
  }

  @Test("the rule tests can fail: a wrong expectation is caught")
  func ruleTestsCanFail() async throws {
    let folder = try OpsFiles.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(try OpsFiles.text(OpsFiles.prometheus.appendingPathComponent("alerts.yml")).utf8)
      .write(to: folder.appendingPathComponent("alerts.yml"))
    let tests = try OpsFiles.text(OpsFiles.prometheus.appendingPathComponent("alerts_test.yml"))
      .replacingOccurrences(of: "10% of calls fail", with: "11% of calls fail")
    try Data(tests.utf8).write(to: folder.appendingPathComponent("alerts_test.yml"))
    let (status, output) = try await OpsFiles.promtool(["test", "rules", "alerts_test.yml"], in: folder)
    #expect(status != 0, "\(output)")
  }

  @Test("every alert of the issue has a rule and a unit test")
  func alertsCovered() throws {
    let rules = try OpsFiles.text(OpsFiles.prometheus.appendingPathComponent("alerts.yml"))
    let tests = try OpsFiles.text(OpsFiles.prometheus.appendingPathComponent("alerts_test.yml"))
    for alert in ["MeshHighErrorRate", "MeshHighLatencyP99", "MeshQueueBacklogOld", "MeshDeadLetters",
                  "MeshRateLimitRejections", "MeshCertificateExpiresSoon", "MeshServiceDown"] {
      #expect(rules.contains("alert: \(alert)"), "no rule \(alert)")
      #expect(tests.contains("alertname: \(alert)"), "no test of \(alert)")
    }
  }

  @Test("promtool check config accepts the scrape configuration")
  func checkConfig() async throws {
    let (status, output) = try await OpsFiles.promtool(["check", "config", "prometheus.yml"], in: OpsFiles.prometheus)
    #expect(status == 0, "\(output)")
  }

  @Test("the scrape targets are the mesh file's admin addresses, one job per service")
  func scrapeTargetsMatchMeshFile() throws {
    let mesh = try #require(try MeshFileLoader.load(path: OpsFiles.meshFile.path).file)
    var expected: [String: [String]] = [:]
    for service in mesh.allServices {
      guard let admin = service.admin else { continue }
      expected["mesh-\(service.name)"] = (0..<service.replicaCount).map { admin.shifted(by: $0).description }
    }
    if let gateway = mesh.gateway, let admin = gateway.admin {
      expected["mesh-gateway"] = (0..<(gateway.replicas ?? 1)).map { admin.shifted(by: $0).description }
    }
    let config = try #require(try Yams.load(yaml: try OpsFiles.text(OpsFiles.prometheus.appendingPathComponent("prometheus.yml")))
      as? [String: Any])
    var found: [String: [String]] = [:]
    for job in try #require(config["scrape_configs"] as? [[String: Any]]) {
      let name = try #require(job["job_name"] as? String)
      let statics = try #require(job["static_configs"] as? [[String: Any]])
      found[name] = statics.flatMap { $0["targets"] as? [String] ?? [] }
    }
    #expect(found == expected)
  }
}
