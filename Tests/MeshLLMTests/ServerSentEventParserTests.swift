import MeshLLM
import Testing

@Suite struct ServerSentEventParserTests {
  static let stream = Array("""
    : a comment\r
    data: {"a":1}\r
    \r
    event: ping\n\
    data: first\n\
    data:second\n\
    id: 7\n\
    \n\
    retry: 10\r\r\
    data: [DONE]\n\n
    """.utf8)

  static let expected = [ServerSentEvent(data: "{\"a\":1}"), ServerSentEvent(event: "ping", data: "first\nsecond"),
                         ServerSentEvent(data: "[DONE]")]

  @Test func eventsWhateverTheLineEndings() throws {
    var parser = ServerSentEventParser()
    #expect(try parser.feed(Self.stream) == Self.expected)
  }

  @Test func eventsWhereverTheBytesAreSplit() throws {
    // Byte by byte, and at every split point in two: a CRLF cut between its CR and LF is one line end.
    var parser = ServerSentEventParser()
    var events: [ServerSentEvent] = []
    for byte in Self.stream { events += try parser.feed([byte]) }
    #expect(events == Self.expected)
    for cut in 0...Self.stream.count {
      var split = ServerSentEventParser()
      let all = try split.feed(Self.stream[..<cut]) + split.feed(Self.stream[cut...])
      #expect(all == Self.expected, "cut at \(cut)")
    }
  }

  @Test func anEventWithoutDataOrWithoutItsBlankLineIsNotDispatched() throws {
    var parser = ServerSentEventParser()
    #expect(try parser.feed(Array("event: x\n\n: only a comment\n\ndata: unfinished\n".utf8)).isEmpty)
    #expect(try parser.feed(Array("\n".utf8)) == [ServerSentEvent(data: "unfinished")])
    // A field without a colon is a field with an empty value; only one space is dropped after the colon.
    #expect(try parser.feed(Array("data\ndata:  two spaces\n\n".utf8)) == [ServerSentEvent(data: "\n two spaces")])
  }

  @Test func aLineOverTheLimitIsAnError() throws {
    var parser = ServerSentEventParser(maxLineBytes: 16)
    #expect(try parser.feed(Array("data: short\n\n".utf8)) == [ServerSentEvent(data: "short")])
    #expect(throws: ServerSentEventParser.LineTooLong.self) { try parser.feed(Array(repeating: UInt8(ascii: "x"), count: 17)) }
  }
}
