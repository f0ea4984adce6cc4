import Testing
@testable import MeshTransport

@Suite struct StatusMessageCodingTests {
  @Test func leavesPrintableASCIIAlone() {
    #expect(StatusMessageCoding.encode("Not found: user 42 (try again)") == "Not found: user 42 (try again)")
  }

  @Test func encodesPercentControlAndNonASCIIBytes() {
    #expect(StatusMessageCoding.encode("100%") == "100%25")
    #expect(StatusMessageCoding.encode("a\nb\tc") == "a%0Ab%09c")
    #expect(StatusMessageCoding.encode("\u{7F}") == "%7F")
    #expect(StatusMessageCoding.encode("é") == "%C3%A9")
  }

  @Test func encodesTheInteropSpecialMessage() {
    // special_status_message of interop-test-descriptions.md.
    let message = "\t\ntest with whitespace\r\nand Unicode BMP ☺ and non-BMP 😈\t\n"
    let encoded = StatusMessageCoding.encode(message)
    #expect(encoded == "%09%0Atest with whitespace%0D%0Aand Unicode BMP %E2%98%BA and non-BMP %F0%9F%98%88%09%0A")
    #expect(StatusMessageCoding.decode(encoded) == message)
  }

  @Test func decodesLowerCaseHex() {
    #expect(StatusMessageCoding.decode("%c3%a9t%C3%A9") == "été")
  }

  @Test(arguments: [("%", "%"), ("%4", "%4"), ("abc%", "abc%"), ("%zz1", "%zz1"), ("%%41", "%A"), ("%G0", "%G0")])
  func keepsMalformedSequencesAsTheyAre(input: String, expected: String) {
    #expect(StatusMessageCoding.decode(input) == expected)
  }

  @Test func replacesInvalidUTF8Instead0fFailing() {
    #expect(StatusMessageCoding.decode("a%FFb") == "a\u{FFFD}b")
  }

  @Test func roundTripsEveryByte() {
    let bytes = (0...255).map(UInt8.init)
    let text = String(decoding: bytes, as: UTF8.self)
    let encoded = StatusMessageCoding.encode(text)
    #expect(encoded.utf8.allSatisfy { $0 >= 0x20 && $0 <= 0x7E })
    #expect(StatusMessageCoding.decode(encoded) == text)
  }
}
