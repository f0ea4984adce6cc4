import Glibc
@testable import MeshTransport
import Testing

/// `LingeringSocket` on a real socket pair and event loop: the peer reads what was written, then the
/// end; the socket stays open while the peer sends (its sends go through) and closes after the quiet
/// period, or at the limit for a peer that never stops. The peer sees the close as a hang-up when it
/// is quiet, as a failed send (EPIPE) when it sends.
@Suite("Lingering socket")
struct LingeringSocketTests {
  /// A connected pair: the first end (non-blocking, for the loop) lingers, the second is the peer.
  private static func pair() throws -> (ours: Int32, peer: Int32) {
    var fds: [Int32] = [0, 0]
    // Close-on-exec: a peer process another test starts meanwhile must not inherit our end and keep the
    // socket open after the lingering closed it.
    guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &fds) == 0 else { throw SystemCallError(call: "socketpair", errno: errno) }
    _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
    _ = fcntl(fds[1], F_SETFL, fcntl(fds[1], F_GETFL) | O_NONBLOCK)
    return (fds[0], fds[1])
  }

  /// Sends one byte from the peer: false once our end has closed (EPIPE or ECONNRESET).
  private static func peerCanSend(_ fd: Int32) -> Bool {
    var byte: UInt8 = 0x7A
    return send(fd, &byte, 1, Int32(MSG_NOSIGNAL)) == 1 || errno == EAGAIN
  }

  /// Whether our end has closed, seen without sending (a send would end the quiet period): a Unix
  /// socket whose other end has closed, not just shut its sending half, polls as hung up.
  private static func peerSeesClose(_ fd: Int32) -> Bool {
    var entry = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
    return poll(&entry, 1, 0) == 1 && entry.revents & Int16(POLLHUP) != 0
  }

  /// What the peer can read now, and whether it read the end.
  private static func peerReads(_ fd: Int32) -> (bytes: [UInt8], ended: Bool) {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = recv(fd, &buffer, buffer.count, 0)
      if count > 0 { bytes += buffer[0..<count]; continue }
      return (bytes, count == 0)
    }
  }

  private static func withLoop(_ body: (EventLoop) async throws -> Void) async throws {
    let group = EventLoopGroup(threads: 1)
    do {
      try await body(group.loops[0])
    } catch {
      group.shutdown()
      throw error
    }
    group.shutdown()
  }

  @Test func aQuietPeerReadsTheLastWordsAndTheEndThenTheSocketCloses() async throws {
    try await Self.withLoop { loop in
      let (ours, peer) = try Self.pair()
      defer { close(peer) }
      let words: [UInt8] = Array("GOAWAY".utf8)
      #expect(send(ours, words, words.count, Int32(MSG_NOSIGNAL)) == words.count)
      loop.execute { LingeringSocket.linger(ours, on: loop, quietPeriod: .milliseconds(200), limit: .seconds(60)) }
      var read: [UInt8] = []
      var ended = false
      #expect(await eventually {
        let now = Self.peerReads(peer)
        read += now.bytes
        ended = ended || now.ended
        return ended
      })
      #expect(read == words)
      // Quiet: closed after its quiet period, far within the limit.
      #expect(await eventually { Self.peerSeesClose(peer) })
    }
  }

  @Test func aPeerThatNeverStopsIsClosedAtTheLimitAndNotBefore() async throws {
    try await Self.withLoop { loop in
      let (ours, peer) = try Self.pair()
      defer { close(peer) }
      let started = ContinuousClock.now
      loop.execute { LingeringSocket.linger(ours, on: loop, quietPeriod: .seconds(30), limit: .milliseconds(400)) }
      var closed = false
      // Sends every 10 ms (never quiet for 30 s); the socket must close at its 400 ms limit. Counted in
      // sends, not by the clock: a loop bounded by time, starved of its thread for 20 s by other tests on a
      // loaded machine, once ended after a single send and reported a socket that had closed on time.
      for _ in 0..<2_000 {
        if !Self.peerCanSend(peer) {
          closed = true
          break
        }
        try await Task.sleep(for: .milliseconds(10))
      }
      #expect(closed, "still open after 2,000 sends 10 ms apart")
      // Seen by a send that failed: the peer was still sending when the socket closed.
      #expect(ContinuousClock.now - started >= .milliseconds(400))
    }
  }

  @Test func aSocketThePeerClosedClosesAtOnce() async throws {
    try await Self.withLoop { loop in
      let (ours, peer) = try Self.pair()
      close(peer)
      let lingers: Bool = await withCheckedContinuation { continuation in
        loop.execute {
          continuation.resume(returning: LingeringSocket.linger(ours, on: loop, quietPeriod: .seconds(30), limit: .seconds(60)))
        }
      }
      #expect(!lingers, "a socket whose peer closed it lingers")
    }
  }

  /// Past the budget's cap a closing socket closes at once (its peer sees the close, not a half-open
  /// socket); once a lingering one closes, its place is free for the next. The lingering ones must outlast
  /// the test's own waits: a quiet period of 30 s ran out before the test's task got a thread back, 3 runs
  /// of 3 of the transport group at load 24-32 (10 busy loops beside), and the sockets had closed.
  @Test func pastTheCapASocketClosesAtOnce() async throws {
    try await Self.withLoop { loop in
      let budget = LingerBudget(cap: 2)
      let pairs = try (0..<3).map { _ in try Self.pair() }
      // The first peer is closed during the test: the end closes only the others. Closing it twice closed
      // whatever the number had become meanwhile in this process (once, a parallel test's event loop's epoll
      // descriptor: that loop spun at full CPU and its tests hung; another time a client's socket).
      var openPeers = pairs.map(\.peer)
      defer { openPeers.forEach { close($0) } }
      let lingered: [Bool] = await withCheckedContinuation { continuation in
        loop.execute {
          continuation.resume(returning: pairs.map {
            LingeringSocket.linger($0.ours, on: loop, quietPeriod: .seconds(600), limit: .seconds(1200), budget: budget)
          })
        }
      }
      #expect(lingered == [true, true, false])
      #expect(budget.lingering == 2)
      #expect(Self.peerSeesClose(pairs[2].peer), "the socket past the cap is still open")
      #expect(!Self.peerSeesClose(pairs[0].peer) && !Self.peerSeesClose(pairs[1].peer))
      // The first peer closes: its socket stops lingering, and a new one may linger in its place.
      close(openPeers.removeFirst())
      #expect(await eventually { budget.lingering == 1 })
      let next = try Self.pair()
      defer { close(next.peer) }
      let again: Bool = await withCheckedContinuation { continuation in
        loop.execute {
          continuation.resume(returning: LingeringSocket.linger(next.ours, on: loop, quietPeriod: .seconds(600),
                                                                limit: .seconds(1200), budget: budget))
        }
      }
      #expect(again)
      #expect(budget.lingering == 2)
    }
  }

  /// A cap of zero turns lingering off; the default cap is a quarter of the descriptor limit.
  @Test func aZeroCapLingersNothingAndTheDefaultFollowsTheDescriptorLimit() async throws {
    try await Self.withLoop { loop in
      let budget = LingerBudget(cap: 0)
      let (ours, peer) = try Self.pair()
      defer { close(peer) }
      let lingers: Bool = await withCheckedContinuation { continuation in
        loop.execute {
          continuation.resume(returning: LingeringSocket.linger(ours, on: loop, quietPeriod: .seconds(30), limit: .seconds(60), budget: budget))
        }
      }
      #expect(!lingers)
      #expect(Self.peerSeesClose(peer))
    }
    var limit = rlimit()
    #expect(getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0)
    #expect(LingerBudget.defaultCap == max(16, Int(limit.rlim_cur / 4)))
  }
}
