import MeshCore
import MeshTransport
import Testing

/// Header blocks nghttp2 cannot send (over its 64 KiB bound) end the call with INTERNAL at once: before,
/// the frame was dropped and the stream stayed open until the client's deadline.
@Suite("Headers nghttp2 cannot send")
struct UnsendableHeadersTests {
  /// Methods whose response metadata is too large to send.
  struct LargeMetadataService: RegistrableRPCService {
    static let largeTrailers = RPCMethod<RawMessage, RawMessage>(MethodDescriptor(service: "mesh.test.Large", method: "Trailers"),
                                                                 kind: .unary)
    static let largeHeaders = RPCMethod<RawMessage, RawMessage>(MethodDescriptor(service: "mesh.test.Large", method: "Headers"),
                                                                kind: .unary)
    static var large: Metadata {
      var metadata = Metadata()
      metadata.addString(String(repeating: "x", count: 100 << 10), forKey: "x-large")
      return metadata
    }

    func registerMethods(with router: inout RPCRouter) {
      router.registerUnary(Self.largeTrailers) { request, context in
        context.trailingResponseMetadata = Self.large
        return request
      }
      router.registerUnary(Self.largeHeaders) { request, context in
        context.initialResponseMetadata = Self.large
        return request
      }
    }
  }

  private func withServer(_ body: (GRPCClient) async throws -> Void) async throws {
    let group = EventLoopGroup(threads: 1)
    let server = GRPCServer(services: [LargeMetadataService(), EchoService()],
                            configuration: .init(host: "127.0.0.1", port: 0), group: group)
    let address = try server.start()
    let channel = try GRPCChannel(host: "127.0.0.1", port: address.port, group: group)
    do {
      try await body(GRPCClient(transport: channel))
    } catch {
      channel.close()
      await server.shutdown(gracePeriod: .seconds(1))
      group.shutdown()
      throw error
    }
    channel.close()
    await server.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
  }

  /// The call's status code, with a deadline far longer than the answer needs: before the fix, the
  /// call waited for it and ended DEADLINE_EXCEEDED.
  private func code(_ client: GRPCClient, _ method: RPCMethod<RawMessage, RawMessage>, metadata: Metadata = [])
    async -> Status.Code?
  {
    do {
      _ = try await client.unary(method, request: RawMessage([1]), metadata: metadata,
                                 options: CallOptions(timeout: .seconds(60)))
      return .ok
    } catch let error as RPCError {
      return error.code
    } catch {
      return nil
    }
  }

  @Test func trailersTooLargeToSendResetTheStreamWithInternal() async throws {
    try await withServer { client in
      #expect(await code(client, LargeMetadataService.largeTrailers) == .internal)
      // The connection goes on serving.
      let echoed = try await client.unary(EchoService.unary, request: RawMessage([2]))
      #expect(echoed.message.bytes == [2])
    }
  }

  @Test func responseHeadersTooLargeToSendResetTheStreamWithInternal() async throws {
    try await withServer { client in
      #expect(await code(client, LargeMetadataService.largeHeaders) == .internal)
      let echoed = try await client.unary(EchoService.unary, request: RawMessage([3]))
      #expect(echoed.message.bytes == [3])
    }
  }

  @Test func requestHeadersTooLargeToSendFailWithInternalNotUnavailable() async throws {
    try await withServer { client in
      #expect(await code(client, EchoService.unary, metadata: LargeMetadataService.large) == .internal)
      let echoed = try await client.unary(EchoService.unary, request: RawMessage([4]))
      #expect(echoed.message.bytes == [4])
    }
  }
}
