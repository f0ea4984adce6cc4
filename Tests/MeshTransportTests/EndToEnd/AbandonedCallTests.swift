import Foundation
import MeshCore
import MeshTestSupport
import MeshTransport
import Synchronization
import Testing

/// Calls that end (deadline, client cancel) while their handler has read none of their request and ignores
/// the cancellation (it waits without holding a thread): the request bytes they hold must leave the
/// server's memory budget when the call ends, or a few such calls leave the server refusing every new
/// call, on every connection, for as long as their clients keep the streams open. (Stop 28's stall of a
/// whole server had a second cause no transport can undo: its handler polled `try? await Task.sleep`,
/// which returns at once in a cancelled task, so the handler spun on the loop's thread.)
@Suite("Calls that end while their handler ignores them", .serialized)
struct AbandonedCallTests {
  static let stall = MethodDescriptor(path: "/mesh.test.Stall/Stall")!
  static let echo = MethodDescriptor(path: "/mesh.test.Stall/Echo")!

  /// Where the `Stall` handlers wait until the test opens it: a wait that cancellation does not end (the
  /// handler ignores it) and that holds no thread. What the handlers saw when they went on is counted.
  final class Gate: Sendable {
    private let state = Mutex<(open: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))
    /// Handlers that began waiting.
    let entered = Atomic<Int>(0)
    /// Handlers that read after the opening: the call's end (an error or the request's end) or a message.
    let readEnd = Atomic<Int>(0)
    let readMessage = Atomic<Int>(0)

    func wait() async {
      entered.add(1, ordering: .relaxed)
      await withCheckedContinuation { continuation in
        let resumeNow = state.withLock { state -> Bool in
          if state.open { return true }
          state.waiters.append(continuation)
          return false
        }
        if resumeNow { continuation.resume() }
      }
    }

    func open() {
      let waiters = state.withLock { state in
        state.open = true
        defer { state.waiters = [] }
        return state.waiters
      }
      for waiter in waiters { waiter.resume() }
    }
  }

  /// A server on one loop (the calls and the new connection share it) whose `Stall` handlers wait at the
  /// gate without reading, then read once and end; `Echo` echoes. The gate is opened and the server
  /// stopped when `body` ends, even when it throws.
  private func withStallingServer(limits: ServerLimits,
                                  _ body: (Gate, SocketAddress, EventLoopGroup) async throws -> Void) async throws {
    let group = EventLoopGroup(threads: 1)
    let gate = Gate()
    var configuration = GRPCServer.Configuration(host: "127.0.0.1", port: 0, limits: limits)
    configuration.fallback = { stream, context in
      if context.method.path == Self.echo.path {
        while let message = try? await stream.receive() { try? await stream.send(message, compress: false) }
        return stream.finish(status: .ok, trailers: [])
      }
      await gate.wait()
      // Its call ended long ago: the read gets that end, never the dropped request bytes.
      do {
        if try await stream.receive() != nil {
          gate.readMessage.add(1, ordering: .relaxed)
        } else {
          gate.readEnd.add(1, ordering: .relaxed)
        }
      } catch {
        gate.readEnd.add(1, ordering: .relaxed)
      }
      stream.finish(status: .ok, trailers: [])
    }
    let server = GRPCServer(services: [], configuration: configuration, group: group)
    let address = try server.start()
    let stop: () async -> Void = {
      gate.open()
      await server.shutdown(gracePeriod: .seconds(1))
      group.shutdown()
    }
    do {
      try await body(gate, address, group)
    } catch {
      await stop()
      throw error
    }
    await stop()
  }

  /// An `Echo` call on `channel` within five seconds.
  private func echoes(_ channel: GRPCChannel) async throws -> Status {
    var options = CallOptions()
    options.timeout = .seconds(5)
    let stream = try await channel.openCall(method: Self.echo, metadata: [], options: options)
    try await stream.send([7, 7], compress: false)
    try await stream.closeSending()
    var replies: [[UInt8]] = []
    while let reply = try? await stream.receive() { replies.append(reply) }
    let (status, _) = await stream.finalStatus()
    #expect(status.code != .ok || replies == [[7, 7]])
    return status
  }

  /// The budgets hold what five calls with a 1 MiB window of messages each bring (so none of six is
  /// refused as it starts) and are over once the sixth's has come: left charged, every later call is
  /// refused. Six streams at most: six left half-open leave no room for a seventh on their connection.
  private static var tightLimits: ServerLimits {
    var limits = ServerLimits()
    limits.maxConcurrentStreams = 6
    limits.maxBufferedBytesPerConnection = 11 << 19
    limits.maxBufferedBytesPerServer = 11 << 19
    return limits
  }

  /// The server's deadline ends six calls whose client neither half-closes nor resets them (a raw HTTP/2
  /// peer): their unread request bytes must leave the budget as the status goes out, and the server
  /// resets each stream after its status, so a call on the same connection and one on a new connection
  /// are served.
  @Test func deadlineOfHalfOpenCallsReleasesTheirRequestBytes() async throws {
    try await withStallingServer(limits: Self.tightLimits) { gate, address, group in
      let peer = try PeerProcess(try Repository.python, [Repository.h2Peer, "\(address.port)", "abandoned_calls"])
      #expect(try await peer.waitForExit(seconds: 60) == 0, "\(peer.text)")
      let line = peer.text.split(separator: "\n").last(where: { $0.hasPrefix("{") }) ?? ""
      let answer = try JSONDecoder().decode(BadInputTests.Answer.self, from: Data(line.utf8))
      #expect(answer.data_bytes == 6 << 20, "\(answer)")
      #expect(answer.deadline_exceeded == 6, "\(answer)")
      // Each was reset with NO_ERROR after its status: its slot among the six is free again.
      #expect(answer.resets == [0, 0, 0, 0, 0, 0], "\(answer)")
      #expect(answer.followup_grpc_status == 0, "\(answer)")
      #expect(answer.other_connection_grpc_status == 0, "\(answer)")
      #expect(gate.entered.load(ordering: .relaxed) == 6)
      gate.open()
      #expect(await eventually { gate.readEnd.load(ordering: .relaxed) == 6 })
      #expect(gate.readMessage.load(ordering: .relaxed) == 0)
    }
  }

  /// Clients of this transport end six such calls: by their deadline (the client's RST_STREAM or the
  /// server's status, whichever comes first) or by cancelling. Then the same channel and a new one are
  /// served while the handlers still wait.
  @Test(arguments: ["deadline", "cancel"])
  func endedCallsLeaveTheServerServing(ending: String) async throws {
    try await withStallingServer(limits: Self.tightLimits) { gate, address, group in
      let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
      defer { channel.close() }
      let message = [UInt8](repeating: 5, count: 64 << 10)
      for _ in 0..<6 {
        var options = CallOptions()
        if ending == "deadline" { options.timeout = .milliseconds(500) }
        let stream = try await channel.openCall(method: Self.stall, metadata: [], options: options)
        let sent = Atomic<Int>(0)
        let sender = Task {
          for _ in 0..<32 {
            try await stream.send(message, compress: false)
            sent.add(1, ordering: .relaxed)
          }
        }
        // Until the stream's window (1 MiB, 16 messages) is used up and the sender waits.
        var last = -1
        while sent.load(ordering: .relaxed) != last {
          last = sent.load(ordering: .relaxed)
          try await Task.sleep(for: .milliseconds(100))
        }
        if ending == "cancel" { stream.cancel() }
        while (try? await stream.receive()) != nil {}
        let (status, _) = await stream.finalStatus()
        #expect(status.code == (ending == "cancel" ? .cancelled : .deadlineExceeded), "\(status)")
        sender.cancel()
        _ = await sender.result
      }
      #expect(await eventually { gate.entered.load(ordering: .relaxed) == 6 })
      #expect(try await echoes(channel).code == .ok)
      let other = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
      defer { other.close() }
      #expect(try await echoes(other).code == .ok)
      gate.open()
      #expect(await eventually { gate.readEnd.load(ordering: .relaxed) == 6 })
      #expect(gate.readMessage.load(ordering: .relaxed) == 0)
    }
  }
}
