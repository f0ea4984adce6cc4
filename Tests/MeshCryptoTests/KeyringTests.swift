import Testing
@testable import MeshCrypto

/// One AES-256 case of McGrew and Viega, "The Galois/Counter Mode of Operation (GCM)", appendix B
/// (the vectors NIST publishes with SP 800-38D).
struct GCMVector: Sendable, CustomTestStringConvertible {
  let name: String, key: String, iv: String, plaintext: String, aad: String, ciphertext: String, tag: String
  var testDescription: String { name }
}

private let mcGrewViega: [GCMVector] = [
  GCMVector(name: "Test Case 13",
            key: String(repeating: "0", count: 64), iv: String(repeating: "0", count: 24),
            plaintext: "", aad: "", ciphertext: "", tag: "530f8afbc74536b9a963b4f1c4cb738b"),
  GCMVector(name: "Test Case 14",
            key: String(repeating: "0", count: 64), iv: String(repeating: "0", count: 24),
            plaintext: String(repeating: "0", count: 32), aad: "",
            ciphertext: "cea7403d4d606b6e074ec5d3baf39d18", tag: "d0d1c8a799996bf0265b98b5d48ab919"),
  GCMVector(name: "Test Case 15",
            key: "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
            iv: "cafebabefacedbaddecaf888",
            plaintext: "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
              + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255",
            aad: "",
            ciphertext: "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
              + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad",
            tag: "b094dac5d93471bdec1a502270e3cc6c"),
  GCMVector(name: "Test Case 16",
            key: "feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308",
            iv: "cafebabefacedbaddecaf888",
            plaintext: "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
              + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
            aad: "feedfacedeadbeeffeedfacedeadbeefabaddad2",
            ciphertext: "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
              + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662",
            tag: "76fc6ece0f4e1768cddf8853bb2d551b"),
]

@Suite struct KeyringTests {
  @Test(arguments: mcGrewViega)
  func publishedVectorSealsAndOpens(_ v: GCMVector) throws {
    let key = try AEADKey(id: "kat", bytes: hex(v.key))
    let sealed = try key.seal(hex(v.plaintext), nonce: hex(v.iv), associatedData: hex(v.aad))
    #expect(hexString(sealed) == v.ciphertext + v.tag)
    // The same bytes through the keyring's stored format.
    let keyring = try Keyring(keys: [key], currentKeyID: "kat")
    let stored = SealedMessage(keyID: "kat", combined: hex(v.iv) + hex(v.ciphertext) + hex(v.tag))
    #expect(try keyring.open(stored, associatedData: hex(v.aad)) == hex(v.plaintext))
  }

  @Test func roundTripUsesFreshNonces() throws {
    let keyring = try Keyring(keys: [AEADKey.random(id: "k1")], currentKeyID: "k1")
    let message = Array("order 123-4567: 2 x running shoes".utf8)
    let a = try keyring.seal(message, associatedData: Array("row-1".utf8))
    let b = try keyring.seal(message, associatedData: Array("row-1".utf8))
    #expect(a.keyID == "k1")
    #expect(a.combined.count == 12 + message.count + 16)
    #expect(a.combined.prefix(12) != b.combined.prefix(12))
    #expect(try keyring.open(a, associatedData: Array("row-1".utf8)) == message)
    #expect(try keyring.open(b, associatedData: Array("row-1".utf8)) == message)
  }

  @Test func everyTamperedByteFailsAuthentication() throws {
    let keyring = try Keyring(keys: [AEADKey.random(id: "k1")], currentKeyID: "k1")
    let sealed = try keyring.seal(Array("secret".utf8), associatedData: [1, 2, 3])
    for index in sealed.combined.indices {
      var bytes = sealed.combined
      bytes[index] ^= 0x01
      #expect(throws: KeyringError.authenticationFailed) {
        try keyring.open(SealedMessage(keyID: "k1", combined: bytes), associatedData: [1, 2, 3])
      }
    }
  }

  @Test func wrongAssociatedDataFails() throws {
    let keyring = try Keyring(keys: [AEADKey.random(id: "k1")], currentKeyID: "k1")
    let sealed = try keyring.seal(Array("secret".utf8), associatedData: Array("row-1".utf8))
    #expect(throws: KeyringError.authenticationFailed) {
      try keyring.open(sealed, associatedData: Array("row-2".utf8))
    }
    #expect(throws: KeyringError.authenticationFailed) { try keyring.open(sealed, associatedData: []) }
  }

  @Test func rotationKeepsOldMessagesReadable() throws {
    let old = AEADKey.random(id: "2025-01")
    let new = AEADKey.random(id: "2025-02")
    let before = try Keyring(keys: [old], currentKeyID: "2025-01")
    let oldRow = try before.seal(Array("old row".utf8), associatedData: [])
    let after = try Keyring(keys: [old, new], currentKeyID: "2025-02")
    let newRow = try after.seal(Array("new row".utf8), associatedData: [])
    #expect(newRow.keyID == "2025-02")
    #expect(try after.open(oldRow, associatedData: []) == Array("old row".utf8))
    #expect(try after.open(newRow, associatedData: []) == Array("new row".utf8))
    // The retired keyring cannot read what the new key sealed.
    #expect(throws: KeyringError.unknownKeyID("2025-02")) { try before.open(newRow, associatedData: []) }
  }

  @Test func messageRelabelledWithAnotherKeyIDFails() throws {
    let keyring = try Keyring(keys: [AEADKey.random(id: "a"), AEADKey.random(id: "b")], currentKeyID: "a")
    let sealed = try keyring.seal(Array("x".utf8), associatedData: [])
    #expect(throws: KeyringError.authenticationFailed) {
      try keyring.open(SealedMessage(keyID: "b", combined: sealed.combined), associatedData: [])
    }
  }

  @Test func malformedAndBadKeysAreTypedErrors() throws {
    let keyring = try Keyring(keys: [AEADKey.random(id: "k1")], currentKeyID: "k1")
    #expect(throws: KeyringError.self) {
      try keyring.open(SealedMessage(keyID: "k1", combined: [UInt8](repeating: 0, count: 27)), associatedData: [])
    }
    #expect(throws: KeyringError.unknownKeyID("zz")) {
      try keyring.open(SealedMessage(keyID: "zz", combined: [UInt8](repeating: 0, count: 40)), associatedData: [])
    }
    #expect(throws: KeyringError.self) { try AEADKey(id: "short", bytes: [UInt8](repeating: 0, count: 16)) }
    #expect(throws: KeyringError.self) { try AEADKey(id: "", bytes: [UInt8](repeating: 0, count: 32)) }
    #expect(throws: KeyringError.unknownKeyID("missing")) {
      try Keyring(keys: [AEADKey.random(id: "k1")], currentKeyID: "missing")
    }
    #expect(throws: KeyringError.self) {
      try Keyring(keys: [AEADKey.random(id: "k1"), AEADKey.random(id: "k1")], currentKeyID: "k1")
    }
  }
}
