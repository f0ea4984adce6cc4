import MeshCore
import MeshTransport
import Testing

/// Large messages over real sockets: requests split across DATA frames and flow-control windows, and
/// responses that leave through the no-copy DATA path (queued as the handler's arrays, copied once
/// into the connection's write buffer), with small ones between them and a reader that lags.
@Suite("Large messages: split requests, no-copy responses")
struct LargeMessageTests {
  /// Bytes that differ from message to message and along each one, so a misplaced or repeated chunk shows.
  private static func pattern(_ size: Int, seed: Int) -> [UInt8] {
    (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ seed &* 7 &+ ($0 >> 13)) }
  }

  @Test("requests around the reassembly buffer's steps arrive whole", arguments: [16_379, 16_380, 65_548, 65_549, 131_073])
  func splitRequestsArriveWhole(size: Int) async throws {
    try await withEchoServer { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      let payload = Self.pattern(size, seed: size)
      let response = try await client.unary(EchoService.unary, request: RawMessage(payload))
      #expect(response.message.bytes == payload)
    }
  }

  @Test("small and large messages on one stream keep their order and bytes")
  func mixedSizesKeepTheirOrder() async throws {
    try await withEchoServer { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      let sizes = [1, 8_191, 8_192, 70_000, 0, 10, 300_000, 5, 1 << 20, 3]
      let messages = sizes.enumerated().map { Self.pattern($0.element, seed: $0.offset) }
      let echoed = try await client.bidirectionalStreaming(EchoService.bidi) { writer, responses in
        // All written before any is read: the server's buffer holds several of each kind at once.
        for message in messages { try await writer.write(RawMessage(message)) }
        try await writer.finish()
        var echoed: [[UInt8]] = []
        for try await response in responses { echoed.append(response.bytes) }
        return echoed
      }
      #expect(echoed.count == messages.count)
      #expect(echoed == messages)
    }
  }

  @Test("a reader that lags gets every large message, intact and in order")
  func aLaggingReaderGetsEveryMessage() async throws {
    try await withEchoServer { harness in
      let (client, channel) = try harness.client()
      defer { channel.close() }
      // 64 KiB + 3: not a whole number of 16 KiB DATA frames, so frames end inside messages.
      let size = (64 << 10) + 3
      let count = 300
      let (received, intact) = try await client.serverStreaming(
        EchoService.expand, request: EchoService.expandRequest(count: count, size: size)
      ) { responses in
        var received = 0
        var intact = true
        for try await message in responses {
          // The handler is held back by the water marks meanwhile; its queued arrays wait, unsent.
          if received == 0 { try await Task.sleep(for: .milliseconds(300)) }
          let expected = UInt8(received & 0xFF)
          if message.bytes.count != size || message.bytes.contains(where: { $0 != expected }) { intact = false }
          received += 1
        }
        return (received, intact)
      }
      #expect(received == count)
      #expect(intact)
    }
  }
}
