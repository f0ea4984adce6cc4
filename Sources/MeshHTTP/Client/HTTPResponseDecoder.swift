/// Parses one response at a time on a client connection.
final class HTTPResponseDecoder: HTTPParserDelegate {
  enum Event {
    case response(HTTPClientResponse)
    /// With `streamsBody`: the status and headers, before any body byte.
    case head(HTTPClientResponse)
    /// With `streamsBody`: body bytes as they arrive.
    case body([UInt8])
    case failure(HTTPClientError)
  }

  private let parser = HTTPParser(kind: .response)
  private let maxBodyBytes: Int
  private var headers = HTTPHeaders()
  private var fieldName: [UInt8] = []
  private var fieldValue: [UInt8] = []
  private var inValue = false
  private var head: HTTPParser.Head?
  private var body: [UInt8] = []
  private var events: [Event] = []
  private var tooLarge = false
  /// The request was HEAD: the response has no body whatever its headers say.
  var expectsNoBody = false
  /// The body is handed out as it arrives (`.head`, then `.body` events) instead of collected.
  var streamsBody = false
  private var streamedBytes = 0
  /// Whether any byte of a response arrived.
  private(set) var started = false

  init(maxBodyBytes: Int) {
    self.maxBodyBytes = maxBodyBytes
    parser.delegate = self
  }

  func feed(_ bytes: UnsafeRawBufferPointer) -> [Event] {
    if !bytes.isEmpty { started = true }
    switch parser.feed(bytes) {
    case .consumed, .upgrade: break
    case .failed(let name):
      events.append(.failure(tooLarge ? .responseTooLarge : .malformedResponse(name)))
    }
    defer { events.removeAll() }
    return events
  }

  func parserMessageBegin() -> Bool {
    headers = HTTPHeaders()
    head = nil
    body = []
    streamedBytes = 0
    return true
  }

  func parserURL(_ bytes: UnsafeRawBufferPointer) -> Bool { true }

  func parserHeaderField(_ bytes: UnsafeRawBufferPointer) -> Bool {
    if inValue { commitField() }
    fieldName.append(contentsOf: bytes)
    return fieldName.count < 64 * 1024
  }

  func parserHeaderValue(_ bytes: UnsafeRawBufferPointer, endsInBuffer: Bool) -> Bool {
    inValue = true
    fieldValue.append(contentsOf: bytes)
    return fieldValue.count < 64 * 1024 && headers.fields.count < 1000
  }

  private func commitField() {
    if head == nil {
      headers.add(name: String(decoding: fieldName, as: UTF8.self),
                  value: String(String(decoding: fieldValue, as: UTF8.self).trimmingSpaces))
    }
    fieldName.removeAll(keepingCapacity: true)
    fieldValue.removeAll(keepingCapacity: true)
    inValue = false
  }

  func parserHeadersComplete(_ head: HTTPParser.Head) -> HTTPParser.HeadVerdict {
    if inValue { commitField() }
    self.head = head
    let informational = (100..<200).contains(head.status)
    if streamsBody && !informational {
      events.append(.head(HTTPClientResponse(status: head.status, headers: headers, body: [], keepAlive: head.keepAlive)))
    }
    return expectsNoBody || informational || head.status == 204 || head.status == 304 ? .skipBody : .proceed
  }

  func parserBody(_ bytes: UnsafeRawBufferPointer) -> Bool {
    if streamsBody {
      streamedBytes += bytes.count
      guard streamedBytes <= maxBodyBytes else {
        tooLarge = true
        return false
      }
      events.append(.body(Array(bytes)))
      return true
    }
    guard body.count + bytes.count <= maxBodyBytes else {
      tooLarge = true
      return false
    }
    body.append(contentsOf: bytes)
    return true
  }

  func parserMessageComplete() -> Bool {
    guard let head else { return false }
    // Interim responses (100 Continue) are skipped; the final one follows.
    if (100..<200).contains(head.status) { return true }
    events.append(.response(HTTPClientResponse(status: head.status, headers: headers, body: body,
                                               keepAlive: head.keepAlive)))
    return true
  }
}
