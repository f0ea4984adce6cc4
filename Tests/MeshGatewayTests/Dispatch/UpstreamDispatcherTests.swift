import MeshCore
import MeshGateway
import MeshInterop
import MeshTestSupport
import MeshTransport
import Testing

/// Native gRPC through the gateway to our interop server, in this process: every call kind, metadata,
/// status, deadlines, cancellation, routing misses and an upstream that is gone.
@Suite("Native gRPC through the upstream dispatcher")
struct UpstreamDispatcherTests {
  @Test("Our interop client's 18 cases through the gateway to our interop server", arguments: [false, true])
  func interopThroughGateway(tls: Bool) async throws {
    try await GatewayHarness.withInteropUpstream(tls: tls) { gateway in
      let failures = await interopFailures(gatewayPort: gateway.port, tls: tls)
      #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }
  }

  @Test("A call no route takes is UNIMPLEMENTED; a cluster that is down is UNAVAILABLE")
  func missesAndUpstreamGone() async throws {
    // Held, not freed: a freed port can be given to another test's server, and the call would reach it.
    let refusing = try RefusingPort()
    defer { refusing.close() }
    let port = refusing.port
    let routes = [GatewayRoute(name: "testing", match: RouteMatch(service: "grpc.testing.TestService"), cluster: "upstream")]
    let gateway = try GatewayHarness(upstreamPort: port, routes: routes)
    let group = EventLoopGroup(threads: 1)
    do {
      let channel = try GRPCChannel(host: "127.0.0.1", port: gateway.port, group: group)
      let unrouted = try await channel.openCall(method: MethodDescriptor(service: "other.Service", method: "Call"),
                                                metadata: [], options: CallOptions(timeout: .seconds(5)))
      try await unrouted.closeSending()
      let (missing, _) = await unrouted.finalStatus()
      #expect(missing.code == .unimplemented)
      #expect(missing.message.contains("No route"))
      let routed = try await channel.openCall(method: MethodDescriptor(service: "grpc.testing.TestService", method: "EmptyCall"),
                                              metadata: [], options: CallOptions(timeout: .seconds(5)))
      try? await routed.send([], compress: false)
      try? await routed.closeSending()
      let (gone, _) = await routed.finalStatus()
      #expect(gone.code == .unavailable, "\(gone)")
      channel.close()
    } catch {
      await gateway.stop()
      group.shutdown()
      throw error
    }
    await gateway.stop()
    group.shutdown()
  }
}
