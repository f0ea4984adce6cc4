@testable import MeshTransport
import Testing

/// The first bytes of a cleartext connection: the HTTP/2 preface, or anything else (HTTP/1.1).
@Suite("Telling h2c prior knowledge from HTTP/1.1")
struct ProtocolSnifferTests {
  @Test("The whole preface is HTTP/2; a prefix of it waits for more; anything else is HTTP/1.1")
  func verdicts() {
    let preface = Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8)
    #expect(ProtocolSniffer.verdict(preface) == .http2)
    #expect(ProtocolSniffer.verdict(preface + Array("extra".utf8)) == .http2)
    #expect(ProtocolSniffer.verdict(preface.prefix(3)) == .undecided)
    #expect(ProtocolSniffer.verdict([UInt8]()) == .undecided)
    #expect(ProtocolSniffer.verdict(Array("GET / HTTP/1.1\r\n".utf8)) == .http1)
    #expect(ProtocolSniffer.verdict(Array("POST /x HTTP/1.1\r\n".utf8)) == .http1)
    // "PRI" as an HTTP/1.1 method goes to HTTP/1.1 as soon as it leaves the preface.
    #expect(ProtocolSniffer.verdict(Array("PRI * HTTP/1.1\r\n".utf8)) == .http1)
  }
}
