import Foundation
import MeshConfig
import MeshTestSupport
import Testing
import Yams

/// mesh/deploy/kubernetes, checked offline: Kubernetes' JSON schemas (the PyPI package
/// kubernetes-validate, strict: unknown fields are errors), then what a schema cannot say.
@Suite("mesh/deploy Kubernetes manifests")
struct KubernetesManifestTests {
  static let manifests = ["namespace.yaml", "configmap.yaml", "gateway.yaml", "services.yaml"]

  /// `kubernetes-validate --strict FILES` from the venv; its status and output.
  func validate(_ files: [String]) async throws -> (status: Int32, output: String) {
    let tool = Repository.root.appendingPathComponent(".venv/bin/kubernetes-validate").path
    guard FileManager.default.isExecutableFile(atPath: tool) else {
      throw ToolMissing(description: "kubernetes-validate is missing: run mesh/scripts/install-deps.sh --test-peers")
    }
    let process = try PeerProcess(tool, ["--strict"] + files)
    let status = try await process.waitForExit(seconds: 120)
    return (status, process.text)
  }

  /// Every resource of every manifest, as parsed YAML.
  func resources() throws -> [[String: Any]] {
    try Self.manifests.flatMap { name -> [[String: Any]] in
      let text = try OpsFiles.text(OpsFiles.kubernetes.appendingPathComponent(name))
      return try Yams.load_all(yaml: text).compactMap { $0 as? [String: Any] }
    }
  }

  func resources(kind: String) throws -> [[String: Any]] { try resources().filter { $0["kind"] as? String == kind } }

  static func name(_ resource: [String: Any]) -> String { ((resource["metadata"] as? [String: Any])?["name"] as? String) ?? "?" }

  @Test("every manifest passes Kubernetes' schemas in strict mode, offline")
  func schemas() async throws {
    let (status, output) = try await validate(Self.manifests.map { OpsFiles.kubernetes.appendingPathComponent($0).path })
    #expect(status == 0, "\(output)")
    let passed = output.split(separator: "\n").filter { $0.contains("passed for resource") }
    #expect(passed.count == (try resources().count), "\(output)")
  }

  @Test("the schema check can fail: an unknown field is refused")
  func schemaCheckCanFail() async throws {
    let folder = try OpsFiles.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let broken = try OpsFiles.text(OpsFiles.kubernetes.appendingPathComponent("gateway.yaml"))
      .replacingOccurrences(of: "minAvailable: 1", with: "minAvailabel: 1")
    let file = folder.appendingPathComponent("gateway.yaml")
    try Data(broken.utf8).write(to: file)
    let (status, output) = try await validate([file.path])
    #expect(status != 0, "\(output)")
    #expect(output.contains("minAvailabel"), "\(output)")
  }

  @Test("every container has probes on /healthz and /readyz of its admin port and resource requests")
  func probesAndResources() throws {
    let deployments = try resources(kind: "Deployment")
    #expect(Set(deployments.map(Self.name)) == ["gateway", "chat", "nlu", "context", "session", "processor", "marketplace"])
    for deployment in deployments {
      let spec = try #require((((deployment["spec"] as? [String: Any])?["template"] as? [String: Any])?["spec"]) as? [String: Any])
      for container in try #require(spec["containers"] as? [[String: Any]]) {
        let ports = (container["ports"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
        #expect(ports.contains("admin"), "\(Self.name(deployment))")
        for (probe, path) in [("readinessProbe", "/readyz"), ("livenessProbe", "/healthz")] {
          let get = (container[probe] as? [String: Any])?["httpGet"] as? [String: Any]
          #expect(get?["path"] as? String == path && get?["port"] as? String == "admin", "\(Self.name(deployment)) \(probe)")
        }
        let requests = (container["resources"] as? [String: Any])?["requests"] as? [String: Any]
        #expect(requests?["cpu"] != nil && requests?["memory"] != nil, "\(Self.name(deployment)) requests")
        // Secrets by name only: every environment value comes from a secretKeyRef, none is written here.
        for variable in container["env"] as? [[String: Any]] ?? [] {
          #expect(variable["value"] == nil, "\(Self.name(deployment)): \(variable)")
          let reference = (variable["valueFrom"] as? [String: Any])?["secretKeyRef"] as? [String: Any]
          #expect(reference?["name"] as? String == "mesh-secrets", "\(Self.name(deployment)): \(variable)")
        }
      }
      let configMaps = (spec["volumes"] as? [[String: Any]] ?? []).compactMap { ($0["configMap"] as? [String: Any])?["name"] as? String }
      #expect(configMaps == ["mesh-file"], "\(Self.name(deployment))")
    }
    #expect(try resources(kind: "Secret").isEmpty, "secrets are created by the operator, never shipped")
  }

  @Test("services select their deployments; the gateway has 2 replicas and a disruption budget that selects it")
  func selectorsAndBudget() throws {
    let deployments = try resources(kind: "Deployment")
    func podLabels(_ deployment: [String: Any]) -> [String: String] {
      ((((deployment["spec"] as? [String: Any])?["template"] as? [String: Any])?["metadata"] as? [String: Any])?["labels"]
        as? [String: String]) ?? [:]
    }
    func selects(_ selector: [String: String], _ labels: [String: String]) -> Bool {
      !selector.isEmpty && selector.allSatisfy { labels[$0.key] == $0.value }
    }
    for service in try resources(kind: "Service") {
      let selector = ((service["spec"] as? [String: Any])?["selector"] as? [String: String]) ?? [:]
      #expect(deployments.filter { selects(selector, podLabels($0)) }.map(Self.name) == [Self.name(service)])
    }
    let gateway = try #require(deployments.first { Self.name($0) == "gateway" })
    #expect(((gateway["spec"] as? [String: Any])?["replicas"] as? Int ?? 0) >= 2)
    let budget = try #require(try resources(kind: "PodDisruptionBudget").first)
    let spec = try #require(budget["spec"] as? [String: Any])
    #expect(spec["minAvailable"] as? Int == 1)
    let selector = ((spec["selector"] as? [String: Any])?["matchLabels"] as? [String: String]) ?? [:]
    #expect(deployments.filter { selects(selector, podLabels($0)) }.map(Self.name) == ["gateway"])
  }

  @Test("the ConfigMap holds the cluster's mesh file byte for byte, and it passes mesh check")
  func configMapIsTheMeshFile() throws {
    let file = try OpsFiles.text(OpsFiles.kubernetes.appendingPathComponent("mesh-file/mesh.yaml"))
    let configMap = try #require(try resources(kind: "ConfigMap").first)
    #expect((configMap["data"] as? [String: String])?["mesh.yaml"] == file)
    let check = MeshFileLoader.parse(file)
    #expect(check.problems == [], "\(check.problems.map(\.description))")
    #expect(check.file?.databaseOrDefault.url?.env == "MESH_DATABASE_URL")
    // The deployments run exactly the mesh file's services, plus the gateway.
    let names = Set(check.file?.allServices.map(\.name) ?? []).union(["gateway"])
    #expect(Set(try resources(kind: "Deployment").map(Self.name)) == names)
  }
}
