internal import CNGHTTP2

extension HTTP2Session {
  /// Whether our END_STREAM on `streamID` has gone out (the stream is half-closed on our side); false
  /// while it is still queued, and for a stream nghttp2 no longer knows.
  func hasSentEndStream(streamID: Int32) -> Bool {
    nghttp2_session_get_stream_local_close(raw, streamID) == 1
  }
}
