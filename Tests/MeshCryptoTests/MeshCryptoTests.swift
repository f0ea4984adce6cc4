import Testing
import MeshCrypto

@Suite struct HMACTests {
  /// RFC 4231, test case 2.
  @Test func rfc4231Case2() {
    let tag = HMAC.sha256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
    let hex = tag.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    #expect(hex == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
  }
}
