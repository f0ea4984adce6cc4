import Foundation
import MeshCore
import MeshProtos
import MeshTestSupport
import MeshTransport
import Testing

/// The server under resource pressure, as issue 8 found it: out of file descriptors.
@Suite("Server bounds under resource exhaustion", .serialized)
struct ResourceExhaustionTests {
  struct Measure: Decodable {
    var cpu_seconds: Double
    var connected: Int
  }

  /// With RLIMIT_NOFILE reached and connections waiting, the server must not spin on failing accept4
  /// calls (issue 8 measured 72,815 in 3 s, both cores busy), and must serve again once descriptors
  /// are free.
  @Test func acceptBacksOffWhenOutOfDescriptors() async throws {
    let server = try PeerProcess("/usr/bin/prlimit", ["--nofile=64", Repository.product("interop-server"),
                                                       "--port", "0", "--host", "127.0.0.1"])
    defer { server.stop() }
    let port = try PeerProcess.port(of: try await server.waitForLine(startingWith: "interop-server: listening on"))
    let probe = try PeerProcess(try Repository.python, [Repository.fdExhaustionPeer, "\(port)",
                                                        "\(server.processIdentifier)", "150"])
    #expect(try await probe.waitForExit(seconds: 60) == 0, "\(probe.text)")
    let line = probe.text.split(separator: "\n").last(where: { $0.hasPrefix("{") }) ?? ""
    let measure = try JSONDecoder().decode(Measure.self, from: Data(line.utf8))
    print("fd exhaustion: server CPU \(measure.cpu_seconds) s over 2 s with \(measure.connected) connections held")
    // A spinning loop burns about one CPU-second per second per loop; backing off, almost nothing.
    #expect(measure.cpu_seconds < 0.5, "\(measure)")
    // Descriptors are free again: the server accepts and serves.
    let group = EventLoopGroup(threads: 1)
    defer { group.shutdown() }
    let channel = try GRPCChannel(host: "127.0.0.1", port: port, group: group)
    defer { channel.close() }
    let client = Grpc_Testing_TestService.Client(wrapping: GRPCClient(transport: channel))
    _ = try await client.emptyCall(Grpc_Testing_Empty(), options: CallOptions(timeout: .seconds(10), waitForReady: true))
  }
}

/// Memory held for a connection is bounded and given back (issue 8 §3: one never-reading client raised
/// the server's RSS to 1.6 GiB and it stayed above 1 GiB after the client left).
@Suite("Server memory bounds", .serialized)
struct MemoryBoundTests {
  struct Flood: Decodable {
    var peak_rss_mib: Double
    var after_close_rss_mib: Double
    var sent_mib: Double
  }

  /// The client against `interop-server` with its default limits: 100 streams, a 4 MiB
  /// request each asking for a 4 MiB response, responses never read. The figures are printed; the
  /// bound asserted is loose (a debug build, a shared machine): before the bound it was 1.6 GiB.
  @Test func neverReadingClientIsHeldToTheConnectionBudget() async throws {
    let server = try PeerProcess(Repository.product("interop-server"), ["--port", "0", "--host", "127.0.0.1"])
    defer { server.stop() }
    let port = try PeerProcess.port(of: try await server.waitForLine(startingWith: "interop-server: listening on"))
    let client = try PeerProcess(try Repository.python, [Repository.neverReadFloodPeer, "\(port)",
                                                         "\(server.processIdentifier)", "100", "8"])
    #expect(try await client.waitForExit(seconds: 120) == 0, "\(client.text)")
    let line = client.text.split(separator: "\n").last(where: { $0.hasPrefix("{") }) ?? ""
    let flood = try JSONDecoder().decode(Flood.self, from: Data(line.utf8))
    print("never-reading client (100 streams x 4 MiB): server peak RSS \(flood.peak_rss_mib) MiB, "
          + "\(flood.after_close_rss_mib) MiB after it left; the client pushed \(flood.sent_mib) MiB")
    #expect(flood.peak_rss_mib < 400, "\(flood)")
    // Given back when the client leaves: an idle server started near 23 MiB and kept 69 MiB of the burst
    // while mimalloc waited for the next allocation to return freed pages (`FreedMemoryRelease`).
    #expect(flood.after_close_rss_mib < 45, "\(flood)")
  }

  @Test(arguments: ["connection", "server"])
  func streamsOverTheBudgetAreRefused(bound: String) async throws {
    var limits = ServerLimits()
    if bound == "connection" {
      limits.maxBufferedBytesPerConnection = 1 << 20
    } else {
      limits.maxBufferedBytesPerServer = 1 << 20
    }
    let scenario = bound == "connection" ? "over_budget" : "over_server_budget"
    try await withEchoServer(limits: limits) { harness in
      let peer = try PeerProcess(try Repository.python, [Repository.h2Peer, "\(harness.address.port)", scenario])
      #expect(try await peer.waitForExit(seconds: 60) == 0, "\(peer.text)")
      let line = peer.text.split(separator: "\n").last(where: { $0.hasPrefix("{") }) ?? ""
      let answer = try JSONDecoder().decode(BadInputTests.Answer.self, from: Data(line.utf8))
      #expect(answer.refused == 1, "\(answer)")
      // The server stopped granting window near the budget: the 3 MiB message could not be sent whole.
      #expect((answer.data_bytes ?? 0) < (3 << 20) - 1, "\(answer)")
      // After the peer left, a well-behaved client is served.
      let (client, channel) = try harness.client()
      defer { channel.close() }
      #expect(try await client.unary(EchoService.unary, request: RawMessage([7])).message.bytes == [7])
    }
  }
}
