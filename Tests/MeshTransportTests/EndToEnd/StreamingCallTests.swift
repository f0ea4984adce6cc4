import MeshCore
import MeshTransport
import Testing

@Suite("Streaming calls over real sockets")
struct StreamingCallTests {
  @Test func clientStreamingCollectsEveryMessage() async throws {
    try await withEchoServer { harness in
      let (client, channel) = harness.client()
      defer { channel.close() }
      let response = try await client.clientStreaming(EchoService.collect) { writer in
        for index in 0..<100 { try await writer.write(RawMessage([UInt8(index)])) }
      }
      #expect(response.message.bytes == (0..<100).map { UInt8($0) })
    }
  }

  @Test func serverStreamingDeliversInOrder() async throws {
    try await withEchoServer { harness in
      let (client, channel) = harness.client()
      defer { channel.close() }
      let sizes = try await client.serverStreaming(EchoService.expand, request: EchoService.expandRequest(count: 1000, size: 100)) {
        responses in
        var seen: [UInt8] = []
        for try await message in responses {
          #expect(message.bytes.count == 100)
          seen.append(message.bytes[0])
        }
        return seen
      }
      #expect(sizes == (0..<1000).map { UInt8($0 & 0xFF) })
    }
  }

  @Test func bidirectionalPingPong() async throws {
    try await withEchoServer { harness in
      let (client, channel) = harness.client()
      defer { channel.close() }
      let echoed = try await client.bidirectionalStreaming(EchoService.bidi) { writer, responses in
        var iterator = responses.makeAsyncIterator()
        var echoed: [Int] = []
        for size in [1, 10, 100, 1000, 100_000] {
          try await writer.write(RawMessage([UInt8](repeating: 3, count: size)))
          echoed.append(try await iterator.next()?.bytes.count ?? -1)
        }
        try await writer.finish()
        #expect(try await iterator.next() == nil)
        return echoed
      }
      #expect(echoed == [1, 10, 100, 1000, 100_000])
    }
  }

  @Test func slowReaderBackpressuresServerHandler() async throws {
    try await withEchoServer { harness in
      let (client, channel) = harness.client()
      defer { channel.close() }
      // 2,000 messages of 64 KiB = 125 MiB if nothing held the handler back.
      try await client.serverStreaming(EchoService.expand, request: EchoService.expandRequest(count: 2000, size: 64 << 10)) {
        responses in
        var iterator = responses.makeAsyncIterator()
        _ = try await iterator.next()
        try await Task.sleep(for: .milliseconds(500))
        // Windows (1 MiB stream, 8 MiB connection) plus the 256 KiB per-call buffer bound what was written.
        let written = harness.probe.messagesWritten.load(ordering: .relaxed)
        #expect(written < 64, "the handler ran ahead of a client that does not read: \(written) messages")
      }
      #expect(await eventually { harness.probe.cancelledCalls.load(ordering: .relaxed) == 1 })
    }
  }
}
