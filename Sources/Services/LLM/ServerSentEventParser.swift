/// One Server-Sent Event: its type (`message` unless an `event:` field named another) and its data
/// (the `data:` lines of the event joined by line feeds).
public struct ServerSentEvent: Sendable, Equatable {
  /// The event's type.
  public var event: String
  /// Its data.
  public var data: String

  /// Creates an event.
  public init(event: String = "message", data: String) {
    self.event = event
    self.data = data
  }
}

/// The `text/event-stream` format (WHATWG HTML, "Server-sent events") as a pure state machine: bytes
/// in, whole events out, however the bytes were split. Lines end with CRLF, LF or CR; a blank line
/// dispatches the event; `:` starts a comment; one space after a field's colon is dropped; an event
/// with no data is not dispatched. A line longer than `maxLineBytes` is an error (a hostile or broken
/// server must not grow the buffer without bound).
public struct ServerSentEventParser: Sendable {
  /// The stream broke the format's limits.
  public struct LineTooLong: Error, Sendable, Equatable {}

  /// The longest line accepted.
  public let maxLineBytes: Int
  private var line: [UInt8] = []
  private var lastWasCR = false
  private var data: [String] = []
  private var eventType = ""
  private var sawData = false

  /// Creates a parser.
  /// - Parameter maxLineBytes: the longest line accepted (1 MiB by default).
  public init(maxLineBytes: Int = 1 << 20) {
    self.maxLineBytes = maxLineBytes
  }

  /// Feeds bytes; returns the events they completed.
  /// - Parameter bytes: the next bytes of the stream.
  /// - Throws: `LineTooLong`.
  public mutating func feed(_ bytes: some Sequence<UInt8>) throws -> [ServerSentEvent] {
    var events: [ServerSentEvent] = []
    for byte in bytes {
      switch byte {
      case 0x0A where lastWasCR:
        lastWasCR = false  // the LF of a CRLF: the line already ended at the CR
      case 0x0A, 0x0D:
        lastWasCR = byte == 0x0D
        if let event = endLine() { events.append(event) }
      default:
        lastWasCR = false
        guard line.count < maxLineBytes else { throw LineTooLong() }
        line.append(byte)
      }
    }
    return events
  }

  private mutating func endLine() -> ServerSentEvent? {
    defer { line.removeAll(keepingCapacity: true) }
    if line.isEmpty { return dispatch() }
    if line.first == UInt8(ascii: ":") { return nil }
    let field: [UInt8]
    var value: ArraySlice<UInt8>
    if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
      field = Array(line[..<colon])
      value = line[(colon + 1)...]
      if value.first == UInt8(ascii: " ") { value = value.dropFirst() }
    } else {
      field = line
      value = []
    }
    switch String(decoding: field, as: UTF8.self) {
    case "data":
      data.append(String(decoding: value, as: UTF8.self))
      sawData = true
    case "event":
      eventType = String(decoding: value, as: UTF8.self)
    default:
      break  // id, retry and unknown fields mean nothing to a one-shot stream
    }
    return nil
  }

  private mutating func dispatch() -> ServerSentEvent? {
    defer {
      data.removeAll()
      eventType = ""
      sawData = false
    }
    guard sawData else { return nil }
    return ServerSentEvent(event: eventType.isEmpty ? "message" : eventType, data: data.joined(separator: "\n"))
  }
}
