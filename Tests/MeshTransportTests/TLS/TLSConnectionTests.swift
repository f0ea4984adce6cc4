import MeshCore
@testable import MeshTransport
import Testing

/// TLS as `HTTP2Connection` drives it (`receiveCiphertext` on reads, `flushNow` on writes), over real
/// sockets with our server and our channel: the handshake on the first flush, records cut by the
/// socket, messages larger than a record and than a read, many small ones, both ways.
@Suite("TLS through the connection, over real sockets")
struct TLSConnectionTests {
  private func withTLSServer(_ body: (GRPCClient) async throws -> Void) async throws {
    let group = EventLoopGroup(threads: 2)
    defer { group.shutdown() }
    let probe = EchoService.Probe()
    let server = GRPCServer(services: [EchoService(probe: probe)],
                            configuration: .init(host: "127.0.0.1", port: 0, tls: TestCredentials.server()), group: group)
    let address = try server.start()
    var configuration = GRPCChannel.Configuration()
    configuration.tls = TestCredentials.client(override: "foo.test.google.fr")
    let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, configuration: configuration, group: group)
    do {
      try await body(GRPCClient(transport: channel))
    } catch {
      channel.close()
      await server.shutdown(gracePeriod: .seconds(1))
      throw error
    }
    channel.close()
    await server.shutdown(gracePeriod: .seconds(1))
  }

  @Test func largeMessagesCrossRecordsAndReadsBothWays() async throws {
    try await withTLSServer { client in
      let echoed = try await client.bidirectionalStreaming(EchoService.bidi) { writer, responses in
        var iterator = responses.makeAsyncIterator()
        var sizes: [Int] = []
        for size in [1, 16_383, 16_385, 100_000, 1 << 20, 3 << 20] {
          let message = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
          try await writer.write(RawMessage(message))
          let back = try await iterator.next()
          #expect(back?.bytes == message)
          sizes.append(back?.bytes.count ?? -1)
        }
        try await writer.finish()
        return sizes
      }
      #expect(echoed == [1, 16_383, 16_385, 100_000, 1 << 20, 3 << 20])
    }
  }

  @Test func manySmallMessagesAndConcurrentCalls() async throws {
    try await withTLSServer { client in
      let count = try await client.serverStreaming(EchoService.expand, request: EchoService.expandRequest(count: 2000, size: 10)) {
        responses in
        var count = 0
        for try await _ in responses { count += 1 }
        return count
      }
      #expect(count == 2000)
      try await withThrowingTaskGroup(of: [UInt8].self) { group in
        for index in 0..<50 {
          group.addTask { try await client.unary(EchoService.unary, request: RawMessage([UInt8(index)])).message.bytes }
        }
        var seen = Set<UInt8>()
        for try await bytes in group { seen.formUnion(bytes) }
        #expect(seen.count == 50)
      }
    }
  }
}
