import MeshHTTP
import Testing

/// `HTTPDecoderLimits.handsOverOversizedBodies` (a gateway's listener): a body past the limit goes to the
/// handler marked, cut one byte past the limit (none read when a Content-Length announced it), and the
/// decoder takes nothing more; a body at the limit passes as usual. Without it, the decoder's own 413.
@Suite struct HTTPOversizedBodyDecoderTests {
  static let limits: HTTPDecoderLimits = {
    var limits = HTTPDecoderLimits(maxBodyBytes: 100)
    limits.handsOverOversizedBodies = true
    return limits
  }()

  private func requests(_ events: [HTTPRequestDecoder.Event]) -> [HTTPRequest] {
    events.compactMap { if case .request(let request) = $0 { request } else { nil } }
  }

  private func failures(_ events: [HTTPRequestDecoder.Event]) -> [Int] {
    events.compactMap { if case .failure(let status, _) = $0 { status } else { nil } }
  }

  @Test func anAnnouncedLengthPastTheLimitIsHandedOverUnread() {
    let decoder = HTTPRequestDecoder(limits: Self.limits)
    let events = decoder.feed(Array("POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\nExpect: 100-continue\r\n\r\nxyz".utf8))
    let handed = requests(events)
    #expect(handed.count == 1)
    #expect(handed.first?.bodyExceedsLimit == true)
    #expect(handed.first?.body.isEmpty == true)
    #expect(handed.first?.keepAlive == false)
    #expect(failures(events).isEmpty)
    // No 100-continue for a body that will not be read.
    #expect(!events.contains { if case .expectContinue = $0 { true } else { false } })
    #expect(decoder.feed(Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8)).isEmpty)
  }

  @Test(arguments: [false, true]) func aChunkedBodyPastTheLimitIsCutOneBytePastIt(byteByByte: Bool) {
    let decoder = HTTPRequestDecoder(limits: Self.limits)
    let chunks = String(repeating: "10\r\n0123456789abcdef\r\n", count: 7) + "0\r\n\r\n"
    let text = Array("POST /a HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n\(chunks)".utf8)
    var events: [HTTPRequestDecoder.Event] = []
    if byteByByte { for byte in text { events += decoder.feed([byte]) } } else { events = decoder.feed(text) }
    let handed = requests(events)
    #expect(handed.count == 1)
    #expect(handed.first?.bodyExceedsLimit == true)
    #expect(handed.first?.body.count == 101)
    #expect(failures(events).isEmpty)
    #expect(!decoder.inMessage)
  }

  @Test func aBodyAtTheLimitPassesWhole() {
    let decoder = HTTPRequestDecoder(limits: Self.limits)
    let body = String(repeating: "b", count: 100)
    let handed = requests(decoder.feed(Array("POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n\(body)".utf8)))
    #expect(handed.count == 1)
    #expect(handed.first?.bodyExceedsLimit == false)
    #expect(handed.first?.body.count == 100)
  }

  @Test func withoutItTheDecoderRefusesWith413() {
    let decoder = HTTPRequestDecoder(limits: HTTPDecoderLimits(maxBodyBytes: 100))
    let events = decoder.feed(Array("POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n".utf8))
    #expect(requests(events).isEmpty)
    #expect(failures(events) == [413])
  }

  @Test func theBodyBeingDecodedIsCounted() {
    let decoder = HTTPRequestDecoder(limits: Self.limits)
    _ = decoder.feed(Array("POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 50\r\n\r\n0123456789".utf8))
    #expect(decoder.bufferedBodyBytes == 10)
    _ = decoder.feed(Array(String(repeating: "x", count: 40).utf8))
    #expect(decoder.bufferedBodyBytes == 0)
  }
}
