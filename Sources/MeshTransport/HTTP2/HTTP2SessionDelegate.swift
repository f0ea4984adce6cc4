/// What an HTTP/2 session reports as it parses frames; its owner (a connection) overrides what it
/// handles. Every call happens on the connection's loop, inside `HTTP2Session.receive(_:)` or `send`.
/// A class, not a protocol: the session's callbacks reach it through an `Unmanaged` reference and call
/// it through its vtable without a retain and a release, which a protocol existential loaded from an
/// unowned reference costs on every header field and frame. Each method's default ignores the event
/// (a header is accepted, DATA is deferred), as a session that only submits needs.
class HTTP2SessionDelegate {
  /// A delegate that ignores every event until a subclass overrides it.
  init() {}

  /// A HEADERS frame that opens a request (server) or starts a response or trailers (client) began.
  func sessionBeginHeaders(streamID: Int32, category: HTTP2Session.HeadersCategory) {}
  /// One header field; return false to reset the stream (bad or oversized headers).
  func sessionHeader(streamID: Int32, name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) -> Bool { true }
  /// A whole HEADERS frame (with its CONTINUATIONs) arrived.
  func sessionHeadersComplete(streamID: Int32, category: HTTP2Session.HeadersCategory, endStream: Bool) {}
  /// A chunk of a DATA frame's payload arrived.
  func sessionData(streamID: Int32, bytes: UnsafeRawBufferPointer) {}
  /// A DATA frame with END_STREAM arrived.
  func sessionDataEndStream(streamID: Int32) {}
  /// The stream closed; `errorCode` is the RST_STREAM code, or 0 when it closed normally.
  func sessionStreamClosed(streamID: Int32, errorCode: UInt32) {}
  /// The peer acknowledged our PING.
  func sessionPingAcknowledged() {}
  /// The peer sent GOAWAY.
  func sessionGoAway(lastStreamID: Int32, errorCode: UInt32) {}
  /// The peer's SETTINGS arrived (not an acknowledgement): the first one ends its preface.
  func sessionSettingsReceived() {}
  /// The peer sent a PING (not an acknowledgement; nghttp2 answers it).
  func sessionPingReceived() {}
  /// nghttp2 wants DATA for a stream: copy at most `buffer.count` bytes; see `HTTP2Session.DataRead`.
  func sessionReadData(streamID: Int32, into buffer: UnsafeMutableRawBufferPointer) -> HTTP2Session.DataRead { .deferred }
  /// nghttp2 wants DATA for a stream submitted with `submitResponse` (the no-copy path): say how many
  /// bytes, at most `maxLength`, the next frame carries, without copying them; see `HTTP2Session.DataRead`.
  func sessionReserveData(streamID: Int32, maxLength: Int) -> HTTP2Session.DataRead { .deferred }
  /// The frame reserved by `sessionReserveData` goes out now: append exactly `count` bytes of the
  /// stream's DATA to `chunks` (large pieces by reference, not copied); false when the stream no
  /// longer has them (it is reset then).
  func sessionWriteData(streamID: Int32, count: Int, into chunks: inout OutboundChunks) -> Bool { false }
  /// A HEADERS frame we submitted was dropped instead of sent (nghttp2 could not pack it: a header
  /// block over 64 KiB, or the stream is gone); `errorCode` is nghttp2's. The stream would otherwise
  /// wait for it forever.
  func sessionHeadersNotSent(streamID: Int32, errorCode: Int32) {}
}
