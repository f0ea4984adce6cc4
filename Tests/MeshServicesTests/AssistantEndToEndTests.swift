import AdapterSupport
import Foundation
import Marketplace
import MarketplaceAdapters
import MeshAnalyticsService
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

/// The whole assistant over real sockets and one PostgreSQL: chat → queue → processor → nlu, context,
/// the six adapters → the marketplace (HTTP/1.1) → its tables. Every reply is checked against the
/// marketplace's own rows, read with SQL.
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
        MarketplaceConfiguration(port: 0, database: cluster.embedded.configuration, seed: 42,
                                 counts: .init(listings: 3_000, users: 300, orders: 4_000)), group: group)
      let adapters = try MarketplaceAdapters.start(AdapterConfiguration(marketplace: MarketplaceClientConfiguration(
        baseURL: "http://127.0.0.1:\(marketplace.address.port)", timeout: .seconds(3))), group: group)
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

    func value<T: PostgresDecodable>(_ sql: String, _ parameters: [any PostgresEncodable] = [], as type: T.Type = T.self) async throws -> T {
      guard let row = try await pool.execute(sql, parameters).first else { throw PostgresError.invalidArgument("no row: \(sql)") }
      return try row.decode(T.self, at: 0)
    }
  }

  /// One user's conversation with the assistant.
  struct Conversation {
    let chat: Mesh_Chat_V1_ChatService.Client
    let user: String
    var id = ""
    var turn = 0
    let nonce = UUID().uuidString

    mutating func say(_ text: String) async throws -> Mesh_Chat_V1_ChatMessage {
      turn += 1
      var request = Mesh_Chat_V1_SendMessageRequest()
      request.text = text
      request.conversationID = id
      // Unique per message, as real clients make them (a UUID): the chat service finds a retried first
      // message by its id across the user's conversations.
      request.clientMessageID = "\(nonce)-t\(turn)"
      let response = try await chat.sendMessage(request, metadata: CallerIdentity.metadata(for: user),
                                                options: CallOptions(timeout: .seconds(20)))
      if id.isEmpty { id = response.echoed?.conversationID ?? "" }
      return try #require(response.reply)
    }
  }

  static func euros(_ cents: Int64) -> String { "€\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }

  @Test func scriptedConversationsAreGroundedInTheMarketplace() async throws {
    let stack = try await Stack.start()
    var passed: [String] = []
    do {
      try await ServiceHarness.withClient(stack.chat) { client in
        let chat = Mesh_Chat_V1_ChatService.Client(wrapping: client)
        let orders = "SELECT id, user_id, total_cents FROM marketplace.orders WHERE status = $1 ORDER BY id LIMIT 1 OFFSET $2"
        func order(_ status: String, _ offset: Int = 0) async throws -> (id: String, user: String, total: Int64) {
          guard let row = try await stack.pool.execute(orders, [status, offset]).first else { throw PostgresError.invalidArgument("no \(status) order") }
          return (try row.decode(String.self, at: 0), try row.decode(String.self, at: 1), try row.decode(Int64.self, at: 2))
        }

        // 1. Order status with the number.
        let paid = try await order("paid")
        var c = Conversation(chat: chat, user: paid.user)
        var reply = try await c.say("where is my order \(paid.id)?")
        #expect(reply.text.contains("Order \(paid.id)") && reply.text.contains("is paid, being prepared"), "\(reply.text)")
        #expect(reply.text.contains("Total: \(Self.euros(paid.total))"), "\(reply.text)")
        passed.append("status with number")

        // 2. Order status without the number, then "the first one".
        c = Conversation(chat: chat, user: paid.user)
        reply = try await c.say("where is my order?")
        #expect(reply.text.hasPrefix("Which order do you mean?"), "\(reply.text)")
        let offered = reply.quickReplies.options
        #expect(!offered.isEmpty)
        for id in offered {
          #expect(try await stack.value("SELECT user_id FROM marketplace.orders WHERE id = $1", [id], as: String.self) == paid.user)
        }
        reply = try await c.say("the first one")
        let firstStatus = try await stack.value("SELECT status FROM marketplace.orders WHERE id = $1", [offered.first ?? ""], as: String.self)
        #expect(reply.text.hasPrefix("Order \(offered.first ?? "?")"), "\(reply.text)")
        #expect(reply.text.contains(firstStatus == "pending_payment" ? "awaiting payment" : firstStatus.prefix(4)), "\(reply.text)")
        passed.append("status without number")

        // 3. Tracking a shipped order.
        let shipped = try await order("shipped")
        c = Conversation(chat: chat, user: shipped.user)
        reply = try await c.say("track my parcel for order \(shipped.id)")
        let tracking = try await stack.value("SELECT tracking_number FROM marketplace.shipments WHERE order_id = $1", [shipped.id], as: String.self)
        let carrier = try await stack.value("SELECT carrier FROM marketplace.shipments WHERE order_id = $1", [shipped.id], as: String.self)
        #expect(reply.text.contains(tracking) && reply.text.contains(carrier), "\(reply.text)")
        passed.append("tracking")

        // 4. Cancel with confirmation.
        let cancellable = try await order("paid", 1)
        c = Conversation(chat: chat, user: cancellable.user)
        reply = try await c.say("please cancel order \(cancellable.id)")
        #expect(reply.text.hasPrefix("Do you want me to cancel order \(cancellable.id)"), "\(reply.text)")
        #expect(try await stack.value("SELECT status FROM marketplace.orders WHERE id = $1", [cancellable.id], as: String.self) == "paid")
        reply = try await c.say("yes")
        #expect(reply.text.hasPrefix("Order \(cancellable.id) is cancelled."), "\(reply.text)")
        #expect(try await stack.value("SELECT status FROM marketplace.orders WHERE id = $1", [cancellable.id], as: String.self) == "cancelled")
        passed.append("cancel confirmed")

        // 5. Cancel refused after shipping.
        c = Conversation(chat: chat, user: shipped.user)
        reply = try await c.say("cancel order \(shipped.id)")
        #expect(reply.text == "Order \(shipped.id) can't be cancelled: it has already shipped. Once it is delivered you can return it.",
                "\(reply.text)")
        #expect(try await stack.value("SELECT status FROM marketplace.orders WHERE id = $1", [shipped.id], as: String.self) == "shipped")
        passed.append("cancel refused after shipping")

        // 6. Cancel declined.
        let kept = try await order("paid", 2)
        c = Conversation(chat: chat, user: kept.user)
        _ = try await c.say("cancel order \(kept.id)")
        reply = try await c.say("no, keep it")
        #expect(reply.text == "OK, I won't change anything on order \(kept.id).", "\(reply.text)")
        #expect(try await stack.value("SELECT status FROM marketplace.orders WHERE id = $1", [kept.id], as: String.self) == "paid")
        passed.append("cancel declined")

        // 7. Address change.
        let moving = try await order("paid", 3)
        c = Conversation(chat: chat, user: moving.user)
        reply = try await c.say("I need to change the delivery address of order \(moving.id)")
        #expect(reply.text == "What is the new delivery address?", "\(reply.text)")
        reply = try await c.say("5 Main Street, 10115 Berlin, DE")
        #expect(reply.text.hasPrefix("Do you want order \(moving.id)") && reply.text.hasSuffix("delivered to 5 Main Street, 10115 Berlin, DE?"),
                "\(reply.text)")
        reply = try await c.say("yes")
        #expect(reply.text.hasPrefix("Done: order \(moving.id) will now be delivered to 5 Main Street, 10115 Berlin"), "\(reply.text)")
        #expect(try await stack.value("SELECT ship_city FROM marketplace.orders WHERE id = $1", [moving.id], as: String.self) == "Berlin")
        passed.append("address change")

        // 8. Return and refund of a delivered order inside the window.
        let deliveredRow = try await stack.pool.execute("""
          SELECT id, user_id FROM marketplace.orders WHERE status = 'delivered' AND delivered_at > now() - interval '20 days' ORDER BY id LIMIT 1
          """).first
        if let deliveredRow {
          let id = try deliveredRow.decode(String.self, at: 0)
          c = Conversation(chat: chat, user: try deliveredRow.decode(String.self, at: 1))
          reply = try await c.say("I want to return order \(id) and get a refund")
          #expect(reply.text.hasPrefix("Do you want to return order \(id)"), "\(reply.text)")
          reply = try await c.say("yes")
          #expect(reply.text.hasPrefix("Return ") && reply.text.contains("is open for order \(id)"), "\(reply.text)")
          let refunded = try await stack.value("SELECT refunded_cents FROM marketplace.payments WHERE order_id = $1", [id], as: Int64.self)
          #expect(reply.text.contains("Refund: \(Self.euros(refunded))"), "\(reply.text)")
          passed.append("return and refund")
        }

        // 9-11. Search with filters, then "cheaper ones", then "in blue".
        c = Conversation(chat: chat, user: paid.user)
        reply = try await c.say("show me black shoes under 150 euros")
        var cards = reply.carousel.listings
        #expect(!cards.isEmpty, "\(reply.text)")
        for card in cards {
          #expect(try await stack.value("SELECT price_cents FROM marketplace.listings WHERE id = $1", [card.listingID], as: Int64.self) <= 15_000)
          #expect(try await stack.value("SELECT colour FROM marketplace.listings WHERE id = $1", [card.listingID], as: String.self) == "black")
        }
        passed.append("search with filters")
        let cheapest = try cards.map { try #require($0.price).units * 100 + Int64(try #require($0.price).nanos / 10_000_000) }.min() ?? 0
        reply = try await c.say("cheaper ones")
        cards = reply.carousel.listings
        for card in cards {
          #expect(try await stack.value("SELECT price_cents FROM marketplace.listings WHERE id = $1", [card.listingID], as: Int64.self) < cheapest)
        }
        #expect(!cards.isEmpty || reply.text.hasPrefix("I found no"), "\(reply.text)")
        passed.append("search cheaper")
        reply = try await c.say("in blue")
        for card in reply.carousel.listings {
          #expect(try await stack.value("SELECT colour FROM marketplace.listings WHERE id = $1", [card.listingID], as: String.self) == "blue")
        }
        #expect(reply.text.contains("in blue"), "\(reply.text)")
        passed.append("search in blue")

        // 12. Payment question.
        let payment = try await stack.pool.execute("""
          SELECT o.id, o.user_id, p.amount_cents, p.card_brand, p.card_last4 FROM marketplace.orders o JOIN marketplace.payments p ON p.order_id = o.id
          WHERE p.status = 'captured' AND p.method = 'card' ORDER BY o.id LIMIT 1
          """).first
        if let payment {
          let id = try payment.decode(String.self, at: 0)
          c = Conversation(chat: chat, user: try payment.decode(String.self, at: 1))
          reply = try await c.say("was I charged for order \(id)?")
          let expected = "The payment for order \(id) is captured: \(Self.euros(try payment.decode(Int64.self, at: 2))) by "
            + "\(try payment.decode(String.self, at: 3)) ending \(try payment.decode(String.self, at: 4))."
          #expect(reply.text == expected, "\(reply.text)")
          passed.append("payment")
        }

        // 13. Account.
        c = Conversation(chat: chat, user: paid.user)
        reply = try await c.say("show me my account details")
        let name = try await stack.value("SELECT display_name FROM marketplace.users WHERE id = $1", [paid.user], as: String.self)
        let email = try await stack.value("SELECT email FROM marketplace.users WHERE id = $1", [paid.user], as: String.self)
        #expect(reply.text.hasPrefix("You're signed in as \(name) (\(email))"), "\(reply.text)")
        passed.append("account")

        // 14. Handoff.
        reply = try await c.say("I want to talk to a human agent")
        #expect(reply.text.contains("I've passed this conversation to a person (ticket T-"), "\(reply.text)")
        passed.append("handoff")

        // 15. Out of scope.
        reply = try await c.say("what's the weather like in Paris tomorrow?")
        #expect(reply.text.hasPrefix("I can only help with shopping here") || reply.text.contains("talk to a person"), "\(reply.text)")
        passed.append("out of scope")

        // 16. Topic switch mid-slot.
        c = Conversation(chat: chat, user: paid.user)
        reply = try await c.say("I want to cancel my order")
        #expect(reply.text.hasPrefix("Which order"), "\(reply.text)")
        reply = try await c.say("actually, show me red dresses")
        #expect(reply.text.hasPrefix("Here is what I found") || reply.text.hasPrefix("I found no"), "\(reply.text)")
        passed.append("topic switch")

        // 17. Another user's order: refused, nothing leaked.
        let foreign = try await order("delivered")
        let stranger = foreign.user == "U00001" ? "U00002" : "U00001"
        c = Conversation(chat: chat, user: stranger)
        reply = try await c.say("where is my order \(foreign.id)?")
        #expect(reply.text.hasPrefix("I couldn't find that order on your account"), "\(reply.text)")
        #expect(!reply.text.contains(Self.euros(foreign.total)))
        passed.append("another user's order")

        // 18-19. Greeting and thanks.
        reply = try await c.say("hello")
        #expect(reply.text.hasPrefix("Hello!"), "\(reply.text)")
        reply = try await c.say("thanks")
        #expect(reply.text == "You're welcome! Anything else I can help with?", "\(reply.text)")
        passed.append("greeting and thanks")

        // 20. Return asked for an order that has not shipped: cancel is offered instead.
        let early = try await order("paid", 4)
        c = Conversation(chat: chat, user: early.user)
        reply = try await c.say("I want to return order \(early.id)")
        #expect(reply.text.contains("has not shipped yet") && reply.quickReplies.options == ["Cancel it"], "\(reply.text)")
        passed.append("return before shipping")

        // 21. Cancel asked for a delivered order: refused with a return offered; the quick reply opens the return.
        let delivered = try await order("delivered", 1)
        do {
          let id = delivered.id
          c = Conversation(chat: chat, user: delivered.user)
          reply = try await c.say("cancel order \(id)")
          #expect(reply.text == "Order \(id) can't be cancelled: it has already been delivered. You can return it instead.", "\(reply.text)")
          #expect(reply.quickReplies.options == ["Return it"])
          passed.append("cancel refused after delivery")
        }

        // 22. Address change of a shipped order: refused, the order untouched.
        let city = try await stack.value("SELECT ship_city FROM marketplace.orders WHERE id = $1", [shipped.id], as: String.self)
        c = Conversation(chat: chat, user: shipped.user)
        reply = try await c.say("please change the delivery address for order \(shipped.id)")
        #expect(reply.text == "The address of order \(shipped.id) can't be changed: it is shipped.", "\(reply.text)")
        #expect(try await stack.value("SELECT ship_city FROM marketplace.orders WHERE id = $1", [shipped.id], as: String.self) == city)
        passed.append("address change refused after shipping")

        // 23. Return of an order still on its way, then its quick reply "Track it".
        c = Conversation(chat: chat, user: shipped.user)
        reply = try await c.say("I want to return order \(shipped.id)")
        #expect(reply.text == "Order \(shipped.id) is still on its way; you can return it once it is delivered.", "\(reply.text)")
        #expect(reply.quickReplies.options == ["Track it"])
        reply = try await c.say("Track it")
        #expect(reply.text.contains(tracking) && reply.text.contains(carrier), "\(reply.text)")
        passed.append("return before delivery, then track")

        // 24. Cancel of an order that is already cancelled.
        let gone = try await order("cancelled")
        c = Conversation(chat: chat, user: gone.user)
        reply = try await c.say("cancel my order \(gone.id)")
        #expect(reply.text == "Order \(gone.id) can't be cancelled: it is already cancelled.", "\(reply.text)")
        passed.append("cancel of a cancelled order")

        // 25. Status, then "cancel it" about the order in focus (no number repeated), then confirmed.
        let focused = try await order("paid", 5)
        c = Conversation(chat: chat, user: focused.user)
        reply = try await c.say("what's the status of order \(focused.id)")
        #expect(reply.text.hasPrefix("Order \(focused.id)") && reply.quickReplies.options.contains("Cancel it"), "\(reply.text)")
        reply = try await c.say("Cancel it")
        #expect(reply.text.hasPrefix("Do you want me to cancel order \(focused.id)"), "\(reply.text)")
        reply = try await c.say("yes please")
        #expect(reply.text.hasPrefix("Order \(focused.id) is cancelled."), "\(reply.text)")
        #expect(try await stack.value("SELECT status FROM marketplace.orders WHERE id = $1", [focused.id], as: String.self) == "cancelled")
        passed.append("quick reply on the order in focus")

        // 26. Selling is not a buyer's chat: pointed to the seller dashboard, nothing invented.
        c = Conversation(chat: chat, user: paid.user)
        reply = try await c.say("how can I sell my old bike on this site?")
        #expect(reply.text == "Selling is done from your seller dashboard. I can help with buying, orders and returns.", "\(reply.text)")
        passed.append("selling question")
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
