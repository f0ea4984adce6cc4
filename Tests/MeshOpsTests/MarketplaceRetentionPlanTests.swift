import MeshConfig
import MeshSupervision
import Testing

/// `mesh up` hands the marketplace's `idempotency_retention:` to `mesh serve marketplace` as
/// `--idempotency-retention`; without it the marketplace keeps its default (no flag).
@Suite struct MarketplaceRetentionPlanTests {
  func marketplaceArguments(_ yaml: String) throws -> [String] {
    let check = MeshFileLoader.parse(yaml)
    let file = try #require(check.file, "\(check.problems)")
    #expect(check.problems.isEmpty, "\(check.problems)")
    let plan = try StartPlan.make(mesh: file, meshFilePath: "/m.yaml", includeGateway: false) { _ in 41001 }
    return try #require(plan.replicas.first { $0.label == "marketplace-0" }).arguments
  }

  @Test func passedOnWhenSetAbsentOtherwise() throws {
    let set = try marketplaceArguments("version: 1\nservices:\n  - { name: marketplace, listen: \"127.0.0.1:7131\", idempotency_retention: 36h }\n")
    #expect(set.firstIndex(of: "--idempotency-retention").map { set[$0 + 1] } == "36h", "\(set)")
    let unset = try marketplaceArguments(SupervisionTests.assistant)
    #expect(!unset.contains("--idempotency-retention"), "\(unset)")
  }
}
