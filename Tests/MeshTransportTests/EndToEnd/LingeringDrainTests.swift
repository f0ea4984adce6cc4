import Foundation
import Glibc
@testable import MeshTransport
import Testing

/// A lingering socket is no connection of the server's: its drain (`shutdown`) does not wait for it, while
/// the socket still lingers (the client's sends are still read and dropped, no reset).
@Suite("Lingering drain")
struct LingeringDrainTests {
  /// Looks for `events` on `fd` every 5 ms for `milliseconds`; the events that came (0: none). It sleeps
  /// between looks instead of blocking in poll(2): a blocked cooperative thread is one of the two the tests
  /// share on this machine. Counted in looks, not by the clock, so a starved test looks as often.
  private static func poll(_ fd: Int32, _ events: Int32, milliseconds: Int) async -> Int32 {
    var entry = pollfd(fd: fd, events: Int16(events), revents: 0)
    for _ in 0...(milliseconds / 5) {
      if Glibc.poll(&entry, 1, 0) == 1 { return Int32(entry.revents) }
      try? await Task.sleep(for: .milliseconds(5))
    }
    return 0
  }

  @Test func shutdownDoesNotWaitForALingeringClient() async throws {
    var limits = ServerLimits()
    // Far longer than the test's own waits: with 30 s, the socket's quiet period ran out before the test's
    // task got a thread back (3 runs of 3 of the transport group at load 24-32, 10 busy loops beside), and
    // the client saw the close. The loop's end closes it when the test is over.
    limits.lingeringCloseQuietPeriod = .seconds(600)
    limits.lingeringCloseLimit = .seconds(1200)
    try await withEchoServer(limits: limits) { harness in
      let fd = try Socket.startConnect(to: SocketAddress(host: "127.0.0.1", port: harness.address.port))
      defer { close(fd) }
      #expect(await Self.poll(fd, POLLOUT, milliseconds: 5000) & POLLOUT != 0)
      // The preface, empty SETTINGS, then DATA on stream 0: GOAWAY(PROTOCOL_ERROR) and the close.
      let opening = Array("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n".utf8) + [0, 0, 0, 4, 0, 0, 0, 0, 0] + [0, 0, 1, 0, 0, 0, 0, 0, 0, 0x78]
      #expect(send(fd, opening, opening.count, Int32(MSG_NOSIGNAL)) == opening.count)
      // Read to the server's end of sending (after its SETTINGS and GOAWAY).
      var received: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 4096)
      var ended = false
      for _ in 0..<200 {
        if ended { break }
        guard await Self.poll(fd, POLLIN, milliseconds: 100) != 0 else { continue }
        let count = recv(fd, &buffer, buffer.count, 0)
        if count > 0 { received += buffer[0..<count] } else { ended = count == 0 || errno != EAGAIN }
      }
      #expect(ended, "no end from the server")
      #expect(received.count >= 9, "\(received)")

      // The connection is gone for the server: its drain ends without waiting for the lingering socket.
      await harness.server.shutdown(gracePeriod: .seconds(30))
      // The socket still lingers: what the client sends now is read and dropped, no reset comes back.
      let filler = [UInt8](repeating: 0x7A, count: 16384)
      #expect(send(fd, filler, filler.count, Int32(MSG_NOSIGNAL)) == filler.count)
      let after = await Self.poll(fd, POLLERR | POLLHUP, milliseconds: 300)
      #expect(after & (POLLERR | POLLHUP) == 0, "the socket was reset or closed: \(after)")
    }
  }
}
