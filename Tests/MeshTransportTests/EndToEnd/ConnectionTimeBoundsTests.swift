import Foundation
import MeshCore
import MeshTestSupport
@testable import MeshTransport
import Testing

/// Connections that hold a server's resources without using them are ended (issue 8 §3 and gRPC's
/// A8/A9): half-open, idle, trickling headers, pinging too often, too old.
@Suite("Connection time bounds, against a raw HTTP/2 peer")
struct ConnectionTimeBoundsTests {
  private func run(_ scenario: String, limits: ServerLimits) async throws -> BadInputTests.Answer {
    try await withEchoServer(limits: limits) { harness in
      let peer = try PeerProcess(try Repository.python, [Repository.h2Peer, "\(harness.address.port)", scenario])
      #expect(try await peer.waitForExit(seconds: 60) == 0, "\(peer.text)")
      let line = peer.text.split(separator: "\n").last(where: { $0.hasPrefix("{") }) ?? ""
      let answer = try JSONDecoder().decode(BadInputTests.Answer.self, from: Data(line.utf8))
      // The server still serves a well-behaved client.
      #expect(try await Self.echoes(harness, aging: limits.maxConnectionAge != nil) == [9])
      return answer
    }
  }

  /// A unary echo from a well-behaved client on a connection of its own. With a maximum connection age,
  /// every connection of this server, this client's too, is drained after 0.9-1.1 s and closed 1.1 s
  /// later; a call still running then is cut off, as it should be (UNAVAILABLE, "The connection closed:
  /// the peer closed the connection", what CI saw once in ~20 group runs at load 25-30). Such a call is
  /// made again on a new connection, at most four more times; any other failure fails at once.
  private static func echoes(_ harness: TestHarness, aging: Bool) async throws -> [UInt8] {
    for attempt in 1...5 {
      let started = ContinuousClock.now
      let (client, channel) = try harness.client()
      defer { channel.close() }
      do {
        return try await client.unary(EchoService.unary, request: RawMessage([9])).message.bytes
      } catch let error as RPCError
                where aging && error.code == .unavailable && error.message.hasPrefix("The connection closed") && attempt < 5 {
        print("ConnectionTimeBoundsTests: attempt \(attempt) cut off by the connection's age after \(ContinuousClock.now - started): \(error)")
      }
    }
    return []
  }

  @Test func halfOpenConnectionIsClosedAfterTheHandshakeTimeout() async throws {
    var limits = ServerLimits()
    limits.handshakeTimeout = .seconds(1)
    let answer = try await run("partial_preface", limits: limits)
    #expect(answer.closed, "\(answer)")
    #expect((answer.seconds ?? 99) < 10, "\(answer)")
  }

  @Test func idleConnectionGetsGoAwayAndIsClosed() async throws {
    var limits = ServerLimits()
    limits.maxConnectionIdle = .seconds(1)
    let answer = try await run("idle_connection", limits: limits)
    #expect(answer.goaway == 0, "\(answer)")
    #expect(answer.closed, "\(answer)")
    #expect((answer.seconds ?? 99) < 10, "\(answer)")
  }

  @Test func tricklingHeadersAreCutOffAfterTheHeaderReadTimeout() async throws {
    var limits = ServerLimits()
    limits.headerReadTimeout = .seconds(1)
    let answer = try await run("slow_headers", limits: limits)
    #expect(answer.goaway == 0xb, "\(answer)")
    #expect(answer.closed, "\(answer)")
    #expect((answer.seconds ?? 99) < 10, "\(answer)")
  }

  @Test func pingFloodGetsEnhanceYourCalmTooManyPings() async throws {
    let answer = try await run("ping_flood", limits: ServerLimits())
    #expect(answer.goaway == 0xb, "\(answer)")
    #expect(answer.goaway_debug == "too_many_pings", "\(answer)")
    #expect(answer.closed, "\(answer)")
  }

  @Test func oldConnectionIsDrainedThenClosedAfterTheGracePeriod() async throws {
    var limits = ServerLimits()
    limits.maxConnectionAge = .seconds(1)
    limits.maxConnectionAgeGrace = .seconds(1)
    let answer = try await run("old_connection", limits: limits)
    #expect(answer.goaway == 0, "\(answer)")
    #expect(answer.closed, "\(answer)")
    #expect((answer.seconds ?? 99) < 10, "\(answer)")
  }
}

@Suite("Keepalive enforcement (gRPC A8), as a state machine")
struct KeepaliveEnforcerTests {
  @Test func pingsFasterThanTheMinimumCollectStrikesUntilTooMany() {
    var enforcer = KeepaliveEnforcer(minInterval: .seconds(10), permitWithoutCalls: false, maxStrikes: 2)
    let start = ContinuousClock.now
    #expect(enforcer.pingReceived(at: start, hasOpenCalls: true) == .allowed)
    #expect(enforcer.pingReceived(at: start + .seconds(11), hasOpenCalls: true) == .allowed)
    #expect(enforcer.pingReceived(at: start + .seconds(12), hasOpenCalls: true) == .allowed)
    #expect(enforcer.pingReceived(at: start + .seconds(13), hasOpenCalls: true) == .allowed)
    #expect(enforcer.pingReceived(at: start + .seconds(14), hasOpenCalls: true) == .tooManyPings)
  }

  @Test func withoutCallsTheIntervalIsTwoHoursUnlessPermitted() {
    let start = ContinuousClock.now
    var strict = KeepaliveEnforcer(minInterval: .seconds(10), permitWithoutCalls: false, maxStrikes: 0)
    #expect(strict.pingReceived(at: start, hasOpenCalls: false) == .allowed)
    #expect(strict.pingReceived(at: start + .seconds(3600), hasOpenCalls: false) == .tooManyPings)
    var lenient = KeepaliveEnforcer(minInterval: .seconds(10), permitWithoutCalls: true, maxStrikes: 0)
    #expect(lenient.pingReceived(at: start, hasOpenCalls: false) == .allowed)
    #expect(lenient.pingReceived(at: start + .seconds(3600), hasOpenCalls: false) == .allowed)
  }

  @Test func aCallStartingForgivesEarlierStrikes() {
    var enforcer = KeepaliveEnforcer(minInterval: .seconds(10), permitWithoutCalls: false, maxStrikes: 1)
    let start = ContinuousClock.now
    _ = enforcer.pingReceived(at: start, hasOpenCalls: true)
    #expect(enforcer.pingReceived(at: start + .seconds(1), hasOpenCalls: true) == .allowed)
    enforcer.callStarted()
    #expect(enforcer.strikes == 0)
    #expect(enforcer.pingReceived(at: start + .seconds(2), hasOpenCalls: true) == .allowed)
    #expect(enforcer.pingReceived(at: start + .seconds(3), hasOpenCalls: true) == .allowed)
    #expect(enforcer.pingReceived(at: start + .seconds(4), hasOpenCalls: true) == .tooManyPings)
  }
}
