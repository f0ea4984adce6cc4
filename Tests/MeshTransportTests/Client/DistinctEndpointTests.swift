import Foundation
import MeshCore
import MeshTestSupport
import MeshTransport
import Testing

/// A channel over several grpcio servers sends a call's hedges and retries to servers its earlier attempts
/// did not use (A6): many calls at once, so the balancing's rotation alone would send about half of the
/// second attempts back to the server of the first.
@Suite("A call's hedges and retries go to distinct servers")
struct DistinctEndpointTests {
  private static let calls = 20

  /// A channel to `peers` whose connections are all up: plain calls (no policy) until each peer answered.
  private func readyChannel(_ peers: [FlakyPeer], names: [String], config: String,
                            balancing: GRPCChannel.LoadBalancing, group: EventLoopGroup) async throws -> GRPCChannel {
    let channel = try GRPCChannel(targets: peers.map { .init(host: "127.0.0.1", port: $0.port) },
                                  configuration: .retrying(config, balancing: balancing), group: group)
    let client = GRPCClient(transport: channel)
    var answered: Set<String> = []
    for _ in 0..<200 where answered.count < names.count {
      let response = try await client.unary(FlakyPeer.whoami, request: RawMessage([]),
                                            options: CallOptions(timeout: .seconds(20), waitForReady: true))
      answered.insert(String(decoding: response.message.bytes, as: UTF8.self))
      if answered.count < names.count { try await Task.sleep(for: .milliseconds(20)) }
    }
    #expect(answered == Set(names))
    return channel
  }

  /// Makes `calls` calls of `method` at once, each with its index as its request; returns the failures.
  private func callAtOnce(_ client: GRPCClient, _ method: RPCMethod<RawMessage, RawMessage>) async -> [String] {
    await withTaskGroup(of: String?.self) { tasks in
      for index in 0..<Self.calls {
        tasks.addTask {
          do {
            let response = try await client.unary(method, request: RawMessage([UInt8(index)]),
                                                  options: CallOptions(timeout: .seconds(10)))
            return response.message.bytes == [UInt8(index)] ? nil : "call \(index): wrong answer"
          } catch {
            return "call \(index): \(RPCError(from: error).code)"
          }
        }
      }
      var failures: [String] = []
      for await failure in tasks { if let failure { failures.append(failure) } }
      return failures
    }
  }

  /// The calls of each request on a peer, by call index.
  private func callsByIndex(_ stats: FlakyPeer.Stats) -> [Int: Int] {
    var calls: [Int: Int] = [:]
    for index in 0..<Self.calls { calls[index] = stats.by_request[String(format: "%02x", index)] ?? 0 }
    return calls
  }

  /// Runs the calls of `method` at once over a channel to `first` (named A) and `second` (named B), then
  /// checks that every call succeeded within its deadline and that its attempts went to distinct servers:
  /// A saw a call at most once, and B answered each call once. Returns the calls A and B saw.
  private func expectDistinctServers(_ method: RPCMethod<RawMessage, RawMessage>, first: FlakyPeer, second: FlakyPeer,
                                     config: String, balancing: GRPCChannel.LoadBalancing, group: EventLoopGroup)
    async throws -> (onA: Int, onB: Int)
  {
    let channel = try await readyChannel([first, second], names: ["A", "B"], config: config, balancing: balancing,
                                         group: group)
    defer { channel.close() }
    let failures = await callAtOnce(GRPCClient(transport: channel), method)
    #expect(failures == [])
    let onA = callsByIndex(try await first.stats(group: group))
    let onB = callsByIndex(try await second.stats(group: group))
    #expect(onA.filter { $0.value > 1 } == [:])
    #expect(onB.filter { $0.value != 1 } == [:])
    return (onA.values.reduce(0, +), onB.values.reduce(0, +))
  }

  @Test(arguments: [GRPCChannel.LoadBalancing.roundRobin, .leastRequest])
  func hedgesAvoidTheServerWhereTheFirstAttemptHangs(balancing: GRPCChannel.LoadBalancing) async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let hanging = try await FlakyPeer(["--name", "A", "--hang", "all"])
    let answering = try await FlakyPeer(["--name", "B", "--hang", "none"])
    let config = """
      {"methodConfig": [{"name": [{"service": "mesh.test.Flaky", "method": "Hang"}],
        "hedgingPolicy": {"maxAttempts": 2, "hedgingDelay": "0.2s", "nonFatalStatusCodes": ["UNAVAILABLE"]}}]}
      """
    // A call whose first attempt hangs on A is hedged to B, never to A again: its second and last attempt
    // would hang there until the deadline.
    let (onA, onB) = try await expectDistinctServers(FlakyPeer.hang, first: hanging, second: answering, config: config,
                                                     balancing: balancing, group: group)
    print("hedging figures (\(balancing)): \(Self.calls) calls, first attempts hanging on A: \(onA), answered by B: \(onB)")
  }

  @Test(arguments: [GRPCChannel.LoadBalancing.roundRobin, .leastRequest])
  func aRetryAfterUnavailableGoesToAnotherServer(balancing: GRPCChannel.LoadBalancing) async throws {
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let failing = try await FlakyPeer(["--name", "A", "--fail-rate", "1"])
    let answering = try await FlakyPeer(["--name", "B"])
    let config = """
      {"methodConfig": [{"name": [{"service": "mesh.test.Flaky", "method": "Unary"}],
        "retryPolicy": {"maxAttempts": 2, "initialBackoff": "0.01s", "maxBackoff": "0.05s",
                        "backoffMultiplier": 2, "retryableStatusCodes": ["UNAVAILABLE"]}}]}
      """
    // A fails every call with UNAVAILABLE; a call's one retry must go to B, or the call fails.
    let (onA, onB) = try await expectDistinctServers(FlakyPeer.unary, first: failing, second: answering, config: config,
                                                     balancing: balancing, group: group)
    print("retry figures (\(balancing)): \(Self.calls) calls, failed on A and retried: \(onA), answered by B: \(onB)")
  }
}
