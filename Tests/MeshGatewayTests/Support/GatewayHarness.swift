import MeshCore
import MeshGateway
import MeshInterop
import MeshTransport

/// A gateway in this process, in front of one upstream: the transport's server with the gateway's
/// fallback route and front, a dispatcher whose every route goes to a channel to the upstream.
final class GatewayHarness: Sendable {
  let group = EventLoopGroup(threads: 2)
  let server: GRPCServer
  let channel: GRPCChannel
  let dispatcher: UpstreamDispatcher
  let port: Int

  /// Starts a gateway.
  /// - Parameters:
  ///   - upstreamPort: where the upstream listens on 127.0.0.1.
  ///   - tls: TLS on both legs (the test certificates; the upstream's name is foo.test.google.fr).
  ///   - routes: the routes; by default everything to the cluster `upstream`.
  ///   - interceptors: the dispatcher's interceptors.
  init(upstreamPort: Int, tls: Bool = false,
       routes: [GatewayRoute] = [GatewayRoute(name: "all", match: RouteMatch(), cluster: "upstream")],
       interceptors: [any ServerInterceptor] = []) throws {
    var channelConfiguration = GRPCChannel.Configuration()
    if tls {
      channelConfiguration.tls = .client(trustRoots: .certificates(.pem(TestCertificates.caPEM)),
                                         serverHostnameOverride: "foo.test.google.fr")
    }
    channel = try GRPCChannel(host: "127.0.0.1", port: upstreamPort, configuration: channelConfiguration, group: group)
    dispatcher = UpstreamDispatcher(UpstreamDispatcher.Snapshot(
      routes: RouteTable(routes), clusters: ["upstream": channel], interceptors: interceptors))
    var configuration = GRPCServer.Configuration(host: "127.0.0.1", port: 0)
    if tls {
      configuration.tls = .server(certificateChain: .pem(TestCertificates.serverCertificatePEM),
                                  privateKey: .pem(TestCertificates.serverKeyPEM))
    }
    configuration.fallback = NativeGRPCFront(filters: [], dispatcher: dispatcher, isSecure: tls).handler
    server = GRPCServer(services: [], configuration: configuration, group: group)
    port = try server.start().port
  }

  func stop() async {
    await server.shutdown(gracePeriod: .seconds(1))
    channel.close()
    group.shutdown()
  }
}

extension GatewayHarness {
  /// Runs `body` with our interop server and a gateway in front of it (TLS on both legs when `tls`), and
  /// stops both afterwards, also when `body` fails.
  static func withInteropUpstream(tls: Bool, _ body: (GatewayHarness) async throws -> Void) async throws {
    try await InteropUpstream.with(tls: tls) { upstream in
      try await withStarted(try GatewayHarness(upstreamPort: upstream.port, tls: tls), stop: { await $0.stop() }, body)
    }
  }
}

/// Our interop server in this process, as an upstream.
final class InteropUpstream: Sendable {
  let group = EventLoopGroup(threads: 1)
  let server: GRPCServer
  let port: Int

  init(tls: Bool = false) throws {
    var configuration = GRPCServer.Configuration(host: "127.0.0.1", port: 0)
    if tls {
      configuration.tls = .server(certificateChain: .pem(TestCertificates.serverCertificatePEM),
                                  privateKey: .pem(TestCertificates.serverKeyPEM))
    }
    server = GRPCServer(services: [TestServiceProvider()], configuration: configuration, group: group)
    port = try server.start().port
  }

  func stop() async {
    await server.shutdown(gracePeriod: .seconds(1))
    group.shutdown()
  }
}

/// Runs our interop client's cases against a gateway (TLS with the test CA when `tls`, as the harness's
/// listener has it); returns one line per failed case.
func interopFailures(gatewayPort port: Int, tls: Bool) async -> [String] {
  let group = EventLoopGroup(threads: 1)
  defer { group.shutdown() }
  var failures: [String] = []
  do {
    var configuration = GRPCChannel.Configuration()
    if tls {
      configuration.tls = .client(trustRoots: .certificates(.pem(TestCertificates.caPEM)),
                                  serverHostnameOverride: "foo.test.google.fr")
    }
    let channel = try GRPCChannel(host: "127.0.0.1", port: port, configuration: configuration, group: group)
    let client = GRPCClient(transport: channel)
    for testCase in InteropTestCase.allCases {
      do {
        try await testCase.run(with: client)
      } catch {
        failures.append("\(testCase.rawValue): \(error)")
      }
    }
    channel.close()
  } catch {
    failures.append("setup: \(error)")
  }
  return failures
}
