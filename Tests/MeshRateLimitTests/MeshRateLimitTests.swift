import Testing
@testable import MeshRateLimit

@Suite struct MeshRateLimitModuleTests {
  @Test func moduleLoads() { #expect(Bool(true)) }
}
