import Testing
@testable import MeshCrypto

@Suite struct MeshCryptoModuleTests {
  @Test func moduleLoads() { #expect(Bool(true)) }
}
