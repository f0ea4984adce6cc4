import Testing
import MeshCrypto

@Suite struct APIKeyTests {
  private let hasher = try! APIKeyHasher(pepper: SecureRandom.bytes(count: 32), prefix: "mesh")

  @Test func generatedKeysVerifyAndOnlyTheDigestIsStored() throws {
    let (key, record) = hasher.generate()
    #expect(key.hasPrefix("mesh_"))
    #expect(try hasher.keyID(of: key) == record.id)
    #expect(record.digest.count == 32)
    #expect(!key.contains(record.digest.map { String($0, radix: 16) }.joined()))
    #expect(hasher.verify(key, against: record))
    let (other, otherRecord) = hasher.generate()
    #expect(other != key && otherRecord.id != record.id)
    #expect(!hasher.verify(other, against: record))
  }

  @Test func everyAlteredCharacterFails() throws {
    let (key, record) = hasher.generate()
    let chars = Array(key)
    for index in chars.indices {
      var altered = chars
      altered[index] = altered[index] == "A" ? "B" : "A"
      #expect(!hasher.verify(String(altered), against: record))
    }
  }

  @Test func anotherPepperRejects() throws {
    let (key, record) = hasher.generate()
    let stranger = try APIKeyHasher(pepper: SecureRandom.bytes(count: 32), prefix: "mesh")
    #expect(!stranger.verify(key, against: record))
    #expect(stranger.digest(of: key) != record.digest)
  }

  @Test func malformedKeysAndWeakSettingsAreTypedErrors() {
    for bad in ["", "mesh", "mesh_0123456789abcdef", "other_0123456789abcdef_" + String(repeating: "A", count: 43),
                "mesh_0123_" + String(repeating: "A", count: 43), "mesh_0123456789abcdef_short"] {
      #expect(throws: APIKeyError.malformed) { try hasher.keyID(of: bad) }
    }
    #expect(throws: APIKeyError.weakPepper) { try APIKeyHasher(pepper: [1, 2, 3]) }
    #expect(throws: APIKeyError.badPrefix("a_b")) { try APIKeyHasher(pepper: SecureRandom.bytes(count: 32), prefix: "a_b") }
  }
}
