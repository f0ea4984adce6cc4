import MeshCore
import Testing

@Suite("In-memory transport: calls of every kind without sockets")
struct InMemoryTransportTests {
  let log = CallLog()
  var client: GRPCClient { GRPCClient(transport: InMemoryTransport(services: [RawEchoService(log: log)])) }

  @Test func unaryEchoesMessageMetadataAndTrailers() async throws {
    let response = try await client.unary(RawEchoService.unary, request: RawMessage([1, 2, 3]),
                                          metadata: [("x-custom", "value")])
    #expect(response.message.bytes == [1, 2, 3])
    #expect(response.initialMetadata.firstString(forKey: "x-custom") == "value")
    #expect(response.trailingMetadata.firstString(forKey: "x-trailer") == "done")
  }

  @Test func handlerErrorCarriesStatusAndTrailers() async throws {
    let error = await #expect(throws: RPCError.self) {
      _ = try await client.unary(RawEchoService.fail, request: RawMessage(Array("no".utf8)))
    }
    #expect(error?.code == .failedPrecondition)
    #expect(error?.message == "bad: no")
    #expect(error?.metadata.firstString(forKey: "x-detail") == "why")
  }

  @Test func unknownMethodAndServiceAreUnimplemented() async throws {
    let missing = RPCMethod<RawMessage, RawMessage>(MethodDescriptor(service: "mesh.test.Echo", method: "Nope"), kind: .unary)
    let error = await #expect(throws: RPCError.self) { _ = try await client.unary(missing, request: RawMessage([])) }
    #expect(error?.code == .unimplemented)
    #expect(error?.message == "Method not found: /mesh.test.Echo/Nope")
    let other = RPCMethod<RawMessage, RawMessage>(MethodDescriptor(service: "mesh.test.Other", method: "X"), kind: .unary)
    let second = await #expect(throws: RPCError.self) { _ = try await client.unary(other, request: RawMessage([])) }
    #expect(second?.message == "Service not found: mesh.test.Other")
  }

  @Test func clientStreamingCollectsEveryMessage() async throws {
    let response = try await client.clientStreaming(RawEchoService.collect) { writer in
      for index in 0..<100 { try await writer.write(RawMessage([UInt8(index)])) }
    }
    #expect(response.message.bytes == (0..<100).map { UInt8($0) })
  }

  @Test func serverStreamingDeliversInOrder() async throws {
    let seen = try await client.serverStreaming(RawEchoService.expand, request: RawMessage([100])) { responses in
      var seen: [UInt8] = []
      for try await message in responses { seen += message.bytes }
      return seen
    }
    #expect(seen == (0..<1000).map { UInt8($0 & 0xFF) })
  }

  @Test func bidirectionalPingPong() async throws {
    let echoed = try await client.bidirectionalStreaming(RawEchoService.bidi) { writer, responses in
      var iterator = responses.makeAsyncIterator()
      var echoed: [Int] = []
      for size in [1, 10, 100, 1000] {
        try await writer.write(RawMessage([UInt8](repeating: 7, count: size)))
        echoed.append(try await iterator.next()?.bytes.count ?? -1)
      }
      try await writer.finish()
      #expect(try await iterator.next() == nil)
      return echoed
    }
    #expect(echoed == [1, 10, 100, 1000])
  }

  @Test func slowReaderHoldsTheHandlerBack() async throws {
    try await client.serverStreaming(RawEchoService.expand, request: RawMessage([100])) { responses in
      var iterator = responses.makeAsyncIterator()
      _ = try await iterator.next()
      // Give the handler time to run ahead: the queue must stop it near its capacity, not at 1,000.
      try await Task.sleep(for: .milliseconds(200))
      #expect(log.messagesWritten.load(ordering: .relaxed) <= InMemoryTestBounds.queueCapacity + 2)
    }
    // Returning early cancelled the call: the handler's pending write fails and it stops.
    #expect(await eventually { log.cancelledCalls.load(ordering: .relaxed) == 1 })
    #expect(log.messagesWritten.load(ordering: .relaxed) < 1000)
  }

  @Test func deadlineEndsTheCallAndCancelsTheHandler() async throws {
    let error = await #expect(throws: RPCError.self) {
      _ = try await client.unary(RawEchoService.sleep, request: RawMessage([]),
                                 options: CallOptions(timeout: .milliseconds(50)))
    }
    #expect(error?.code == .deadlineExceeded)
    #expect(await eventually { log.cancelledCalls.load(ordering: .relaxed) == 1 })
  }

  @Test func cancellingTheClientTaskCancelsTheHandler() async throws {
    let client = self.client
    let call = Task {
      try await client.unary(RawEchoService.sleep, request: RawMessage([]))
    }
    #expect(await eventually { log.calls.load(ordering: .relaxed) == 1 })
    call.cancel()
    let error = await #expect(throws: RPCError.self) { _ = try await call.value }
    #expect(error?.code == .cancelled)
    #expect(await eventually { log.cancelledCalls.load(ordering: .relaxed) == 1 })
  }

  @Test func cancellingABidirectionalCallFailsTheHandlersRead() async throws {
    let transport = InMemoryTransport(services: [RawEchoService(log: log)])
    let stream = try await transport.openCall(method: RawEchoService.bidi.descriptor, metadata: [], options: .defaults)
    try await stream.send([1], compress: false)
    #expect(try await stream.receive() == [1])
    stream.cancel()
    #expect(await stream.finalStatus().0.code == .cancelled)
    #expect(await eventually { log.cancelledCalls.load(ordering: .relaxed) == 1 })
    await #expect(throws: RPCError.self) { try await stream.send([2], compress: false) }
  }

  @Test func oversizedMessagesAreRefusedBothWays() async throws {
    let error = await #expect(throws: RPCError.self) {
      _ = try await client.unary(RawEchoService.unary, request: RawMessage([UInt8](repeating: 0, count: 100)),
                                 options: CallOptions(maxRequestMessageBytes: 10))
    }
    #expect(error?.code == .resourceExhausted)
    let response = await #expect(throws: RPCError.self) {
      _ = try await client.unary(RawEchoService.unary, request: RawMessage([UInt8](repeating: 0, count: 100)),
                                 options: CallOptions(maxResponseMessageBytes: 10))
    }
    #expect(response?.code == .resourceExhausted)
  }
}

/// The in-memory queue's capacity as the tests rely on it (`InMemoryCall.queueCapacity`).
enum InMemoryTestBounds {
  static let queueCapacity = 16
}
