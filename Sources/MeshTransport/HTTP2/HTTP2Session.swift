internal import CNGHTTP2

/// One nghttp2 session: frames in with `receive`, bytes out with `send`; loop-confined.
///
/// Its state is unchecked for exclusivity: each checked access began and ended a dynamic check (~70
/// instructions), some 8 per relayed call (`send`'s swaps and loop, each DATA frame's writes). Every access
/// is on the connection's loop; the one that lasts across a call, `sink` lent to the delegate's
/// `sessionWriteData` inside `send`, cannot meet another: only `send` and the send-data callback it runs
/// touch `sink`, and `send` never runs inside its own callbacks (`sessionWriteData` writes into the buffer it
/// is lent; the connection flushes from inside a callback only during `receive`, or not while `isBusy`).
final class HTTP2Session {
  /// What a HEADERS frame is.
  enum HeadersCategory {
    case request, response, pushResponse, trailers

    init(_ raw: nghttp2_headers_category) {
      switch raw {
      case NGHTTP2_HCAT_REQUEST: self = .request
      case NGHTTP2_HCAT_RESPONSE: self = .response
      case NGHTTP2_HCAT_PUSH_RESPONSE: self = .pushResponse
      default: self = .trailers
      }
    }
  }

  /// The answer to nghttp2's request for DATA.
  enum DataRead {
    /// `count` bytes were copied; more may follow later.
    case bytes(Int)
    /// `count` bytes were copied and they are the last DATA; then END_STREAM, or trailers when the
    /// delegate has submitted them with `submitTrailer` inside the callback.
    case end(Int, trailers: Bool)
    /// Nothing to send now; call `resumeData` when there is.
    case deferred
    /// The stream cannot go on (its trailers were refused): nghttp2 resets it with INTERNAL_ERROR.
    case fail
  }

  /// An error nghttp2 returned.
  struct Failure: Error, CustomStringConvertible {
    let code: Int32
    /// What was being done, such as "SETTINGS", so a log line says which call failed; empty when the
    /// context says it already.
    var operation = ""
    var description: String {
      let message = String(cString: nghttp2_strerror(code))
      return operation.isEmpty ? message : "\(operation) refused by nghttp2: \(message) (\(code))"
    }
  }

  let raw: OpaquePointer
  /// The owning connection; it outlives the session (the session is one of its stored properties).
  /// Unmanaged, and a class rather than a protocol, so that a callback calls it without a retain and
  /// a release per header field and frame (an existential loaded from an unowned reference is retained).
  /// Until `attach` it is a delegate that ignores every event.
  @exclusivity(unchecked) private var delegate: Unmanaged<HTTP2SessionDelegate>
  /// What a session reports to before its owner attaches: nothing is handled.
  /// Immutable and stateless (every method ignores its event), so shared by every thread.
  nonisolated(unsafe) private static let detached = HTTP2SessionDelegate()
  /// Where `send` is appending, while it runs: DATA frames of the no-copy path are written into it by
  /// the send-data callback, between the frames `nghttp2_session_mem_send` returns.
  @exclusivity(unchecked) private var sink = OutboundChunks(sharesLargePieces: false)
  /// `send`'s limit while it runs: the send-data callback pauses nghttp2 once the sink reaches it.
  @exclusivity(unchecked) private var sinkLimit = Int.max
  /// Header blocks submitted without a copy whose HEADERS frame nghttp2 has neither sent nor dropped yet,
  /// found again by the address of their storage (`HeldHeaderBlocks`).
  @exclusivity(unchecked) private var held = HeldHeaderBlocks()
  /// Whether `receive` or `send` is running: nghttp2 is in one of our callbacks, and must not be
  /// asked to send from there (code that may run inside one, such as a cancellation handler, checks it).
  @exclusivity(unchecked) private(set) var isBusy = false

  /// Creates a server or client session.
  /// - Parameters:
  ///   - isServer: whether this is the server side.
  ///   - delegate: the owner, told of every frame.
  convenience init(isServer: Bool, delegate: HTTP2SessionDelegate) {
    self.init(isServer: isServer)
    attach(delegate)
  }

  /// Creates a server or client session whose events go nowhere until `attach`: a connection makes its
  /// session before it can pass itself, so that it holds the session in a `let` (a `var`'s value is
  /// retained and released around every use, some ten times per relayed call).
  /// - Parameter isServer: whether this is the server side.
  init(isServer: Bool) {
    delegate = Unmanaged.passUnretained(Self.detached)
    var callbacks: OpaquePointer?
    nghttp2_session_callbacks_new(&callbacks)
    defer { nghttp2_session_callbacks_del(callbacks) }
    Self.install(callbacks!)
    var option: OpaquePointer?
    nghttp2_option_new(&option)
    defer { nghttp2_option_del(option) }
    // Window is granted by the streams as the application consumes (backpressure), not on receipt.
    nghttp2_option_set_no_auto_window_update(option, 1)
    nghttp2_option_set_max_deflate_dynamic_table_size(option, 4096)
    // A closed stream is freed at once, not kept for RFC 7540's priority tree, which we never use (see
    // `submitSettings`); this covers a session whose SETTINGS leave RFC 7540 priorities on.
    nghttp2_option_set_no_closed_streams(option, 1)
    var session: OpaquePointer?
    let rc = isServer
      ? nghttp2_session_server_new2(&session, callbacks, nil, option)
      : nghttp2_session_client_new2(&session, callbacks, nil, option)
    precondition(rc == 0 && session != nil, "nghttp2 session creation failed: \(rc)")
    raw = session!
    // The callbacks find the delegate through the session's user data: this object, unretained.
    nghttp2_session_set_user_data(raw, Unmanaged.passUnretained(self).toOpaque())
  }

  deinit { nghttp2_session_del(raw) }

  /// Makes `delegate` the one told of every frame from now on; it must outlive the session (its owner).
  func attach(_ delegate: HTTP2SessionDelegate) {
    self.delegate = Unmanaged.passUnretained(delegate)
  }

  /// The delegate of the session in nghttp2's user data, unretained: the callbacks run inside
  /// `receive` or `send`, which the connection (the delegate, the session's owner) is running.
  fileprivate static func delegate(_ userData: UnsafeMutableRawPointer?) -> Unmanaged<HTTP2SessionDelegate>? {
    guard let userData else { return nil }
    return Unmanaged<HTTP2Session>.fromOpaque(userData)._withUnsafeGuaranteedRef { $0.delegate }
  }

  // MARK: Input and output

  /// Feeds bytes read from the peer.
  /// - Throws: `Failure` when the peer broke the protocol; the connection must then flush the GOAWAY
  ///   nghttp2 queued and close.
  func receive(_ bytes: UnsafeRawBufferPointer) throws {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    isBusy = true
    defer { isBusy = false }
    let n = nghttp2_session_mem_recv(raw, base.assumingMemoryBound(to: UInt8.self), bytes.count)
    if n < 0 { throw Failure(code: Int32(n)) }
  }

  /// Appends what nghttp2 wants to send to `buffer`, until nothing is left or `buffer` holds at
  /// least `limit` unwritten bytes (a frame is never split, so it may end up a frame larger).
  /// - Returns: true when it stopped at the limit with more to send.
  @discardableResult
  func send(into buffer: inout OutboundChunks, limit: Int = .max) throws -> Bool {
    // The buffer becomes the sink for the duration (a swap, not a copy), so that no-copy DATA frames
    // land in it in order with the frames returned here.
    swap(&buffer, &sink)
    sinkLimit = limit
    isBusy = true
    defer {
      swap(&buffer, &sink)
      sinkLimit = .max
      isBusy = false
    }
    while sink.count < limit {
      var data: UnsafePointer<UInt8>?
      let n = nghttp2_session_mem_send(raw, &data)
      if n < 0 { throw Failure(code: Int32(n)) }
      // Nothing more, or the send-data callback paused nghttp2 at the limit (the loop ends then).
      if n == 0 { return sink.count >= limit && wantsWrite }
      sink.append(copying: UnsafeRawBufferPointer(start: data, count: n))
    }
    return wantsWrite
  }

  /// Writes one no-copy DATA frame into the sink: the header nghttp2 made, the padding length if any,
  /// the stream's bytes from the delegate (large pieces by reference), then the padding (RFC 9113 §6.1).
  fileprivate func writeDataFrame(streamID: Int32, header: UnsafePointer<UInt8>, length: Int, padding: Int) -> Int32 {
    let start = sink.mark
    sink.append(copying: UnsafeRawBufferPointer(start: header, count: 9))
    if padding > 0 { sink.append(byte: UInt8(truncatingIfNeeded: padding - 1)) }
    guard delegate._withUnsafeGuaranteedRef({ $0.sessionWriteData(streamID: streamID, count: length, into: &sink) }) else {
      // A half-written frame would break the connection: drop it, and nghttp2 resets the stream.
      sink.rollBack(to: start)
      return Int32(NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE.rawValue)
    }
    if padding > 1 { sink.appendZeros(padding - 1) }
    // Past the limit, `nghttp2_session_mem_send` returns so the batch is written before the next.
    return sink.count >= sinkLimit ? Int32(NGHTTP2_ERR_PAUSE.rawValue) : 0
  }

  /// Whether blocks whose frames nghttp2 is done with wait to go back to the pool (`giveBackBlocks`).
  var hasFinishedBlocks: Bool { held.hasFinished }

  /// Header blocks nghttp2 still reads in place: submitted without a copy, their frame neither sent nor dropped.
  var heldBlockCount: Int { held.count }

  /// Gives the blocks whose HEADERS frame nghttp2 sent or dropped back to `pool`: nghttp2 reads a block in
  /// place only when it packs the frame (inside `send`), and is done with it once it reported the frame
  /// sent (`on_frame_send_callback`, called in the same `nghttp2_session_mem_send` that packed it) or not
  /// sent (`on_frame_not_send_callback`: the stream closed or was reset first, a GOAWAY refused it, the
  /// block did not fit). A frame still queued (a request waiting for a stream slot) keeps its block alone.
  /// What nghttp2 never reports (the session ending with frames queued) is freed with the session, after
  /// nghttp2's own end (`deinit` runs before the stored properties go).
  func giveBackBlocks(into pool: inout HeaderStoragePool) { held.giveBack(into: &pool) }

  /// nghttp2 is done with a HEADERS frame (sent or dropped): its block, if it was held, is free.
  fileprivate func headersDone(_ frame: UnsafePointer<nghttp2_frame>) {
    let headers = frame.pointee.headers
    guard headers.nvlen > 0, let first = headers.nva?.pointee, let value = first.value else { return }
    held.finish(firstValue: UnsafeRawPointer(value), firstNameLength: first.namelen)
  }

  /// Whether nghttp2 has frames to send (DATA of deferred streams does not count).
  var wantsWrite: Bool { nghttp2_session_want_write(raw) != 0 }

  /// Whether nghttp2 still wants to read or write; when neither, the connection can close.
  var isActive: Bool { nghttp2_session_want_read(raw) != 0 || nghttp2_session_want_write(raw) != 0 }

  // MARK: Submissions

  /// Queues our SETTINGS, with SETTINGS_NO_RFC7540_PRIORITIES = 1 unless `settings` has it.
  /// - Throws: `Failure` when nghttp2 refuses them: a value outside what HTTP/2 allows (an initial
  ///   window over 2^31-1, say), or out of memory. The connection cannot go on without them.
  func submitSettings(_ settings: [(Int32, UInt32)]) throws {
    var entries = settings.map { nghttp2_settings_entry(settings_id: $0.0, value: $0.1) }
    // RFC 7540's priorities are deprecated (RFC 9113 §5.3.2) and gRPC never sends them, yet nghttp2 keeps
    // their dependency tree unless told it is off: every stream joins the tree, each DATA item is queued
    // and rescheduled up through it, and a server keeps closed streams in it (~0.45k libnghttp2
    // instructions per relayed call on the two sessions: mesh/bench/gateway/README.md). With this setting
    // (RFC 9218 §2.1; nghttpx's front end sends it too) nghttp2 schedules streams in one flat queue and
    // frees a closed stream at once. A peer that does not know it ignores it (RFC 9113 §6.5.2), and
    // nghttp2 then ignores that peer's priority signals.
    if !settings.contains(where: { $0.0 == Self.noRFC7540Priorities }) {
      entries.append(nghttp2_settings_entry(settings_id: Self.noRFC7540Priorities, value: 1))
    }
    let rc = nghttp2_submit_settings(raw, UInt8(NGHTTP2_FLAG_NONE.rawValue), &entries, entries.count)
    if rc != 0 {
      let list = settings.map { "\(Self.settingName($0.0))=\($0.1)" }.joined(separator: ", ")
      throw Failure(code: rc, operation: "SETTINGS [\(list)]")
    }
  }

  /// Sets the connection-level window we grant the peer.
  /// - Throws: `Failure` when nghttp2 refuses it (a negative size, or out of memory).
  func setConnectionWindow(_ size: Int32) throws {
    let rc = nghttp2_session_set_local_window_size(raw, UInt8(NGHTTP2_FLAG_NONE.rawValue), 0, size)
    if rc != 0 { throw Failure(code: rc, operation: "connection window of \(size) bytes") }
  }

  /// SETTINGS_NO_RFC7540_PRIORITIES (RFC 9218), which `submitSettings` adds.
  static let noRFC7540Priorities = Int32(NGHTTP2_SETTINGS_NO_RFC7540_PRIORITIES.rawValue)

  /// A SETTINGS identifier's name as RFC 9113 gives it, for error messages.
  static func settingName(_ id: Int32) -> String {
    switch UInt32(bitPattern: id) {
    case NGHTTP2_SETTINGS_HEADER_TABLE_SIZE.rawValue: "SETTINGS_HEADER_TABLE_SIZE"
    case NGHTTP2_SETTINGS_ENABLE_PUSH.rawValue: "SETTINGS_ENABLE_PUSH"
    case NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS.rawValue: "SETTINGS_MAX_CONCURRENT_STREAMS"
    case NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE.rawValue: "SETTINGS_INITIAL_WINDOW_SIZE"
    case NGHTTP2_SETTINGS_MAX_FRAME_SIZE.rawValue: "SETTINGS_MAX_FRAME_SIZE"
    case NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE.rawValue: "SETTINGS_MAX_HEADER_LIST_SIZE"
    case NGHTTP2_SETTINGS_NO_RFC7540_PRIORITIES.rawValue: "SETTINGS_NO_RFC7540_PRIORITIES"
    default: "setting \(id)"
    }
  }

  /// Submits response headers; with `hasData` false they end the stream (a Trailers-Only response).
  /// When nghttp2 refuses them (the stream is gone, out of memory), the stream is reset instead, so
  /// it never stays open waiting for a response that will not come.
  /// - Returns: whether the headers were submitted.
  @discardableResult
  func submitResponse(streamID: Int32, headers: HeaderBlock, hasData: Bool) -> Bool {
    let rc = headers.withNV { nva, count in
      if hasData {
        // Responses take the no-copy path: a DATA frame's bytes go from the stream's buffer straight
        // into the connection's, not through nghttp2's frame buffer.
        var provider = Self.noCopyDataProvider
        return nghttp2_submit_response(raw, streamID, nva, count, &provider)
      } else {
        return nghttp2_submit_response(raw, streamID, nva, count, nil)
      }
    }
    if rc != 0 { submitReset(streamID: streamID, errorCode: Self.internalError) }
    return rc == 0
  }

  /// `submitResponse`, with nghttp2 reading the fields in place when it packs the frame: the session keeps
  /// the block until nghttp2 sent or dropped that frame (`giveBackBlocks`); `block` is left empty, without storage.
  @discardableResult
  func submitResponse(streamID: Int32, holding block: inout HeaderBlock, hasData: Bool) -> Bool {
    let noCopy = HeldHeaderBlocks.canHold(block)
    if noCopy { block.makeStorageUnique() }
    let rc = block.withNV(noCopy: noCopy) { nva, count in
      if hasData {
        var provider = Self.noCopyDataProvider
        return nghttp2_submit_response(raw, streamID, nva, count, &provider)
      } else {
        return nghttp2_submit_response(raw, streamID, nva, count, nil)
      }
    }
    held.keep(&block, queued: noCopy && rc == 0)
    if rc != 0 { submitReset(streamID: streamID, errorCode: Self.internalError) }
    return rc == 0
  }

  /// HTTP/2's INTERNAL_ERROR code.
  static let internalError = UInt32(NGHTTP2_INTERNAL_ERROR.rawValue)

  /// Submits a request with a data provider; returns the new stream's id, or a negative error.
  func submitRequest(headers: HeaderBlock) -> Int32 {
    headers.withNV { nva, count in
      var provider = Self.dataProvider
      return nghttp2_submit_request(raw, nil, nva, count, &provider, nil)
    }
  }

  /// `submitRequest`, with nghttp2 reading the fields in place when it packs the frame, which may be long
  /// after (a request waits in nghttp2's queue for a stream slot the peer grants): the session keeps the
  /// block until nghttp2 sent or dropped that frame (`giveBackBlocks`); `block` is left empty, without storage.
  /// - Returns: the new stream's id, or a negative error (the block is then given back at once).
  func submitRequest(holding block: inout HeaderBlock) -> Int32 {
    let noCopy = HeldHeaderBlocks.canHold(block)
    if noCopy { block.makeStorageUnique() }
    let id = block.withNV(noCopy: noCopy) { nva, count in
      var provider = Self.dataProvider
      return nghttp2_submit_request(raw, nil, nva, count, &provider, nil)
    }
    held.keep(&block, queued: noCopy && id > 0)
    return id
  }

  /// `submitTrailer`, with nghttp2 reading the fields in place when it packs the frame: the session keeps
  /// the block until nghttp2 sent or dropped that frame (`giveBackBlocks`); `block` is left empty, without storage.
  func submitTrailer(streamID: Int32, holding block: inout HeaderBlock) -> Bool {
    let noCopy = HeldHeaderBlocks.canHold(block)
    if noCopy { block.makeStorageUnique() }
    let rc = block.withNV(noCopy: noCopy) { nva, count in nghttp2_submit_trailer(raw, streamID, nva, count) }
    held.keep(&block, queued: noCopy && rc == 0)
    return rc == 0
  }

  /// Submits trailers; call it from `sessionReadData` before answering `.end(_, trailers: true)`.
  /// - Returns: false when nghttp2 refused them: answer `.fail` then, which resets the stream (ending
  ///   the DATA without them would leave the stream open, waiting for trailers never sent).
  func submitTrailer(streamID: Int32, headers: HeaderBlock) -> Bool {
    headers.withNV { nva, count in nghttp2_submit_trailer(raw, streamID, nva, count) } == 0
  }

  /// Tells nghttp2 a deferred stream has data again. It fails only when the stream is gone or was not
  /// deferred, and there is nothing to resume then.
  func resumeData(streamID: Int32) { _ = nghttp2_session_resume_data(raw, streamID) }

  /// Resets a stream. It fails only for stream 0 or out of memory; a stream already closed is
  /// ignored by nghttp2.
  func submitReset(streamID: Int32, errorCode: UInt32) {
    _ = nghttp2_submit_rst_stream(raw, UInt8(NGHTTP2_FLAG_NONE.rawValue), streamID, errorCode)
  }

  /// Returns flow-control window for `count` bytes the application consumed from a stream.
  func consume(streamID: Int32, count: Int) {
    guard count > 0 else { return }
    if nghttp2_session_consume(raw, streamID, count) != 0 {
      // The stream is gone: the connection-level window still has to be returned.
      _ = nghttp2_session_consume_connection(raw, count)
    }
  }

  /// Returns connection-level window only (for bytes of a stream that closed before being read).
  func consumeConnection(count: Int) {
    guard count > 0 else { return }
    _ = nghttp2_session_consume_connection(raw, count)
  }

  /// Sends a PING with opaque data.
  func submitPing() { _ = nghttp2_submit_ping(raw, UInt8(NGHTTP2_FLAG_NONE.rawValue), nil) }

  /// Sends the first phase of a graceful shutdown (GOAWAY with the maximum stream id).
  func submitShutdownNotice() { _ = nghttp2_submit_shutdown_notice(raw) }

  /// Sends GOAWAY naming the last stream we processed.
  /// - Parameters:
  ///   - errorCode: the HTTP/2 error code.
  ///   - debugData: opaque data for the peer, such as gRPC's `too_many_pings`.
  func submitGoAway(errorCode: UInt32, debugData: String = "") {
    let last = nghttp2_session_get_last_proc_stream_id(raw)
    var bytes = Array(debugData.utf8)
    _ = bytes.withUnsafeMutableBufferPointer { buffer in
      nghttp2_submit_goaway(raw, UInt8(NGHTTP2_FLAG_NONE.rawValue), last, errorCode, buffer.baseAddress, buffer.count)
    }
  }

  /// The peer's SETTINGS_MAX_CONCURRENT_STREAMS.
  var remoteMaxConcurrentStreams: UInt32 {
    nghttp2_session_get_remote_settings(raw, NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS)
  }

  // MARK: C callbacks

  private static let dataProvider = nghttp2_data_provider(
    source: nghttp2_data_source(ptr: nil),
    read_callback: { _, streamID, buffer, length, flags, _, userData in
      guard let delegate = HTTP2Session.delegate(userData), let buffer else {
        return Int(NGHTTP2_ERR_CALLBACK_FAILURE.rawValue)
      }
      let read = delegate._withUnsafeGuaranteedRef {
        $0.sessionReadData(streamID: streamID, into: UnsafeMutableRawBufferPointer(start: buffer, count: length))
      }
      switch read {
      case .bytes(let count):
        return count
      case .end(let count, let trailers):
        flags!.pointee |= NGHTTP2_DATA_FLAG_EOF.rawValue
        if trailers { flags!.pointee |= NGHTTP2_DATA_FLAG_NO_END_STREAM.rawValue }
        return count
      case .deferred:
        return Int(NGHTTP2_ERR_DEFERRED.rawValue)
      case .fail:
        return Int(NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE.rawValue)
      }
    })

  /// The provider of the no-copy path: the delegate says how many bytes the frame carries, and
  /// writes them later, in the send-data callback.
  private static let noCopyDataProvider = nghttp2_data_provider(
    source: nghttp2_data_source(ptr: nil),
    read_callback: { _, streamID, _, length, flags, _, userData in
      guard let delegate = HTTP2Session.delegate(userData), let flags else {
        return Int(NGHTTP2_ERR_CALLBACK_FAILURE.rawValue)
      }
      switch delegate._withUnsafeGuaranteedRef({ $0.sessionReserveData(streamID: streamID, maxLength: length) }) {
      case .bytes(let count):
        flags.pointee |= NGHTTP2_DATA_FLAG_NO_COPY.rawValue
        return count
      case .end(let count, let trailers):
        flags.pointee |= NGHTTP2_DATA_FLAG_NO_COPY.rawValue | NGHTTP2_DATA_FLAG_EOF.rawValue
        if trailers { flags.pointee |= NGHTTP2_DATA_FLAG_NO_END_STREAM.rawValue }
        return count
      case .deferred:
        return Int(NGHTTP2_ERR_DEFERRED.rawValue)
      case .fail:
        return Int(NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE.rawValue)
      }
    })

  private static func install(_ callbacks: OpaquePointer) {
    // DATA frames as large as the peer allows (nghttp2's default is 16 KiB whatever the peer said).
    nghttp2_session_callbacks_set_data_source_read_length_callback(callbacks) {
      _, _, _, connectionWindow, streamWindow, peerMaxFrameSize, _ in
      DataFrameLimit.payloadLength(peerMaxFrameSize: peerMaxFrameSize, connectionWindow: connectionWindow,
                                   streamWindow: streamWindow)
    }
    nghttp2_session_callbacks_set_send_data_callback(callbacks) { _, frame, header, length, _, userData in
      guard let frame, let header, let userData else { return Int32(NGHTTP2_ERR_CALLBACK_FAILURE.rawValue) }
      return Unmanaged<HTTP2Session>.fromOpaque(userData)._withUnsafeGuaranteedRef {
        $0.writeDataFrame(streamID: frame.pointee.hd.stream_id, header: header, length: length,
                          padding: Int(frame.pointee.data.padlen))
      }
    }
    nghttp2_session_callbacks_set_on_begin_headers_callback(callbacks) { _, frame, userData in
      guard let frame, let delegate = HTTP2Session.delegate(userData) else { return 0 }
      if frame.pointee.hd.type == UInt8(NGHTTP2_HEADERS.rawValue) {
        delegate._withUnsafeGuaranteedRef {
          $0.sessionBeginHeaders(streamID: frame.pointee.hd.stream_id, category: HeadersCategory(frame.pointee.headers.cat))
        }
      }
      return 0
    }
    nghttp2_session_callbacks_set_on_header_callback(callbacks) { _, frame, name, nameLength, value, valueLength, _, userData in
      guard let frame, let delegate = HTTP2Session.delegate(userData) else { return 0 }
      let accepted = delegate._withUnsafeGuaranteedRef {
        $0.sessionHeader(streamID: frame.pointee.hd.stream_id,
                         name: UnsafeRawBufferPointer(start: name, count: nameLength),
                         value: UnsafeRawBufferPointer(start: value, count: valueLength))
      }
      // TEMPORAL_CALLBACK_FAILURE resets just this stream; the connection goes on.
      return accepted ? 0 : Int32(NGHTTP2_ERR_TEMPORAL_CALLBACK_FAILURE.rawValue)
    }
    nghttp2_session_callbacks_set_on_frame_recv_callback(callbacks) { _, frame, userData in
      guard let frame, let delegate = HTTP2Session.delegate(userData) else { return 0 }
      let header = frame.pointee.hd
      let endStream = header.flags & UInt8(NGHTTP2_FLAG_END_STREAM.rawValue) != 0
      delegate._withUnsafeGuaranteedRef { delegate in
        switch Int(header.type) {
        case Int(NGHTTP2_HEADERS.rawValue):
          delegate.sessionHeadersComplete(streamID: header.stream_id,
                                          category: HeadersCategory(frame.pointee.headers.cat), endStream: endStream)
        case Int(NGHTTP2_DATA.rawValue):
          if endStream { delegate.sessionDataEndStream(streamID: header.stream_id) }
        case Int(NGHTTP2_PING.rawValue):
          if header.flags & UInt8(NGHTTP2_FLAG_ACK.rawValue) != 0 {
            delegate.sessionPingAcknowledged()
          } else {
            delegate.sessionPingReceived()
          }
        case Int(NGHTTP2_SETTINGS.rawValue):
          if header.flags & UInt8(NGHTTP2_FLAG_ACK.rawValue) == 0 { delegate.sessionSettingsReceived() }
        case Int(NGHTTP2_GOAWAY.rawValue):
          delegate.sessionGoAway(lastStreamID: frame.pointee.goaway.last_stream_id,
                                 errorCode: frame.pointee.goaway.error_code)
        default:
          break
        }
      }
      return 0
    }
    nghttp2_session_callbacks_set_on_data_chunk_recv_callback(callbacks) { _, _, streamID, data, length, userData in
      guard let delegate = HTTP2Session.delegate(userData) else { return 0 }
      delegate._withUnsafeGuaranteedRef { $0.sessionData(streamID: streamID, bytes: UnsafeRawBufferPointer(start: data, count: length)) }
      return 0
    }
    // A HEADERS frame nghttp2 is done with, sent or not: a block it read in place is free again. nghttp2
    // calls one of the two for every frame it took from its queue (1.52 `session_after_frame_sent1`, and
    // `nghttp2_session_mem_send_internal` for a frame it could not prepare), before freeing the item.
    nghttp2_session_callbacks_set_on_frame_send_callback(callbacks) { _, frame, userData in
      guard let frame, frame.pointee.hd.type == UInt8(NGHTTP2_HEADERS.rawValue), let userData else { return 0 }
      Unmanaged<HTTP2Session>.fromOpaque(userData)._withUnsafeGuaranteedRef { $0.headersDone(frame) }
      return 0
    }
    nghttp2_session_callbacks_set_on_frame_not_send_callback(callbacks) { _, frame, errorCode, userData in
      guard let frame, frame.pointee.hd.type == UInt8(NGHTTP2_HEADERS.rawValue), let userData,
            let delegate = HTTP2Session.delegate(userData) else { return 0 }
      Unmanaged<HTTP2Session>.fromOpaque(userData)._withUnsafeGuaranteedRef { $0.headersDone(frame) }
      delegate._withUnsafeGuaranteedRef { $0.sessionHeadersNotSent(streamID: frame.pointee.hd.stream_id, errorCode: errorCode) }
      return 0
    }
    nghttp2_session_callbacks_set_on_stream_close_callback(callbacks) { _, streamID, errorCode, userData in
      HTTP2Session.delegate(userData)?._withUnsafeGuaranteedRef { $0.sessionStreamClosed(streamID: streamID, errorCode: errorCode) }
      return 0
    }
  }
}
