import MeshCore
import MeshTransport
import Synchronization
import Testing

/// A unary call's steps run on its connection's loop (`ClientTransport.preferredCallExecutor`), so that
/// none of them is a thread hop to the loop and back.
@Suite("Unary calls on their connection's loop")
struct UnaryCallExecutorTests {
  /// Records, for every step of the calls it sees, whether the step ran on `loop`.
  final class StepRecorder: ClientInterceptor, Sendable {
    let loop: EventLoop
    let steps = Mutex<[(String, Bool)]>([])

    init(loop: EventLoop) { self.loop = loop }

    func record(_ step: String) { steps.withLock { $0.append((step, loop.inLoop)) } }

    func intercept(head: ClientCallHead, next: @Sendable (ClientCallHead) async throws -> any ClientCallStream)
      async throws -> any ClientCallStream
    {
      record("open")
      return RecordingStream(base: try await next(head), recorder: self)
    }
  }

  final class RecordingStream: ForwardingClientCallStream, @unchecked Sendable {
    let recorder: StepRecorder
    init(base: any ClientCallStream, recorder: StepRecorder) {
      self.recorder = recorder
      super.init(base: base)
    }
    override func send(_ message: [UInt8], compress: Bool) async throws {
      recorder.record("send")
      try await super.send(message, compress: compress)
    }
    override func closeSending() async throws {
      recorder.record("close")
      try await super.closeSending()
    }
    override func receive() async throws -> [UInt8]? {
      recorder.record("receive")
      return try await super.receive()
    }
    override func finalStatus() async -> (Status, Metadata) {
      recorder.record("status")
      return await super.finalStatus()
    }
  }

  @Test func aCallFromSwiftsPoolRunsEveryStepOnTheChannelsOnlyLoop() async throws {
    try await withEchoServer { harness in
      let clientGroup = EventLoopGroup(threads: 1)
      defer { clientGroup.shutdown() }
      let channel = try GRPCChannel(host: "127.0.0.1", port: harness.address.port, group: clientGroup)
      defer { channel.close() }
      #expect(channel.preferredCallExecutor as? EventLoop === clientGroup.loops[0])
      let recorder = StepRecorder(loop: clientGroup.loops[0])
      let client = GRPCClient(transport: channel, interceptors: [recorder])
      var metadata = Metadata()
      metadata.addString("kept", forKey: "x-echo")
      for round in 0..<3 {
        let response = try await client.unary(EchoService.unary, request: RawMessage([1, 2, UInt8(round)]), metadata: metadata)
        #expect(response.message.bytes == [1, 2, UInt8(round)])
        #expect(response.initialMetadata.firstString(forKey: "x-echo") == "kept")
        #expect(response.trailingMetadata.firstString(forKey: "x-trailer") == "done")
      }
      let steps = recorder.steps.withLock { $0 }
      #expect(steps.count >= 3 * 5, "\(steps)")
      #expect(steps.allSatisfy { $0.1 }, "steps off the loop: \(steps.filter { !$0.1 })")
      // A failed call still ends with its status, on the loop.
      await #expect(throws: RPCError.self) {
        _ = try await client.unary(EchoService.fail, request: RawMessage(Array("x".utf8)))
      }
      #expect(recorder.steps.withLock { $0 }.allSatisfy { $0.1 })
    }
  }

  @Test func aChannelOverSeveralLoopsPrefersAPickFirstConnectionsLoopOnly() async throws {
    try await withEchoServer { harness in
      var roundRobin = GRPCChannel.Configuration()
      roundRobin.loadBalancing = .roundRobin
      let (client, pickFirst) = try harness.client()
      let (_, balanced) = try harness.client(roundRobin)
      defer {
        pickFirst.close()
        balanced.close()
      }
      _ = try await client.unary(EchoService.unary, request: RawMessage([7]))
      let preferred = try #require(pickFirst.preferredCallExecutor as? EventLoop)
      #expect(harness.group.loops.contains { $0 === preferred })
      #expect(balanced.preferredCallExecutor == nil)
    }
  }
}
