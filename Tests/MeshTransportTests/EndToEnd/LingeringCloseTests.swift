import Foundation
import MeshTestSupport
import MeshTransport
import Testing

/// The plain gRPC server's close after an error GOAWAY, with a raw h2c client that goes on sending
/// (`linger_peer.py`): the socket lingers, so the client reads the GOAWAY and a clean end instead of a
/// TCP reset; a client that never stops is closed at `lingeringCloseLimit`; with the limit at zero (the
/// old close at once) the client's sends meet the reset.
@Suite("Lingering close")
struct LingeringCloseTests {
  private static func limits(quiet: Duration, limit: Duration) -> ServerLimits {
    var limits = ServerLimits()
    limits.lingeringCloseQuietPeriod = quiet
    limits.lingeringCloseLimit = limit
    return limits
  }

  @Test("A client that sends on after the GOAWAY reads it and the end, with no reset")
  func clientThatSendsOnReadsTheGoAway() async throws {
    try await withEchoServer(limits: Self.limits(quiet: .seconds(1), limit: .seconds(10))) { harness in
      let result = try await LingerPeer.run(["h2", "\(harness.address.port)", "0.5"])
      #expect(result["goaway"] as? Int == 1, "PROTOCOL_ERROR: \(result)")
      #expect(result["cut"] as? Bool == false, "a reset while the client sent: \(result)")
      #expect(result["eof"] as? Bool == true, "\(result)")
      #expect((result["sent"] as? Int ?? 0) > 0, "\(result)")
    }
  }

  @Test("A client that never stops sending is closed at the limit")
  func clientThatNeverStopsIsClosedAtTheLimit() async throws {
    try await withEchoServer(limits: Self.limits(quiet: .seconds(30), limit: .seconds(1))) { harness in
      let result = try await LingerPeer.run(["h2", "\(harness.address.port)", "60"])
      #expect(result["goaway"] as? Int == 1, "\(result)")
      #expect(result["cut"] as? Bool == true, "the server let a client that never stops linger for 60 s: \(result)")
      #expect((result["elapsed"] as? Double ?? 0) >= 1.0, "closed before the limit: \(result)")
    }
  }

  @Test("Closing at once (limit zero) resets a client that sends on: what lingering prevents")
  func closingAtOnceResetsTheSender() async throws {
    try await withEchoServer(limits: Self.limits(quiet: .seconds(1), limit: .zero)) { harness in
      let result = try await LingerPeer.run(["h2", "\(harness.address.port)", "0.5"])
      #expect(result["cut"] as? Bool == true, "\(result)")
    }
  }
}
