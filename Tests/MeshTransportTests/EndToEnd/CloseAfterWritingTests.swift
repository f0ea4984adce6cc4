import Glibc
@testable import MeshTransport
import Testing

/// `HTTP2Connection.closeAfterWriting` on a real socket whose peer does not read at first: the GOAWAY
/// queued behind a full socket still reaches the peer, then the end; a peer that never reads costs the
/// connection `closeWriteLimit`, no more.
@Suite("Close after writing")
struct CloseAfterWritingTests {
  /// The client's preface and an empty SETTINGS frame.
  private static let preface: [UInt8] = Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8) + [0, 0, 0, 4, 0, 0, 0, 0, 0]
  /// A PING frame (nghttp2 answers each with an ACK: output the peer does not read).
  private static let ping: [UInt8] = [0, 0, 8, 6, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8]
  /// HTTP/2's ENHANCE_YOUR_CALM, the code the GOAWAY carries.
  private static let enhanceYourCalm: UInt32 = 11

  /// Our end non-blocking with a small send buffer (so a few KiB of PING ACKs fill it), and the peer's.
  private static func pair() throws -> (ours: Int32, peer: Int32) {
    var fds: [Int32] = [0, 0]
    guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0 else {
      throw SystemCallError(call: "socketpair", errno: errno)
    }
    var size: Int32 = 4096
    _ = setsockopt(fds[0], SOL_SOCKET, SO_SNDBUF, &size, socklen_t(MemoryLayout<Int32>.size))
    _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
    _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
    return (fds[0], fds[1])
  }

  /// Sends all of `bytes` from the peer, waiting while the connection has not read them yet.
  private static func peerSends(_ fd: Int32, _ bytes: [UInt8]) async throws {
    var offset = 0
    let started = ContinuousClock.now
    while offset < bytes.count && ContinuousClock.now - started < .seconds(20) {
      let count = bytes[offset...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      if count > 0 { offset += count } else { try await Task.sleep(for: .milliseconds(5)) }
    }
    #expect(offset == bytes.count)
  }

  /// Reads until the end (or 20 s): every byte the connection wrote, and whether the end came.
  private static func peerReadsToTheEnd(_ fd: Int32) async throws -> (bytes: [UInt8], ended: Bool) {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    let started = ContinuousClock.now
    while ContinuousClock.now - started < .seconds(20) {
      let count = recv(fd, &buffer, buffer.count, 0)
      if count > 0 { bytes += buffer[0..<count]; continue }
      if count == 0 { return (bytes, true) }
      if errno != EAGAIN { return (bytes, false) }
      try await Task.sleep(for: .milliseconds(5))
    }
    return (bytes, false)
  }

  /// The frames in `bytes` as (type, payload), in order.
  private static func frames(_ bytes: [UInt8]) -> [(type: UInt8, payload: ArraySlice<UInt8>)] {
    var frames: [(UInt8, ArraySlice<UInt8>)] = []
    var offset = 0
    while offset + 9 <= bytes.count {
      let length = Int(bytes[offset]) << 16 | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2])
      guard offset + 9 + length <= bytes.count else { break }
      frames.append((bytes[offset + 3], bytes[(offset + 9)..<(offset + 9 + length)]))
      offset += 9 + length
    }
    return frames
  }

  /// A server connection on `ours`, started on `loop`, after the peer's preface and `pings` PINGs it does
  /// not read the answers to; returns once the connection's output waits for the socket.
  private static func fillConnection(_ ours: Int32, peer: Int32, loop: EventLoop, pings: Int) async throws -> HTTP2Connection {
    nonisolated(unsafe) let connection = HTTP2Connection(loop: loop, fd: ours, peer: "test", isServer: true, tls: nil)
    connection.submitInitialSettings([], connectionWindow: 65535)
    loop.execute { connection.start() }
    try await peerSends(peer, preface)
    // In rounds, so nghttp2's queue of PING ACKs never passes its flood limit within one read.
    for _ in 0..<(pings / 250) {
      try await peerSends(peer, Array((0..<250).map { _ in ping }.joined()))
      try await Task.sleep(for: .milliseconds(20))
    }
    return connection
  }

  @Test func theGoAwayBehindAFullSocketReachesAPeerThatReadsLate() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let loop = group.loops[0]
    let (ours, peer) = try Self.pair()
    defer { close(peer) }
    nonisolated(unsafe) let connection = try await Self.fillConnection(ours, peer: peer, loop: loop, pings: 2000)
    let closedAtOnce: Bool = await withCheckedContinuation { continuation in
      loop.execute {
        // Far past the peer's late read even when a loaded machine stalls the test for many seconds (the
        // bound has its own test below).
        connection.closeWriteLimit = .seconds(120)
        connection.session.submitGoAway(errorCode: Self.enhanceYourCalm, debugData: "last words")
        connection.closeAfterWriting(reason: "test")
        continuation.resume(returning: connection.isClosed)
      }
    }
    #expect(!closedAtOnce, "the socket was not full: the test proves nothing")
    // The peer reads only now, 300 ms later.
    try await Task.sleep(for: .milliseconds(300))
    let (bytes, ended) = try await Self.peerReadsToTheEnd(peer)
    #expect(ended)
    let frames = Self.frames(bytes)
    #expect(frames.filter { $0.type == 6 }.count == 2000, "PING ACKs lost")
    let last = try #require(frames.last)
    #expect(last.type == 7, "the last frame is not the GOAWAY")
    let code = last.payload.dropFirst(4).prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
    #expect(code == Self.enhanceYourCalm)
    #expect(String(decoding: last.payload.dropFirst(8), as: UTF8.self) == "last words")
  }

  @Test func aPeerThatNeverReadsIsClosedAtTheLimit() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let loop = group.loops[0]
    let (ours, peer) = try Self.pair()
    defer { close(peer) }
    nonisolated(unsafe) let connection = try await Self.fillConnection(ours, peer: peer, loop: loop, pings: 2000)
    let started = ContinuousClock.now
    let closedAtOnce: Bool = await withCheckedContinuation { continuation in
      loop.execute {
        connection.closeWriteLimit = .milliseconds(300)
        connection.session.submitGoAway(errorCode: Self.enhanceYourCalm)
        connection.closeAfterWriting(reason: "test")
        continuation.resume(returning: connection.isClosed)
      }
    }
    #expect(!closedAtOnce)
    let isClosed: @Sendable () async -> Bool = {
      await withCheckedContinuation { continuation in loop.execute { continuation.resume(returning: connection.isClosed) } }
    }
    var closed = false
    while !closed && ContinuousClock.now - started < .seconds(20) {
      try await Task.sleep(for: .milliseconds(20))
      closed = await isClosed()
    }
    #expect(closed, "still open 20 s after closeAfterWriting")
    #expect(ContinuousClock.now - started >= .milliseconds(300))
  }
}
