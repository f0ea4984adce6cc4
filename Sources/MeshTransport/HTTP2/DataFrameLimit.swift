/// How large a DATA frame's payload may be: nghttp2 sends 16 KiB frames whatever the peer allows, so a
/// 64 KiB message costs five frame headers, five trips through the data callbacks and five sends' worth of
/// bookkeeping. With this limit a peer that raised SETTINGS_MAX_FRAME_SIZE gets frames up to its maximum,
/// as far as both flow-control windows allow (nghttp2 clamps to those again) and up to `cap`.
enum DataFrameLimit {
  /// The largest payload sent in one frame: beyond it the savings per byte are nil, and nghttp2 keeps a
  /// frame buffer this large per connection.
  static let cap = 128 * 1024

  /// The payload length of the next DATA frame.
  /// - Parameters:
  ///   - peerMaxFrameSize: the peer's SETTINGS_MAX_FRAME_SIZE.
  ///   - connectionWindow: the connection's send window.
  ///   - streamWindow: the stream's send window.
  /// - Returns: at least 1 (nghttp2 asks only when both windows are open; 0 or less would fail the session).
  static func payloadLength(peerMaxFrameSize: UInt32, connectionWindow: Int32, streamWindow: Int32) -> Int {
    let frame = min(Int(peerMaxFrameSize), cap)
    return max(1, min(frame, Int(connectionWindow), Int(streamWindow)))
  }
}
