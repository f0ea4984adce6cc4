import MeshCore
import MeshLogging
import MeshTransport

/// Starts or continues the W3C trace of every request at the edge: a valid `traceparent` from the
/// client is continued with the gateway's own span id, a missing or malformed one is replaced by a new
/// trace. The upstream gets the gateway's `traceparent` (the services continue it and pass it on); the
/// client's response does not echo it: W3C Trace Context defines `traceparent` as a request header only
/// (a response's is Level 2's separate `traceresponse`, a draft), and every relayed call paid for the
/// echo (a never-indexed 66-byte field Huffman-coded per call, ~1.3k instructions). A client that needs
/// the trace quotes its request id (`RequestIDFilter`): the access line holds both.
public struct TraceParentFilter: EdgeRequestFilter {
  /// Creates the filter.
  public init() {}

  /// Sets the gateway's span.
  /// - Parameter request: the head.
  public func filter(_ request: EdgeRequestHead) -> EdgeFilterResult {
    // The one `traceparent` sent, found without building an array of them (this runs on every call).
    var sent: String?
    var count = 0
    for header in request.headers where header.name == TraceParent.headerName {
      sent = header.value
      count += 1
    }
    let span = Self.span(continuing: count == 1 ? sent : nil)
    // Written out once for both.
    let value = span.description
    var head = request
    if count > 0 { head.headers.removeAll { $0.name == TraceParent.headerName } }
    head.headers.append((TraceParent.headerName, value))
    return .proceed(head, responseHeaders: [])
  }

  /// The gateway's span: a new span of the trace `sent` names when it is a valid `traceparent`, else a new trace.
  /// Ids from `EdgeRandom`: a trace id must be unique, not secret, and a system call per id cost more than
  /// the rest of the filter.
  private static func span(continuing sent: String?) -> TraceParent {
    let incoming = sent.flatMap(TraceParent.init(header:))
    let spanID = EdgeRandom.hex([EdgeRandom.nonZero()])
    return incoming.map { TraceParent(traceID: $0.traceID, parentID: spanID, flags: $0.flags) }
      ?? TraceParent(traceID: EdgeRandom.hex([EdgeRandom.nonZero(), EdgeRandom.next()]), parentID: spanID, flags: 1)
  }
}

extension TraceParentFilter: InPlaceEdgeFilter {
  /// Sets the gateway's span in the relayed call's fields (not its response: see the type): the value is
  /// written as bytes (the sent trace id copied, the span id's digits written in place), with no `String` made.
  func filter(inPlace head: inout RelayHead) -> InPlaceFilterResult {
    // The fields read straight from `head`, outside the closure that edits them: read inside it, they were
    // copied for the read (a retain and release of both their arrays per call, ~170 instructions).
    var value = TraceParentBytes.Value()
    let sent = value.write(continuing: head.fields)
    // No pass to remove a sent one when the write found none.
    value.withBytes { HeaderName.traceParent.set($0, in: &head.fields, present: sent) }
    return .proceed
  }
}

/// The gateway's `traceparent` written as bytes for a relayed call: what `TraceParentFilter` makes with
/// `TraceParent` and `String`s on the usual path, the same value by the same rules (`TraceParent(header:)`
/// decides what a valid sent one is), without a `String` per id.
enum TraceParentBytes {
  /// A version-00 value's length: `00-` 32 digits `-` 16 digits `-` 2 digits.
  static let length = 55

  /// A value's bytes on the stack (seven words hold its 55), written before the fields are edited.
  struct Value {
    private var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0)

    /// Writes the gateway's span (`TraceParentBytes.write`).
    /// - Parameter fields: the request's fields.
    /// - Returns: whether `fields` hold a `traceparent` (one or more).
    mutating func write(continuing fields: RequestHeaderFields) -> Bool {
      // Seen as bytes only for the write (rebound, not bound for good: the words stay `UInt64`s).
      withUnsafeMutableBytes(of: &words) { raw in
        raw.withMemoryRebound(to: UInt8.self) { bytes in
          var sent = false
          _ = TraceParentBytes.write(continuing: fields, into: bytes, sent: &sent)
          return sent
        }
      }
    }

    /// Calls `body` with the value's `length` bytes.
    func withBytes<R>(_ body: (UnsafeRawBufferPointer) -> R) -> R {
      withUnsafeBytes(of: words) { body(UnsafeRawBufferPointer(rebasing: $0[0..<TraceParentBytes.length])) }
    }
  }

  /// Writes the gateway's span: of the trace the only `traceparent` in `fields` names when it is valid,
  /// else of a new trace.
  /// - Parameters:
  ///   - fields: the request's fields.
  ///   - buffer: at least `length` bytes.
  ///   - sent: set to whether `fields` hold a `traceparent` (one or more).
  /// - Returns: the value's bytes, the first `length` of `buffer`.
  static func write(continuing fields: RequestHeaderFields, into buffer: UnsafeMutableBufferPointer<UInt8>,
                    sent: inout Bool) -> UnsafeMutableBufferPointer<UInt8> {
    var seen = 0
    var continued = false
    HeaderName.traceParent.forEachValue(in: fields) { sent in
      seen += 1
      // Written now, while the bytes are at hand; a second `traceparent` undoes it below.
      continued = seen == 1 && copyTrace(of: sent, into: buffer)
      return seen < 2
    }
    sent = seen > 0
    if !continued || seen != 1 {
      EdgeRandom.writeHex(EdgeRandom.nonZero(), into: buffer, at: 3)
      EdgeRandom.writeHex(EdgeRandom.next(), into: buffer, at: 19)
      buffer[53] = UInt8(ascii: "0")
      buffer[54] = UInt8(ascii: "1")
    }
    buffer[0] = UInt8(ascii: "0")
    buffer[1] = UInt8(ascii: "0")
    buffer[2] = UInt8(ascii: "-")
    buffer[35] = UInt8(ascii: "-")
    EdgeRandom.writeHex(EdgeRandom.nonZero(), into: buffer, at: 36)
    buffer[52] = UInt8(ascii: "-")
    return UnsafeMutableBufferPointer(rebasing: buffer[0..<length])
  }

  /// Copies a valid sent value's trace id (offsets 3..<35) and flags (53..<55) into `buffer`; false when
  /// `sent` is not a valid `traceparent` (as `TraceParent(header:)` reads it).
  static func copyTrace(of sent: UnsafeRawBufferPointer, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Bool {
    guard isValid(sent) else { return false }
    for index in 3..<35 { buffer[index] = sent[index] }
    buffer[53] = sent[53]
    buffer[54] = sent[54]
    return true
  }

  /// `TraceParent(header:) != nil` on the bytes.
  static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard bytes.count >= length, bytes[2] == UInt8(ascii: "-"), bytes[35] == UInt8(ascii: "-"),
          bytes[52] == UInt8(ascii: "-"), isHex(bytes, 0..<2),
          !(bytes[0] == UInt8(ascii: "f") && bytes[1] == UInt8(ascii: "f")) else { return false }
    if bytes[0] == UInt8(ascii: "0"), bytes[1] == UInt8(ascii: "0") {
      guard bytes.count == length else { return false }
    } else if bytes.count > length, bytes[length] != UInt8(ascii: "-") {
      return false
    }
    return isHex(bytes, 3..<35) && isHex(bytes, 36..<52) && isHex(bytes, 53..<55)
      && bytes[3..<35].contains { $0 != UInt8(ascii: "0") } && bytes[36..<52].contains { $0 != UInt8(ascii: "0") }
  }

  /// Whether the bytes in `range` are lowercase hex digits.
  private static func isHex(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> Bool {
    bytes[range].allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f")) }
  }
}
