internal import CHTTPParser

/// What the parser found, forwarded from http_parser's callbacks. Each returns false to stop parsing
/// (the wrapper keeps the richer reason aside, as swift-nio's HTTPDecoder does).
protocol HTTPParserDelegate: AnyObject {
  func parserMessageBegin() -> Bool
  func parserURL(_ bytes: UnsafeRawBufferPointer) -> Bool
  func parserHeaderField(_ bytes: UnsafeRawBufferPointer) -> Bool
  /// `endsInBuffer` is false when the fragment stops at the end of the bytes fed (the value may go on).
  func parserHeaderValue(_ bytes: UnsafeRawBufferPointer, endsInBuffer: Bool) -> Bool
  func parserHeadersComplete(_ head: HTTPParser.Head) -> HTTPParser.HeadVerdict
  func parserBody(_ bytes: UnsafeRawBufferPointer) -> Bool
  func parserMessageComplete() -> Bool
}

/// A wrapper of Node's http_parser (libhttp-parser-dev): bytes in, delegate calls out.
///
/// The C parser's user data holds an unretained reference to this object, set for the duration of
/// each `feed`; the callbacks are capture-free closures that recover it and forward to the delegate.
final class HTTPParser {
  /// Requests (a server) or responses (a client).
  enum Kind { case request, response }

  /// The head as http_parser understood it.
  struct Head {
    var method: String
    var major: Int
    var minor: Int
    var status: Int
    var keepAlive: Bool
    var chunked: Bool
  }

  /// What to do after a head.
  enum HeadVerdict { case proceed, skipBody, fail }

  /// The result of feeding bytes.
  enum Outcome: Equatable {
    /// Every byte was consumed.
    case consumed
    /// The message asked for an upgrade (or was CONNECT): parsing stopped after `consumed` bytes.
    case upgrade(consumed: Int)
    /// The bytes are not HTTP, or a callback refused them; the name is http_parser's error name.
    case failed(String)
  }

  private let parser: UnsafeMutablePointer<http_parser>
  private var settings = http_parser_settings()
  private let kind: Kind
  private var bufferEnd: UnsafeRawPointer?
  /// Bytes left in the chunk being read, and the CRLF still owed after a chunk's data. Debian builds
  /// http_parser without HTTP_PARSER_STRICT, which takes any two bytes after a chunk as its CRLF (a
  /// request smuggling vector); the wrapper checks them itself.
  private var chunkRemaining: UInt64 = 0
  private var owedTerminator: ArraySlice<UInt8> = []
  weak var delegate: (any HTTPParserDelegate)?

  init(kind: Kind) {
    self.kind = kind
    parser = .allocate(capacity: 1)
    http_parser_init(parser, kind == .request ? HTTP_REQUEST : HTTP_RESPONSE)
    settings.on_message_begin = { parser in
      HTTPParser.from(parser).delegate?.parserMessageBegin() == true ? 0 : 1
    }
    settings.on_url = { parser, at, length in
      HTTPParser.from(parser).delegate?.parserURL(UnsafeRawBufferPointer(start: at, count: length)) == true ? 0 : 1
    }
    settings.on_header_field = { parser, at, length in
      HTTPParser.from(parser).delegate?.parserHeaderField(UnsafeRawBufferPointer(start: at, count: length)) == true
        ? 0 : 1
    }
    settings.on_header_value = { parser, at, length in
      let wrapper = HTTPParser.from(parser)
      let bytes = UnsafeRawBufferPointer(start: at, count: length)
      let end = at.map { UnsafeRawPointer($0) + length }
      return wrapper.delegate?.parserHeaderValue(bytes, endsInBuffer: end != wrapper.bufferEnd) == true ? 0 : 1
    }
    settings.on_headers_complete = { parser in
      guard let parser else { return 2 }
      let wrapper = HTTPParser.from(parser)
      switch wrapper.delegate?.parserHeadersComplete(wrapper.head(parser)) {
      case .proceed: return 0
      case .skipBody: return 1
      case .fail, nil: return 2
      }
    }
    settings.on_chunk_header = { parser in
      guard let parser else { return 1 }
      let wrapper = HTTPParser.from(parser)
      wrapper.chunkRemaining = chttp_content_length(parser)
      return 0
    }
    settings.on_body = { parser, at, length in
      let wrapper = HTTPParser.from(parser)
      let bytes = UnsafeRawBufferPointer(start: at, count: length)
      if wrapper.chunkRemaining > 0 {
        wrapper.chunkRemaining -= min(wrapper.chunkRemaining, UInt64(length))
        if wrapper.chunkRemaining == 0, let end = bytes.baseAddress.map({ $0 + length }) {
          wrapper.owedTerminator = [0x0D, 0x0A]
          guard wrapper.checkTerminator(from: end) else { return 1 }
        }
      }
      return wrapper.delegate?.parserBody(bytes) == true ? 0 : 1
    }
    settings.on_message_complete = { parser in
      HTTPParser.from(parser).delegate?.parserMessageComplete() == true ? 0 : 1
    }
  }

  deinit { parser.deallocate() }

  private static func from(_ parser: UnsafeMutablePointer<http_parser>?) -> HTTPParser {
    // Set by `feed` before http_parser_execute runs; never nil inside a callback.
    Unmanaged<HTTPParser>.fromOpaque(parser!.pointee.data).takeUnretainedValue()
  }

  private func head(_ parser: UnsafeMutablePointer<http_parser>) -> Head {
    let method = kind == .request
      ? String(cString: http_method_str(http_method(rawValue: chttp_method(parser)))) : ""
    return Head(method: method, major: Int(parser.pointee.http_major), minor: Int(parser.pointee.http_minor),
                status: Int(chttp_status(parser)), keepAlive: http_should_keep_alive(parser) != 0,
                chunked: chttp_is_chunked(parser) != 0)
  }

  /// Checks the owed CRLF against the bytes from `start` to the end of the buffer; what the buffer
  /// does not hold yet stays owed.
  private func checkTerminator(from start: UnsafeRawPointer) -> Bool {
    guard let end = bufferEnd else { return true }
    var cursor = start
    while cursor < end, let expected = owedTerminator.first {
      guard cursor.load(as: UInt8.self) == expected else { return false }
      owedTerminator.removeFirst()
      cursor += 1
    }
    return true
  }

  /// Parses bytes; an empty buffer tells the parser the stream ended (a response read until close).
  func feed(_ bytes: UnsafeRawBufferPointer) -> Outcome {
    parser.pointee.data = Unmanaged.passUnretained(self).toOpaque()
    bufferEnd = bytes.baseAddress.map { $0 + bytes.count }
    if !owedTerminator.isEmpty, let base = bytes.baseAddress, !checkTerminator(from: base) {
      bufferEnd = nil
      return .failed("HPE_INVALID_CHUNK_TERMINATOR")
    }
    let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
    let consumed = withUnsafePointer(to: &settings) { http_parser_execute(parser, $0, base, bytes.count) }
    bufferEnd = nil
    let code = chttp_errno(parser)
    if code != 0 {
      return .failed(String(cString: http_errno_name(http_errno(rawValue: code))))
    }
    if chttp_is_upgrade(parser) != 0 { return .upgrade(consumed: consumed) }
    return consumed == bytes.count ? .consumed : .failed("HPE_SHORT_READ")
  }

  /// Starts over (after an upgrade request that is answered as a plain one).
  func reset() {
    http_parser_init(parser, kind == .request ? HTTP_REQUEST : HTTP_RESPONSE)
    chunkRemaining = 0
    owedTerminator = []
  }
}
