/// Turns the bytes of an HTTP/1.1 connection into requests, strictly: anything a front proxy and a
/// back end could read two ways (request smuggling) is refused, as are oversized parts.
///
/// Pure: no sockets, no clock. The server feeds it what it reads and acts on the events.
public final class HTTPRequestDecoder {
  /// What the bytes fed so far produced.
  public enum Event: Sendable {
    /// The first byte of a request arrived (the server starts its header-read timer).
    case headStarted
    /// The head is complete and valid (the body, if any, follows).
    case headComplete
    /// The head asked for `Expect: 100-continue` and is acceptable: the client waits for 100.
    case expectContinue
    /// A whole request.
    case request(HTTPRequest)
    /// The bytes are refused with this status; the decoder takes no more.
    case failure(status: Int, reason: String)
  }

  private let limits: HTTPDecoderLimits
  private let parser = HTTPParser(kind: .request)
  private var events: [Event] = []
  private var failed: (status: Int, reason: String)?

  // The message being parsed.
  private var target: [UInt8] = []
  private var headers = HTTPHeaders()
  private var headerBytes = 0
  private var fieldName: [UInt8] = []
  private var fieldValue: [UInt8] = []
  private var inValue = false
  private var valueEnded = false
  private var head: HTTPParser.Head?
  private var body: [UInt8] = []

  /// Creates a decoder.
  /// - Parameter limits: bounds on each request.
  public init(limits: HTTPDecoderLimits = HTTPDecoderLimits()) {
    self.limits = limits
    parser.delegate = self
  }

  /// Body bytes of the request being decoded, held until it completes (the server bounds its read-ahead with them).
  public var bufferedBodyBytes: Int { body.count }

  /// Whether a request has started and not yet completed.
  public private(set) var inMessage = false

  /// Parses bytes and returns what they completed.
  /// - Parameter bytes: the next bytes of the connection.
  public func feed(_ bytes: UnsafeRawBufferPointer) -> [Event] {
    guard failed == nil else { return [] }
    var rest = bytes
    while !rest.isEmpty {
      switch parser.feed(rest) {
      case .consumed:
        rest = UnsafeRawBufferPointer(rebasing: rest[rest.count...])
      case .upgrade(let consumed):
        // An upgrade (h2c, websocket) is not offered: the request was answered as a plain one, and
        // whatever follows is parsed as the next request.
        if head?.method == "CONNECT" { fail(405, "CONNECT is not supported") ; break }
        // The parser flags an upgrade from the head on, but stops only once the body is complete: a
        // buffer that ends inside the body (curl --http2 sending a large POST) is consumed like any
        // other. Starting over there parsed the rest of the body as a request (400).
        if inMessage {
          rest = UnsafeRawBufferPointer(rebasing: rest[min(consumed, rest.count)...])
          continue
        }
        parser.reset()
        rest = UnsafeRawBufferPointer(rebasing: rest[min(consumed, rest.count)...])
      case .failed(let name):
        if failed == nil { fail(400, "malformed HTTP/1.1 (\(name))") }
      }
      if failed != nil { break }
    }
    defer { events.removeAll() }
    return events
  }

  /// Parses bytes and returns what they completed.
  /// - Parameter bytes: the next bytes of the connection.
  public func feed(_ bytes: [UInt8]) -> [Event] { bytes.withUnsafeBytes { feed($0) } }

  private func fail(_ status: Int, _ reason: String) {
    guard failed == nil else { return }
    failed = (status, reason)
    events.append(.failure(status: status, reason: reason))
  }

  private func commitField() -> Bool {
    defer {
      fieldName.removeAll(keepingCapacity: true)
      fieldValue.removeAll(keepingCapacity: true)
      inValue = false
      valueEnded = false
    }
    guard !fieldName.isEmpty else { return true }
    guard fieldName.allSatisfy(Self.isTokenByte) else {
      fail(400, "invalid header name")
      return false
    }
    // CR, LF and NUL never belong in a value (obs-fold is caught before it gets here).
    guard !fieldValue.contains(where: { $0 == 0x0D || $0 == 0x0A || $0 == 0 }) else {
      fail(400, "invalid header value")
      return false
    }
    guard headers.fields.count < limits.maxHeaderCount else {
      fail(431, "too many header fields")
      return false
    }
    headers.add(name: String(decoding: fieldName, as: UTF8.self),
                value: String(String(decoding: fieldValue, as: UTF8.self).trimmingSpaces))
    return true
  }

  private static func isTokenByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
         UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    default: "!#$%&'*+-.^_`|~".utf8.contains(byte)
    }
  }

  /// The framing checks of RFC 9112 section 6, where smuggling lives.
  private func checkFraming(_ head: HTTPParser.Head) -> Bool {
    let lengths = headers.values(for: "Content-Length")
    let encodings = headers.values(for: "Transfer-Encoding")
    if !encodings.isEmpty && !lengths.isEmpty {
      fail(400, "both Content-Length and Transfer-Encoding")
      return false
    }
    if lengths.count > 1 {
      fail(400, "more than one Content-Length")
      return false
    }
    if let length = lengths.first {
      guard !length.isEmpty, length.utf8.count <= 18, length.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
            let value = Int(length)
      else {
        fail(400, "invalid Content-Length")
        return false
      }
      if value > limits.maxBodyBytes {
        // The head is not complete yet: `parserHeadersComplete` hands it over.
        guard limits.handsOverOversizedBodies else {
          fail(413, "body larger than \(limits.maxBodyBytes) bytes")
          return false
        }
      }
    }
    if !encodings.isEmpty {
      guard encodings.count == 1, encodings[0].lowercased() == "chunked", head.chunked else {
        fail(400, "unsupported Transfer-Encoding")
        return false
      }
      if head.major == 1 && head.minor == 0 {
        fail(400, "Transfer-Encoding in an HTTP/1.0 request")
        return false
      }
    }
    return true
  }
}

extension HTTPRequestDecoder: HTTPParserDelegate {
  func parserMessageBegin() -> Bool {
    inMessage = true
    target.removeAll(keepingCapacity: true)
    headers = HTTPHeaders()
    headerBytes = 0
    head = nil
    body = []
    events.append(.headStarted)
    return true
  }

  func parserURL(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard target.count + bytes.count <= limits.maxTargetBytes else {
      fail(414, "request target longer than \(limits.maxTargetBytes) bytes")
      return false
    }
    target.append(contentsOf: bytes)
    return true
  }

  func parserHeaderField(_ bytes: UnsafeRawBufferPointer) -> Bool {
    if head != nil { return countHeaderBytes(bytes.count) }  // a chunked trailer: counted, dropped
    if inValue { guard commitField() else { return false } }
    return countHeaderBytes(bytes.count) && { fieldName.append(contentsOf: bytes); return true }()
  }

  func parserHeaderValue(_ bytes: UnsafeRawBufferPointer, endsInBuffer: Bool) -> Bool {
    // A value that already ended at its CR and goes on is a folded line (obs-fold): refused, because
    // proxies unfold it differently.
    if head != nil { return countHeaderBytes(bytes.count) }
    if inValue && valueEnded {
      fail(400, "obs-fold in a header value")
      return false
    }
    inValue = true
    valueEnded = endsInBuffer
    guard countHeaderBytes(bytes.count) else { return false }
    fieldValue.append(contentsOf: bytes)
    return true
  }

  private func countHeaderBytes(_ count: Int) -> Bool {
    headerBytes += count
    guard headerBytes <= limits.maxHeaderBytes else {
      fail(431, "header fields larger than \(limits.maxHeaderBytes) bytes")
      return false
    }
    return true
  }

  func parserHeadersComplete(_ head: HTTPParser.Head) -> HTTPParser.HeadVerdict {
    guard commitField() else { return .fail }
    guard head.major == 1, head.minor <= 1 else {
      fail(505, "HTTP/\(head.major).\(head.minor) is not supported")
      return .fail
    }
    guard checkFraming(head) else { return .fail }
    let hosts = headers.values(for: "Host")
    if hosts.count > 1 || (head.minor == 1 && hosts.isEmpty) {
      fail(400, "an HTTP/1.1 request needs exactly one Host")
      return .fail
    }
    self.head = head
    events.append(.headComplete)
    if let length = headers["Content-Length"].flatMap(Int.init), length > limits.maxBodyBytes {
      // Only when oversized bodies are handed over (`checkFraming` refused it otherwise).
      handOverOversized()
      return .fail
    }
    if let expect = headers["Expect"] {
      guard expect.lowercased() == "100-continue" else {
        fail(417, "unsupported Expect")
        return .fail
      }
      events.append(.expectContinue)
    }
    return .proceed
  }

  func parserBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard body.count + bytes.count <= limits.maxBodyBytes else {
      guard limits.handsOverOversizedBodies else {
        fail(413, "body larger than \(limits.maxBodyBytes) bytes")
        return false
      }
      // One byte past the limit: the handler's own count finds the body too large.
      body.append(contentsOf: bytes.prefix(limits.maxBodyBytes + 1 - body.count))
      handOverOversized()
      return false
    }
    body.append(contentsOf: bytes)
    return true
  }

  /// Hands the request with a body past the limit to the handler, and takes no more bytes.
  private func handOverOversized() {
    guard let head, failed == nil else { return }
    failed = (413, "body larger than \(limits.maxBodyBytes) bytes")
    inMessage = false
    var request = HTTPRequest(method: head.method, target: String(decoding: target, as: UTF8.self),
                              headers: headers, body: body, version: (head.major, head.minor), keepAlive: false)
    request.bodyExceedsLimit = true
    events.append(.request(request))
    body = []
    // http_parser ends a message whose head was refused (no body, as for an upgrade): with no head,
    // that end makes no second request.
    self.head = nil
  }

  func parserMessageComplete() -> Bool {
    // Chunked trailers arrive as header callbacks after the body; they are read and dropped.
    guard let head else { return false }
    inMessage = false
    let request = HTTPRequest(method: head.method, target: String(decoding: target, as: UTF8.self),
                              headers: headers, body: body, version: (head.major, head.minor),
                              keepAlive: head.keepAlive)
    events.append(.request(request))
    body = []
    return true
  }
}
