import MeshCore
import MeshTransport
import Testing

@Suite("Unary calls over real sockets")
struct UnaryCallTests {
  @Test func echoesMessageAndMetadataBothWays() async throws {
    try await withEchoServer { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      var metadata = Metadata()
      metadata.addString("value", forKey: "x-custom")
      metadata.addBinary([0, 0xFF, 0x10], forKey: "x-blob-bin")
      let response = try await client.unary(EchoService.unary, request: RawMessage(Array("hi".utf8)), metadata: metadata)
      #expect(response.message.bytes == Array("hi".utf8))
      #expect(response.initialMetadata.firstString(forKey: "x-custom") == "value")
      #expect(response.initialMetadata.firstBinary(forKey: "x-blob-bin") == [0, 0xFF, 0x10])
      #expect(response.trailingMetadata.firstString(forKey: "x-trailer") == "done")
    }
  }

  @Test func errorCarriesStatusMessageAndTrailers() async throws {
    try await withEchoServer { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      let error = await #expect(throws: RPCError.self) {
        _ = try await client.unary(EchoService.fail, request: RawMessage(Array("100% ünïcode\n".utf8)))
      }
      #expect(error?.code == .failedPrecondition)
      #expect(error?.message == "bad: 100% ünïcode\n")
      #expect(error?.metadata.firstBinary(forKey: "x-detail-bin") == [0, 1, 2, 255])
    }
  }

  @Test(arguments: ["/mesh.test.Echo/Missing", "/mesh.test.Nowhere/Unary"])
  func unknownMethodOrServiceIsUnimplemented(path: String) async throws {
    try await withEchoServer { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      let method = RPCMethod<RawMessage, RawMessage>(MethodDescriptor(path: path)!, kind: .unary)
      let error = await #expect(throws: RPCError.self) { _ = try await client.unary(method, request: RawMessage([])) }
      #expect(error?.code == .unimplemented)
    }
  }

  @Test func deadlineExceededEndsCallAndCancelsHandler() async throws {
    try await withEchoServer { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      let error = await #expect(throws: RPCError.self) {
        _ = try await client.unary(EchoService.sleep, request: RawMessage([1]), options: CallOptions(timeout: .seconds(3)))
      }
      #expect(error?.code == .deadlineExceeded)
      // A handler that started (on a loaded machine it may not have, within the deadline) was cancelled
      // when the deadline passed; the server's own deadline timer did it, not a client reset alone.
      let started = harness.probe.calls.load(ordering: .relaxed)
      #expect(await eventually { harness.probe.cancelledCalls.load(ordering: .relaxed) == started })
    }
  }

  @Test func clientCancellationReachesServerHandler() async throws {
    try await withEchoServer { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      let call = Task { try await client.unary(EchoService.sleep, request: RawMessage([1])) }
      #expect(await eventually { harness.probe.calls.load(ordering: .relaxed) == 1 })
      call.cancel()
      let result = await call.result
      #expect(throws: (any Error).self) { try result.get() }
      #expect(await eventually { harness.probe.cancelledCalls.load(ordering: .relaxed) == 1 })
    }
  }

  @Test(arguments: [CompressionAlgorithm.gzip, .deflate])
  func compressedRequestsAndResponses(algorithm: CompressionAlgorithm) async throws {
    try await withEchoServer { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      let payload = [UInt8](repeating: 0x61, count: 100_000)
      var metadata = Metadata()
      metadata.addString("1", forKey: "x-compress")
      let response = try await client.unary(EchoService.unary, request: RawMessage(payload), metadata: metadata,
                                            options: CallOptions(compression: algorithm))
      #expect(response.message.bytes == payload)
    }
  }

  @Test func messageOverTheServerLimitIsResourceExhausted() async throws {
    var limits = ServerLimits()
    limits.maxRequestMessageBytes = 1024
    try await withEchoServer(limits: limits) { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      let error = await #expect(throws: RPCError.self) {
        _ = try await client.unary(EchoService.unary, request: RawMessage([UInt8](repeating: 1, count: 2048)))
      }
      #expect(error?.code == .resourceExhausted)
      // The connection keeps serving.
      let ok = try await client.unary(EchoService.unary, request: RawMessage([UInt8](repeating: 1, count: 1000)))
      #expect(ok.message.bytes.count == 1000)
    }
  }

  @Test func responseOverTheClientLimitIsResourceExhausted() async throws {
    try await withEchoServer { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      let error = await #expect(throws: RPCError.self) {
        _ = try await client.unary(EchoService.unary, request: RawMessage([UInt8](repeating: 1, count: 4096)),
                                   options: CallOptions(maxResponseMessageBytes: 1024))
      }
      #expect(error?.code == .resourceExhausted)
    }
  }

  @Test func largeMessagesCrossFlowControlWindows() async throws {
    try await withEchoServer { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      let payload = (0..<(3 << 20)).map { UInt8(truncatingIfNeeded: $0 &* 31) }
      let response = try await client.unary(EchoService.unary, request: RawMessage(payload))
      #expect(response.message.bytes == payload)
    }
  }

  @Test func manyConcurrentCallsOnOneConnection() async throws {
    try await withEchoServer { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      let total = try await withThrowingTaskGroup(of: Int.self) { group in
        for index in 0..<300 {
          group.addTask {
            let bytes = [UInt8](repeating: UInt8(index % 256), count: index)
            let response = try await client.unary(EchoService.unary, request: RawMessage(bytes))
            return response.message.bytes == bytes ? 1 : 0
          }
        }
        return try await group.reduce(0, +)
      }
      #expect(total == 300)
    }
  }

  @Test func concurrentStreamsStayWithinTheServersLimit() async throws {
    var limits = ServerLimits()
    limits.maxConcurrentStreams = 3
    try await withEchoServer(limits: limits) { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      let done = try await withThrowingTaskGroup(of: Int.self) { group in
        for _ in 0..<20 {
          group.addTask { try await client.unary(EchoService.hold, request: RawMessage([1])).message.bytes.count }
        }
        return try await group.reduce(0, +)
      }
      // Every call completed; the client queued what the server's SETTINGS did not allow at once.
      #expect(done == 20)
      #expect(harness.probe.maxInFlight.load(ordering: .relaxed) <= 3)
    }
  }
}
