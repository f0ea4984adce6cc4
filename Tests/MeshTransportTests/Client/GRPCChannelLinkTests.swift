import MeshCore
import MeshTestSupport
@testable import MeshTransport
import Synchronization
import Testing

/// What the readers of the link saw.
private final class Tally: Sendable {
  let found = Atomic(0)
  let started = Atomic(0)
}

/// How a channel's subchannels and resolution tasks reach it (`GRPCChannelLink`: unretained, no weak
/// reference): they get the channel, retained, while it lives, and nil once its last reference is gone,
/// also when that happens on another thread while they ask.
@Suite("Channel link: subchannels and lookups reach a live channel, and none once it is gone")
struct GRPCChannelLinkTests {
  @Test func theLinkGivesALiveChannelKeepsItWhileHeldAndNoneOnceItIsGone() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let probe = EchoService.Probe()
    let server = GRPCServer(services: [EchoService(probe: probe)], configuration: .init(host: "127.0.0.1", port: 0), group: group)
    let address = try server.start()
    var channel: GRPCChannel? = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
    let link = try #require(channel?.link)
    do {
      // A call through the channel: its subchannel reported `.ready` through the link.
      let client = GRPCClient(transport: try #require(channel))
      let response = try await client.unary(EchoService.unary, request: RawMessage([7]),
                                            options: CallOptions(timeout: .seconds(10), waitForReady: true))
      #expect(response.message.bytes == [7])
    }
    #expect(link.channel === channel)
    // A reference taken through the link is a strong one: it keeps the channel after its owner lets go.
    var held = link.channel
    channel = nil
    #expect(held != nil && link.channel === held, "kept by the reference taken through the link")
    held = nil
    // The call's own references (its stream's, its task's) may go a moment after it returned.
    let dropped = ContinuousClock.now
    while link.channel != nil, ContinuousClock.now - dropped < .seconds(5) { try await Task.sleep(for: .milliseconds(5)) }
    #expect(link.channel == nil, "the channel's deinit detached the link")
    // The server goes: the connection is lost, and its subchannel finds no channel to report to (nor to
    // reconnect for) instead of touching freed memory.
    await server.shutdown(gracePeriod: .seconds(1))
    try await Task.sleep(for: .milliseconds(200))
    #expect(probe.calls.load(ordering: .relaxed) == 1)
  }

  @Test func readersOnOtherThreadsGetTheChannelOrNoneWhileItsLastReferenceGoes() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let refusing = try RefusingPort()
    defer { refusing.close() }
    var channel: GRPCChannel? = try GRPCChannel(host: "127.0.0.1", port: refusing.port, group: group)
    let link = try #require(channel?.link)
    let tally = Tally()
    // Readers retain and release the channel as fast as they can until they find none, while the test
    // drops its reference: the last release lands on any of them (its deinit runs there) or on the test's
    // thread, and a reader that asks meanwhile gets the channel whole or nil.
    try await withThrowingTaskGroup(of: Void.self) { readers in
      for _ in 0..<4 {
        readers.addTask {
          var first = true
          while link.channel != nil {
            tally.found.add(1, ordering: .relaxed)
            if first { tally.started.add(1, ordering: .relaxed) }
            first = false
            // The pool has a thread per core: a reader that never suspended would keep the test's own task
            // (and every other test's) from running, and so from ever dropping the channel.
            await Task.yield()
          }
        }
      }
      let started = ContinuousClock.now
      while tally.started.load(ordering: .relaxed) < 4 {
        guard ContinuousClock.now - started < .seconds(10) else {
          Issue.record("the readers did not all find the live channel in 10 s")
          break
        }
        try await Task.sleep(for: .milliseconds(1))
      }
      channel = nil
      try await readers.waitForAll()
    }
    #expect(channel == nil)
    #expect(link.channel == nil)
    #expect(tally.found.load(ordering: .relaxed) >= 4)
  }

  @Test func aDroppedChannelsLookupsStop() async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let refusing = try RefusingPort()
    defer { refusing.close() }
    let addresses = try SocketAddress.resolve(host: "127.0.0.1", port: refusing.port)
    let resolver = MovingResolver(addresses)
    var configuration = GRPCChannel.Configuration()
    configuration.backoff = ConnectionBackoff(initial: .milliseconds(20), maximum: .milliseconds(50))
    configuration.nameResolution = NameResolution(resolver: resolver, refreshInterval: .milliseconds(20),
                                                  minimumInterval: .milliseconds(10),
                                                  backoff: ConnectionBackoff(initial: .milliseconds(20), maximum: .milliseconds(50)))
    var channel: GRPCChannel? = try GRPCChannel(host: "refusing.mesh.test", port: refusing.port,
                                                configuration: configuration, group: group)
    let link = try #require(channel?.link)
    // The resolution loop (and the lookups after lost connections) reach the channel through the link.
    // The ceilings are generous and only end a broken run: the loop and this test share the process's
    // cooperative threads (two on this machine) with every other test of the group, and at load 20 a
    // 10 s ceiling once saw fewer than 3 lookups (and a fixed 300 ms wait below is as fragile).
    let started = ContinuousClock.now
    while resolver.lookups.load(ordering: .relaxed) < 3 {
      guard ContinuousClock.now - started < .seconds(60) else {
        Issue.record("the channel looks its name up every 20 ms: fewer than 3 lookups in 60 s")
        break
      }
      try await Task.sleep(for: .milliseconds(10))
    }
    channel = nil
    // A lookup under way when the reference went holds the channel until it ends; then the loop finds none.
    let dropped = ContinuousClock.now
    while link.channel != nil, ContinuousClock.now - dropped < .seconds(60) { try await Task.sleep(for: .milliseconds(10)) }
    #expect(link.channel == nil)
    // A lookup holds the channel while it runs, so none is under way once the link gives none.
    let after = resolver.lookups.load(ordering: .relaxed)
    try await Task.sleep(for: .milliseconds(300))
    #expect(resolver.lookups.load(ordering: .relaxed) == after, "no lookup for a channel that is gone")
  }
}
