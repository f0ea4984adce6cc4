import Testing
@testable import MeshTransport

/// Header blocks nghttp2 reads in place come back one by one, as nghttp2 sends or drops each one's HEADERS
/// frame, exactly once, whatever happens to its stream: a client and a server session in memory, the
/// client's requests queued behind the server's SETTINGS_MAX_CONCURRENT_STREAMS, reset, and refused by a GOAWAY.
@Suite struct HeldHeaderBlockTests {
  /// Twelve requests behind a limit of two streams: two go, ten wait with their blocks; each block comes
  /// back when its request goes, the server reads every request as written (storage given back and
  /// reused for later requests while others still wait), and at the end nothing is held.
  @Test func requestsQueuedBehindTheStreamLimitComeBackAsTheyGo() throws {
    let pair = try SessionPair(maxConcurrentStreams: 2)
    var pool = HeaderStoragePool()
    var given: [UnsafeRawPointer] = []
    for index in 0..<6 { given.append(pair.request(index, from: &pool)) }
    #expect(pair.client.heldBlockCount == 6)
    try pair.exchange()
    #expect(pair.server.requests.count == 2)
    #expect(pair.client.heldBlockCount == 4)
    pair.client.giveBackBlocks(into: &pool)
    // Six more, on the storage of the two that went where the pool has it.
    for index in 6..<12 { given.append(pair.request(index, from: &pool)) }
    #expect(pair.client.heldBlockCount == 10)
    var rounds = 0
    while pair.server.requests.count < 12 && rounds < 20 {
      try pair.answerAll()
      pair.client.giveBackBlocks(into: &pool)
      rounds += 1
    }
    #expect(pair.server.requests.map(\.path) == (0..<12).map { "/mesh.Test/Call\($0)" })
    #expect(pair.server.requests.allSatisfy { $0.fieldsIntact })
    #expect(pair.client.heldBlockCount == 0)
    #expect(!pair.client.hasFinishedBlocks)
    #expect(Self.spares(in: &pool, expected: Set(given)))
  }

  /// Queued requests the client resets before they went, and a response whose stream the client reset
  /// before the server sent it: nghttp2 drops those frames, and their blocks still come back, once.
  @Test func resetStreamsGiveTheirBlocksBack() throws {
    let pair = try SessionPair(maxConcurrentStreams: 1)
    var clientPool = HeaderStoragePool(), serverPool = HeaderStoragePool()
    var given: [UnsafeRawPointer] = []
    for index in 0..<5 { given.append(pair.request(index, from: &clientPool)) }
    try pair.exchange()
    #expect(pair.server.requests.map(\.streamID) == [1])
    // Streams 3 and 7 are reset while their requests wait for the slot.
    pair.client.submitReset(streamID: 3, errorCode: 8)
    pair.client.submitReset(streamID: 7, errorCode: 8)
    // The server's answer to stream 1 is queued, then the client's reset of stream 1 arrives first.
    var response = serverPool.block(capacity: 64, fields: 2)
    response.add(":status", literal: "200")
    response.add("grpc-status", value: "0")
    let responseStorage = try #require(response.withLaidOutBytes { $0.baseAddress })
    #expect(pair.server.session.submitResponse(streamID: 1, holding: &response, hasData: false))
    #expect(pair.server.session.heldBlockCount == 1)
    pair.client.submitReset(streamID: 1, errorCode: 8)
    try pair.clientToServer()
    try pair.serverToClient()
    #expect(pair.server.session.heldBlockCount == 0)
    #expect(pair.server.notSent == [1])
    pair.server.session.giveBackBlocks(into: &serverPool)
    #expect(Self.spares(in: &serverPool, expected: [responseStorage]))
    var rounds = 0
    while pair.client.heldBlockCount > 0 && rounds < 10 {
      try pair.answerAll()
      rounds += 1
    }
    #expect(pair.client.heldBlockCount == 0)
    #expect(pair.server.requests.map(\.streamID) == [1, 5, 9])
    pair.client.giveBackBlocks(into: &clientPool)
    #expect(Self.spares(in: &clientPool, expected: Set(given)))
  }

  /// A GOAWAY from the server while requests wait for a slot: the ones past its last stream are never
  /// sent, and their blocks come back as nghttp2 drops them, while the session lives on.
  @Test func requestsRefusedByGoAwayGiveTheirBlocksBack() throws {
    let pair = try SessionPair(maxConcurrentStreams: 2)
    var pool = HeaderStoragePool()
    var given: [UnsafeRawPointer] = []
    for index in 0..<8 { given.append(pair.request(index, from: &pool)) }
    try pair.exchange()
    #expect(pair.server.requests.map(\.streamID) == [1, 3])
    pair.server.session.submitGoAway(errorCode: 0)
    try pair.serverToClient()
    #expect(pair.client.heldBlockCount == 6)
    try pair.answerAll()
    try pair.exchange()
    #expect(pair.client.heldBlockCount == 0)
    #expect(pair.server.requests.map(\.streamID) == [1, 3])
    pair.client.giveBackBlocks(into: &pool)
    #expect(Self.spares(in: &pool, expected: Set(given)))
  }

  /// Trailers submitted without a copy from inside the data callback (as a relayed response's are) come
  /// back once their frame went; the client reads them as written.
  @Test func heldTrailersComeBack() throws {
    let pair = try SessionPair(maxConcurrentStreams: 10)
    var pool = HeaderStoragePool()
    _ = pair.request(0, from: &pool)
    try pair.exchange()
    var head = pool.block(capacity: 64, fields: 1)
    head.add(":status", literal: "200")
    var trailers = pool.block(capacity: 64, fields: 2)
    trailers.add("grpc-status", value: "0")
    trailers.add("grpc-message", value: "done")
    pair.server.pendingTrailers[1] = trailers
    #expect(pair.server.session.submitResponse(streamID: 1, holding: &head, hasData: true))
    #expect(pair.server.session.heldBlockCount == 1)
    try pair.serverToClient()
    #expect(pair.server.session.heldBlockCount == 0)
    #expect(pair.server.trailersSubmitted == [1])
    #expect(pair.clientRecorder.fields.suffix(2) == ["grpc-status=0", "grpc-message=done"])
    pair.server.session.giveBackBlocks(into: &pool)
    #expect(!pair.server.session.hasFinishedBlocks)
  }

  /// Whether the pool's spare blocks are exactly the storages in `expected`, each once (a block given back
  /// twice would be there twice; one never given back, missing).
  private static func spares(in pool: inout HeaderStoragePool, expected: Set<UnsafeRawPointer>) -> Bool {
    var seen: [UnsafeRawPointer] = []
    var taken: [HeaderBlock] = []
    while true {
      let block = pool.block(capacity: 8, fields: 1)
      guard let start = block.withLaidOutBytes({ $0.baseAddress }), expected.contains(start) else { break }
      seen.append(start)
      taken.append(block)
    }
    return seen.count == expected.count && Set(seen) == expected
  }
}

/// A client session and a server session joined in memory, past their SETTINGS.
private final class SessionPair {
  let client: HTTP2Session
  let clientRecorder = ClientRecorder()
  let server: ServerRecorder

  init(maxConcurrentStreams: UInt32) throws {
    client = HTTP2Session(isServer: false, delegate: clientRecorder)
    server = ServerRecorder()
    try client.submitSettings([])
    try server.session.submitSettings([(3, maxConcurrentStreams)])  // SETTINGS_MAX_CONCURRENT_STREAMS
    try exchange()
  }

  /// Submits request `index` without a copy, on a block from `pool`; returns the block's storage.
  func request(_ index: Int, from pool: inout HeaderStoragePool) -> UnsafeRawPointer {
    var block = pool.block(capacity: 160, fields: 6)
    block.add(":method", literal: "POST")
    block.add(":scheme", literal: "http")
    block.add(":authority", value: "upstream")
    block.add(":path", value: "/mesh.Test/Call\(index)")
    block.add("content-type", literal: "application/grpc")
    block.add("x-call", value: "call-\(index)-" + String(repeating: "v", count: index))
    let storage = block.withLaidOutBytes { $0.baseAddress! }
    #expect(client.submitRequest(holding: &block) > 0)
    #expect(block.storageCapacity == 0)
    return storage
  }

  func clientToServer() throws {
    var wire = OutboundChunks(sharesLargePieces: false)
    try client.send(into: &wire)
    try wire.drain { try server.session.receive($0) }
  }

  func serverToClient() throws {
    var wire = OutboundChunks(sharesLargePieces: false)
    try server.session.send(into: &wire)
    try wire.drain { try client.receive($0) }
  }

  /// Both ways until neither side has anything to send.
  func exchange() throws {
    var rounds = 0
    repeat {
      try clientToServer()
      try serverToClient()
      rounds += 1
    } while (client.wantsWrite || server.session.wantsWrite) && rounds < 20
  }

  /// Answers every request the server has not answered (a copied Trailers-Only response), freeing slots.
  func answerAll() throws {
    for request in server.requests where !server.answered.contains(request.streamID) {
      server.answered.insert(request.streamID)
      var block = HeaderBlock()
      block.add(":status", literal: "200")
      block.add("grpc-status", value: "0")
      server.session.submitResponse(streamID: request.streamID, headers: block, hasData: false)
    }
    try exchange()
  }
}

/// The client's side: its requests end at once (no DATA), and it records the fields it receives.
private final class ClientRecorder: HTTP2SessionDelegate {
  var fields: [String] = []

  override func sessionReadData(streamID: Int32, into buffer: UnsafeMutableRawBufferPointer) -> HTTP2Session.DataRead {
    .end(0, trailers: false)
  }

  override func sessionHeader(streamID: Int32, name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) -> Bool {
    fields.append(String(decoding: name, as: UTF8.self) + "=" + String(decoding: value, as: UTF8.self))
    return true
  }
}

/// The server's side: records each request's fields, the frames nghttp2 dropped, and ends a response
/// stream with the trailers a test left in `pendingTrailers`, submitted without a copy.
private final class ServerRecorder: HTTP2SessionDelegate {
  struct Request {
    let streamID: Int32
    var fields: [String: String] = [:]
    var path: String { fields[":path"] ?? "" }
    /// Whether the fields are the ones `SessionPair.request` wrote for this path.
    var fieldsIntact: Bool {
      guard let index = Int(path.dropFirst("/mesh.Test/Call".count)) else { return false }
      return fields == [":method": "POST", ":scheme": "http", ":authority": "upstream", ":path": path,
                        "content-type": "application/grpc", "x-call": "call-\(index)-" + String(repeating: "v", count: index)]
    }
  }

  var session: HTTP2Session { owned }
  private let owned = HTTP2Session(isServer: true)
  var requests: [Request] = []
  var answered: Set<Int32> = []
  var notSent: [Int32] = []
  var pendingTrailers: [Int32: HeaderBlock] = [:]
  var trailersSubmitted: [Int32] = []

  override init() {
    super.init()
    owned.attach(self)
  }

  override func sessionBeginHeaders(streamID: Int32, category: HTTP2Session.HeadersCategory) {
    requests.append(Request(streamID: streamID))
  }

  override func sessionHeader(streamID: Int32, name: UnsafeRawBufferPointer, value: UnsafeRawBufferPointer) -> Bool {
    requests[requests.count - 1].fields[String(decoding: name, as: UTF8.self)] = String(decoding: value, as: UTF8.self)
    return true
  }

  override func sessionHeadersNotSent(streamID: Int32, errorCode: Int32) { notSent.append(streamID) }

  override func sessionReserveData(streamID: Int32, maxLength: Int) -> HTTP2Session.DataRead {
    guard var trailers = pendingTrailers.removeValue(forKey: streamID) else { return .deferred }
    guard owned.submitTrailer(streamID: streamID, holding: &trailers) else { return .fail }
    trailersSubmitted.append(streamID)
    return .end(0, trailers: true)
  }

  override func sessionWriteData(streamID: Int32, count: Int, into chunks: inout OutboundChunks) -> Bool { count == 0 }
}
