import AdapterSupport
import Foundation
import Marketplace
import MarketplaceAdapters
import MeshAnalyticsService
import MeshAssistantScripts
import MeshChatService
import MeshContextService
import MeshCore
import MeshNLUService
import MeshPostgres
import MeshPostgresTestSupport
import MeshProcessorService
import MeshProtos
import MeshServiceKit
import MeshTransport
import Testing

/// The whole assistant over real sockets and one PostgreSQL, inside the test process: chat → queue →
/// processor → nlu, context, the six adapters → the marketplace (HTTP/1.1) → its tables, running the
/// scripted conversations of `AssistantScripts`. The same scripts run over the real processes of `mesh up`
/// through the gateway in MeshCLITests (`AssistantProcessesTests`); this variant stays because it needs
/// neither the built binary nor the gateway, seeds a small marketplace (a quicker run in the services'
/// own suite), and a failure here points at the services rather than at the processes' wiring.
@Suite(.postgresCluster, .serialized) struct AssistantEndToEndTests {
  final class Stack: Sendable {
    let group: EventLoopGroup
    let marketplace: Marketplace
    let adapters: AdapterServer
    let services: [RunningService]
    let chat: RunningService
    let pool: PostgresPool

    init(group: EventLoopGroup, marketplace: Marketplace, adapters: AdapterServer, services: [RunningService], chat: RunningService,
         pool: PostgresPool) {
      self.group = group
      self.marketplace = marketplace
      self.adapters = adapters
      self.services = services
      self.chat = chat
      self.pool = pool
    }

    static func start() async throws -> Stack {
      let cluster = try TestCluster.shared
      let group = EventLoopGroup(threads: 2)
      let marketplace = try await Marketplace.start(
        MarketplaceConfiguration(port: 0, database: cluster.configuration, seed: 42,
                                 counts: .init(listings: 3_000, users: 300, orders: 4_000)), group: group)
      let adapters = try MarketplaceAdapters.start(AdapterConfiguration(marketplace: MarketplaceClientConfiguration(
        baseURL: "http://127.0.0.1:\(marketplace.address.port)", timeout: .seconds(10))), group: group)
      var base = try ServiceHarness.configuration()
      let nlu = try await NLUServer.start(base)
      let context = try await ContextServer.start(base)
      let analytics = try await AnalyticsServer.start(base)
      let chat = try await ChatServer.start(base)
      base.dependencies = ["nlu": nlu.target, "context": context.target, "analytics": analytics.target]
      for name in ["order", "shipping", "payment", "user", "search"] {
        base.dependencies[name] = "127.0.0.1:\(adapters.address.port)"
      }
      base.settings["workers"] = "2"
      let processor = try await ProcessorServer.start(base)
      return Stack(group: group, marketplace: marketplace, adapters: adapters, services: [nlu, context, analytics, chat, processor],
                   chat: chat, pool: cluster.pool(max: 2))
    }

    func stop() async {
      for service in services.reversed() { await service.shutdown(gracePeriod: .seconds(1)) }
      await adapters.stop()
      await marketplace.stop()
      pool.close()
      group.shutdown()
    }
  }

  @Test func scriptedConversationsAreGroundedInTheMarketplace() async throws {
    let stack = try await Stack.start()
    var passed: [String] = []
    do {
      try await ServiceHarness.withClient(stack.chat) { client in
        let scripts = AssistantScripts(chat: Mesh_Chat_V1_ChatService.Client(wrapping: client),
                                       identity: { CallerIdentity.metadata(for: $0) }, pool: stack.pool)
        try await scripts.run { passed.append($0) }
      }
    } catch {
      print("end-to-end: \(passed.count) conversations passed before the failure: \(passed)")
      await stack.stop()
      throw error
    }
    print("end-to-end: \(passed.count) scripted conversations: \(passed.joined(separator: ", "))")
    await stack.stop()
  }
}
