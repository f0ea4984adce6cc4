import MeshHTTP
import Testing

/// The decoder alone, fed bytes without sockets.
@Suite struct HTTPRequestDecoderTests {
  private func decode(_ text: String, limits: HTTPDecoderLimits = HTTPDecoderLimits(), byteByByte: Bool = false)
    -> (requests: [HTTPRequest], failure: Int?, continues: Int)
  {
    let decoder = HTTPRequestDecoder(limits: limits)
    var events: [HTTPRequestDecoder.Event] = []
    if byteByByte {
      for byte in Array(text.utf8) { events += decoder.feed([byte]) }
    } else {
      events = decoder.feed(Array(text.utf8))
    }
    var requests: [HTTPRequest] = []
    var failure: Int?
    var continues = 0
    for event in events {
      switch event {
      case .request(let request): requests.append(request)
      case .failure(let status, _): failure = failure ?? status
      case .expectContinue: continues += 1
      default: break
      }
    }
    return (requests, failure, continues)
  }

  @Test(arguments: [false, true]) func decodesARequestWholeOrByteByByte(byteByByte: Bool) throws {
    let result = decode("POST /orders/7?x=1&q=blue+shoes HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n"
                        + "X-Thing:  spaced value \r\n\r\nhello", byteByByte: byteByByte)
    #expect(result.failure == nil)
    let request = try #require(result.requests.first)
    #expect(request.method == "POST")
    #expect(request.path == "/orders/7")
    #expect(request.query("q") == "blue shoes")
    #expect(request.headers["x-thing"] == "spaced value")
    #expect(request.body == Array("hello".utf8))
    #expect(request.keepAlive)
  }

  @Test(arguments: [false, true]) func decodesChunkedBodiesWithTrailers(byteByByte: Bool) {
    let result = decode("POST /e HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                        + "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nTrailer-Field: x\r\n\r\n", byteByByte: byteByByte)
    #expect(result.failure == nil)
    #expect(result.requests.first.map { String(decoding: $0.body, as: UTF8.self) } == "hello world")
    #expect(result.requests.first?.headers["Trailer-Field"] == nil)
  }

  @Test func pipelinedRequestsComeOutInOrder() {
    let result = decode("GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n"
                        + "GET /3 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n")
    #expect(result.requests.map(\.target) == ["/1", "/2", "/3"])
    #expect(result.requests.map(\.keepAlive) == [true, true, false])
  }

  @Test func http10ClosesUnlessKeptAlive() {
    let result = decode("GET / HTTP/1.0\r\n\r\nGET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
    #expect(result.requests.map(\.keepAlive) == [false, true])
  }

  /// Request smuggling and framing attacks: each is refused with 400.
  @Test(arguments: [
    "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n0\r\n\r\n",
    "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello",
    "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!",
    "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 5\r\n\r\nhello",
    "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\nhello",
    "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\tfolded\r\n\r\nhello",
    "GET / HTTP/1.1\r\nHost: a\r\nX-A: one\r\n two\r\n\r\n",
    "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
    "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhelloXX0\r\n\r\n",
    "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n0\r\n\r\n",
    "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, identity\r\n\r\n0\r\n\r\n",
    "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
    "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding : chunked\r\n\r\n0\r\n\r\n",
    "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
    "GET / HTTP/1.1\r\n\r\n",
    "GET / HTTP/1.1\r\nHost: a\r\nBad Name: x\r\n\r\n",
    "GET /\u{0} HTTP/1.1\r\nHost: a\r\n\r\n",
    "NOT HTTP AT ALL\r\n\r\n",
  ])
  func refusesAmbiguousFraming(attack: String) {
    for byteByByte in [false, true] {
      let result = decode(attack, byteByByte: byteByByte)
      #expect(result.failure == 400, "\(attack.debugDescription) byte by byte: \(byteByByte)")
    }
  }

  @Test func enforcesLimits() {
    let limits = HTTPDecoderLimits(maxTargetBytes: 64, maxHeaderBytes: 256, maxHeaderCount: 5, maxBodyBytes: 100)
    #expect(decode("GET /\(String(repeating: "a", count: 100)) HTTP/1.1\r\nHost: a\r\n\r\n", limits: limits).failure == 414)
    #expect(decode("GET / HTTP/1.1\r\nHost: a\r\nX: \(String(repeating: "v", count: 300))\r\n\r\n", limits: limits).failure == 431)
    let many = (0..<6).map { "X-\($0): v\r\n" }.joined()
    #expect(decode("GET / HTTP/1.1\r\nHost: a\r\n\(many)\r\n", limits: limits).failure == 431)
    #expect(decode("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n", limits: limits).failure == 413)
    let chunks = String(repeating: "10\r\n0123456789abcdef\r\n", count: 7) + "0\r\n\r\n"
    #expect(decode("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n\(chunks)", limits: limits).failure == 413)
    #expect(decode("GET / HTTP/2.0\r\nHost: a\r\n\r\n").failure == 505)
  }

  @Test func announcesExpectContinueAndRefusesOtherExpectations() {
    let result = decode("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\nhi")
    #expect(result.continues == 1)
    #expect(result.requests.count == 1)
    #expect(decode("POST / HTTP/1.1\r\nHost: a\r\nExpect: teapot\r\nContent-Length: 0\r\n\r\n").failure == 417)
  }

  @Test func takesNothingAfterAFailure() {
    let decoder = HTTPRequestDecoder()
    _ = decoder.feed(Array("BAD\r\n\r\n".utf8))
    #expect(decoder.feed(Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8)).isEmpty)
  }
}
