import AdapterSupport
import Foundation
import Marketplace
import MarketplaceAdapters
import MeshAnalyticsService
import MeshAuthService
import MeshChatService
import MeshConfig
import MeshContextService
import MeshCore
import MeshGateway
import MeshNLUService
import MeshPostgresTestSupport
import MeshProcessorService
import MeshServiceKit
import MeshTestSupport
import MeshTransport
import Testing

/// The chat page of `mesh/web` in a real browser (Debian's headless Chromium, driven by selenium): served
/// by the gateway's static files over TLS and HTTP/2, signing in through the auth service, talking to the
/// assistant through Connect, with the gateway's JWT check in front of the chat service. Every service is
/// real, on sockets, on one PostgreSQL.
@Suite(.postgresCluster, .serialized) struct WebChatPageTests {
  @Test func aShopperSignsInAndTalksToTheAssistantInChromium() async throws {
    let cluster = try TestCluster.shared
    let group = EventLoopGroup(threads: 2)
    var services: [RunningService] = []
    let marketplace = try await Marketplace.start(
      MarketplaceConfiguration(port: 0, database: cluster.configuration, seed: 11,
                               counts: .init(listings: 800, users: 40, orders: 300)), group: group)
    let adapters = try MarketplaceAdapters.start(AdapterConfiguration(marketplace: MarketplaceClientConfiguration(
      baseURL: "http://127.0.0.1:\(marketplace.address.port)", timeout: .seconds(3))), group: group)
    var gateway: GatewayServer?
    func stop() async {
      await gateway?.shutdown(gracePeriod: .seconds(1))
      for service in services.reversed() { await service.shutdown(gracePeriod: .seconds(1)) }
      await adapters.stop()
      await marketplace.stop()
      group.shutdown()
    }
    do {
      var base = ServiceConfiguration(port: 0, databaseURL: cluster.connectionURL)
      base.threads = 1
      let auth = try await AuthServer.makeProvider(base, pepper: Array("web-test-pepper-of-enough-length".utf8))
      services.append(try RunningService.start(name: "auth", services: [auth.provider], configuration: base, pool: auth.pool))
      for service in [try await NLUServer.start(base), try await ContextServer.start(base), try await AnalyticsServer.start(base)] {
        services.append(service)
      }
      let chat = try await ChatServer.start(base)
      services.append(chat)
      base.dependencies = ["nlu": services[1].target, "context": services[2].target, "analytics": services[3].target]
      for name in ["order", "shipping", "payment", "user", "search"] { base.dependencies[name] = "127.0.0.1:\(adapters.address.port)" }
      base.settings["workers"] = "2"
      services.append(try await ProcessorServer.start(base))

      // A shopper of the marketplace with an order, and a password for them.
      let pool = cluster.pool(max: 1)
      let row = try await pool.execute("SELECT user_id, min(id) FROM marketplace.orders WHERE status = 'paid' GROUP BY user_id ORDER BY user_id LIMIT 1").first
      pool.close()
      let shopper = try #require(try row?.decode(String.self, at: 0))
      let order = try #require(try row?.decode(String.self, at: 1))
      try await auth.provider.setPassword(username: "shopper", password: "correct horse battery", subject: shopper)

      // The gateway, from a mesh file as `mesh serve gateway` reads one.
      let yaml = """
        version: 1
        name: web-test
        gateway:
          web: \(Repository.root.appendingPathComponent("mesh/web").path)
          listeners:
            - name: tls
              address: 127.0.0.1:0
              tls: { certificate: \(Repository.serverCertificate), key: \(Repository.serverKey) }
          routes:
            - match: { service: mesh.chat.v1.ChatService }
              cluster: chat
            - match: { service: mesh.auth.v1.AuthService, method: IssueToken }
              cluster: auth
            - match: { service: mesh.auth.v1.AuthService, method: SignOut }
              cluster: auth
          clusters:
            - { name: chat, endpoints: ["\(chat.target)"] }
            - { name: auth, endpoints: ["\(services[0].target)"] }
          auth:
            cluster: auth
            required: true
            jwt: { issuer: mesh-auth, audience: mesh }
            rules:
              - { prefix: /mesh.auth.v1.AuthService/IssueToken, require: public }
              - { prefix: /mesh.auth.v1.AuthService/SignOut, require: user }
        """
      let check = MeshFileLoader.parse(yaml)
      let file = try #require(check.file, "\(check.problems)")
      let configuration = try GatewayConfiguration(file: file, folder: "/")
      let server = try GatewayServer(configuration: configuration, group: group)
      gateway = server
      let port = try #require(try await server.start()["tls"]).port

      let browser = try PeerProcess(try Repository.python, [
        Repository.root.appendingPathComponent("Tests/MeshWebTests/Peers/web_chat_page.py").path,
        "https://127.0.0.1:\(port)", "shopper", "correct horse battery", order,
      ])
      defer { browser.stop() }
      let status = try await browser.waitForExit(seconds: 240)
      let output = browser.text
      print(output)
      #expect(status == 0, "\(output)")
      #expect(output.contains("SIGNED IN"))
      #expect(output.contains("REPLY: 'Order \(order)"), "\(output)")
      #expect(output.contains("HOSTILE TEXT: shown as text"))
      #expect(output.contains("SIGNED OUT AND IN AGAIN"), "\(output)")
      #expect(output.split(separator: "\n").contains { $0.hasPrefix("CARDS: ") && $0 != "CARDS: 0" }, "\(output)")
      #expect(output.contains("\nOK"))
      // The page's Delete my data button: the shopper's history is gone, and the audit log says so.
      #expect(output.contains("DELETED: Your data was deleted."), "\(output)")
      let afterwards = cluster.pool(max: 1)
      defer { afterwards.close() }
      #expect(try await afterwards.execute("SELECT 1 FROM chat_conversations WHERE user_id = $1", [shopper]).first == nil)
      #expect(try await afterwards.execute("SELECT 1 FROM audit_log WHERE action = 'user.data.delete' AND subject = $1",
                                      ["user/" + shopper]).first != nil)
    } catch {
      await stop()
      throw error
    }
    await stop()
  }
}
