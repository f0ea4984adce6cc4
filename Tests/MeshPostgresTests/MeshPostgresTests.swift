import Testing
@testable import MeshPostgres

@Suite struct MeshPostgresModuleTests {
  @Test func moduleLoads() { #expect(Bool(true)) }
}
