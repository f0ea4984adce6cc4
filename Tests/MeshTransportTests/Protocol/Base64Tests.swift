import Testing
@testable import MeshTransport

@Suite struct Base64Tests {
  // RFC 4648 §10 test vectors, without their padding.
  @Test(arguments: [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"),
                    ("foobar", "Zm9vYmFy")])
  func encodesWithoutPadding(plain: String, encoded: String) throws {
    #expect(Base64.encode(Array(plain.utf8)) == encoded)
    #expect(try Base64.decode(encoded) == Array(plain.utf8))
  }

  @Test(arguments: [("Zg==", "f"), ("Zm8=", "fo"), ("Zm9vYg==", "foob"), ("Zm9vYmE=", "fooba")])
  func decodesPaddedValues(encoded: String, plain: String) throws {
    #expect(try Base64.decode(encoded) == Array(plain.utf8))
  }

  @Test(arguments: ["Z", "Zm9vY", "Zg=", "Z===", "====", "Zm9v!A", "Zm-v", "Zm_v", "Zg==Zg==", "Zm 9v", "=Zm9"])
  func rejectsInvalidValues(encoded: String) {
    #expect(throws: Base64.DecodingError.self) { try Base64.decode(encoded) }
  }

  @Test func roundTripsRandomBytes() throws {
    var generator = SystemRandomNumberGenerator()
    for count in 0..<200 {
      let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
      let encoded = Base64.encode(bytes)
      #expect(!encoded.contains("="))
      #expect(try Base64.decode(encoded) == bytes)
    }
  }

  @Test func splitsJoinedValuesOnCommas() throws {
    #expect(try Base64.decodeValues("AAEC, /w==,") == [[0, 1, 2], [255], []])
    #expect(try Base64.decodeValues("AAEC") == [[0, 1, 2]])
    #expect(throws: Base64.DecodingError.self) { try Base64.decodeValues("AAEC,%%") }
  }
}
