public import MeshCore
public import MeshPostgres
public import MeshProtos
import Foundation
import Testing

/// The assistant's scripted conversations, written once and run by every variant of the end-to-end test
/// (over real processes started by `mesh up`, through the gateway; or in one test process): order status
/// with and without the number, tracking, cancel with confirmation and its refusals, address change,
/// return and refund, search with filters and follow-ups, payment, account, handoff, out of scope, topic
/// switch, another user's order, small talk. Each reply is checked against the marketplace's own rows,
/// read with SQL from its tables: no expected value is written here.
public struct AssistantScripts: Sendable {
  /// The metadata a call carries on behalf of a marketplace user (their identity, or a token that proves it).
  public typealias Identity = @Sendable (_ user: String) async throws -> Metadata

  let chat: Mesh_Chat_V1_ChatService.Client
  let identity: Identity
  let pool: PostgresPool

  /// Scripts that talk to `chat` as the users `identity` speaks for, and read the marketplace through `pool`.
  /// - Parameters:
  ///   - chat: the chat API (the chat service itself, or the gateway in front of it).
  ///   - identity: the metadata of each user's calls.
  ///   - pool: the marketplace's database.
  public init(chat: Mesh_Chat_V1_ChatService.Client, identity: @escaping Identity, pool: PostgresPool) {
    self.chat = chat
    self.identity = identity
    self.pool = pool
  }

  /// One user's conversation with the assistant.
  struct Conversation {
    let chat: Mesh_Chat_V1_ChatService.Client
    let metadata: Metadata
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
      let response = try await chat.sendMessage(request, metadata: metadata, options: CallOptions(timeout: .seconds(30)))
      if id.isEmpty { id = response.echoed?.conversationID ?? "" }
      return try #require(response.reply)
    }
  }

  func conversation(_ user: String) async throws -> Conversation {
    Conversation(chat: chat, metadata: try await identity(user))
  }

  /// The first column of the first row of `sql`.
  func value<T: PostgresDecodable>(_ sql: String, _ parameters: [any PostgresEncodable] = [], as type: T.Type = T.self) async throws -> T {
    guard let row = try await pool.execute(sql, parameters).first else { throw PostgresError.invalidArgument("no row: \(sql)") }
    return try row.decode(T.self, at: 0)
  }

  /// The `offset`-th order (by id) in `status`, with its owner and total.
  func order(_ status: String, _ offset: Int = 0) async throws -> (id: String, user: String, total: Int64) {
    let sql = "SELECT id, user_id, total_cents FROM marketplace.orders WHERE status = $1 ORDER BY id LIMIT 1 OFFSET $2"
    guard let row = try await pool.execute(sql, [status, offset]).first else { throw PostgresError.invalidArgument("no \(status) order") }
    return (try row.decode(String.self, at: 0), try row.decode(String.self, at: 1), try row.decode(Int64.self, at: 2))
  }

  /// `€12.50`, as the replies write an amount.
  static func euros(_ cents: Int64) -> String { "€\(cents / 100).\(cents % 100 < 10 ? "0" : "")\(cents % 100)" }

  /// How many conversations `run` records when every one runs (two depend on the seeded data having a
  /// recently delivered order and a card payment).
  public static let count = 26

  /// Runs every conversation in turn; `record` hears the name of each one that passed (so a failure says
  /// how far the script got). Orders a conversation changes are picked by offset, so none is used twice.
  /// - Parameter record: called with each passed conversation's name.
  public func run(record: (String) -> Void) async throws {
    // 1. Order status with the number.
    let paid = try await order("paid")
    var c = try await conversation(paid.user)
    var reply = try await c.say("where is my order \(paid.id)?")
    #expect(reply.text.contains("Order \(paid.id)") && reply.text.contains("is paid, being prepared"), "\(reply.text)")
    #expect(reply.text.contains("Total: \(Self.euros(paid.total))"), "\(reply.text)")
    record("status with number")

    // 2. Order status without the number, then "the first one".
    c = try await conversation(paid.user)
    reply = try await c.say("where is my order?")
    #expect(reply.text.hasPrefix("Which order do you mean?"), "\(reply.text)")
    let offered = reply.quickReplies.options
    #expect(!offered.isEmpty)
    for id in offered {
      #expect(try await value("SELECT user_id FROM marketplace.orders WHERE id = $1", [id], as: String.self) == paid.user)
    }
    reply = try await c.say("the first one")
    let firstStatus = try await value("SELECT status FROM marketplace.orders WHERE id = $1", [offered.first ?? ""], as: String.self)
    #expect(reply.text.hasPrefix("Order \(offered.first ?? "?")"), "\(reply.text)")
    #expect(reply.text.contains(firstStatus == "pending_payment" ? "awaiting payment" : firstStatus.prefix(4)), "\(reply.text)")
    record("status without number")

    // 3. Tracking a shipped order.
    let shipped = try await order("shipped")
    c = try await conversation(shipped.user)
    reply = try await c.say("track my parcel for order \(shipped.id)")
    let tracking = try await value("SELECT tracking_number FROM marketplace.shipments WHERE order_id = $1", [shipped.id], as: String.self)
    let carrier = try await value("SELECT carrier FROM marketplace.shipments WHERE order_id = $1", [shipped.id], as: String.self)
    #expect(reply.text.contains(tracking) && reply.text.contains(carrier), "\(reply.text)")
    record("tracking")

    // 4. Cancel with confirmation.
    let cancellable = try await order("paid", 1)
    c = try await conversation(cancellable.user)
    reply = try await c.say("please cancel order \(cancellable.id)")
    #expect(reply.text.hasPrefix("Do you want me to cancel order \(cancellable.id)"), "\(reply.text)")
    #expect(try await value("SELECT status FROM marketplace.orders WHERE id = $1", [cancellable.id], as: String.self) == "paid")
    reply = try await c.say("yes")
    #expect(reply.text.hasPrefix("Order \(cancellable.id) is cancelled."), "\(reply.text)")
    #expect(try await value("SELECT status FROM marketplace.orders WHERE id = $1", [cancellable.id], as: String.self) == "cancelled")
    record("cancel confirmed")

    // 5. Cancel refused after shipping.
    c = try await conversation(shipped.user)
    reply = try await c.say("cancel order \(shipped.id)")
    #expect(reply.text == "Order \(shipped.id) can't be cancelled: it has already shipped. Once it is delivered you can return it.",
            "\(reply.text)")
    #expect(try await value("SELECT status FROM marketplace.orders WHERE id = $1", [shipped.id], as: String.self) == "shipped")
    record("cancel refused after shipping")

    // 6. Cancel declined.
    let kept = try await order("paid", 2)
    c = try await conversation(kept.user)
    _ = try await c.say("cancel order \(kept.id)")
    reply = try await c.say("no, keep it")
    #expect(reply.text == "OK, I won't change anything on order \(kept.id).", "\(reply.text)")
    #expect(try await value("SELECT status FROM marketplace.orders WHERE id = $1", [kept.id], as: String.self) == "paid")
    record("cancel declined")

    // 7. Address change.
    let moving = try await order("paid", 3)
    c = try await conversation(moving.user)
    reply = try await c.say("I need to change the delivery address of order \(moving.id)")
    #expect(reply.text == "What is the new delivery address?", "\(reply.text)")
    reply = try await c.say("5 Main Street, 10115 Berlin, DE")
    #expect(reply.text.hasPrefix("Do you want order \(moving.id)") && reply.text.hasSuffix("delivered to 5 Main Street, 10115 Berlin, DE?"),
            "\(reply.text)")
    reply = try await c.say("yes")
    #expect(reply.text.hasPrefix("Done: order \(moving.id) will now be delivered to 5 Main Street, 10115 Berlin"), "\(reply.text)")
    #expect(try await value("SELECT ship_city FROM marketplace.orders WHERE id = $1", [moving.id], as: String.self) == "Berlin")
    record("address change")

    // 8. Return and refund of a delivered order inside the window.
    let deliveredRow = try await pool.execute("""
      SELECT id, user_id, to_char(delivered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
             to_char((delivered_at + interval '30 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD')
      FROM marketplace.orders WHERE status = 'delivered' AND delivered_at > now() - interval '20 days' ORDER BY id LIMIT 1
      """).first
    if let deliveredRow {
      let id = try deliveredRow.decode(String.self, at: 0)
      c = try await conversation(try deliveredRow.decode(String.self, at: 1))
      reply = try await c.say("I want to return order \(id) and get a refund")
      // The days the marketplace gave come first (they answer "until when can I return it?"), with the days left
      // counted from the turn's day.
      let (delivered, returnBy) = (try deliveredRow.decode(String.self, at: 2), try deliveredRow.decode(String.self, at: 3))
      #expect(reply.text.hasPrefix("Order \(id) was delivered on \(delivered), and its items can be returned until \(returnBy) ("),
              "\(reply.text)")
      #expect(reply.text.contains("from today). Do you want to return order \(id)") || reply.text.contains("(today is the last day). Do you want"),
              "\(reply.text)")
      reply = try await c.say("yes")
      #expect(reply.text.hasPrefix("Return ") && reply.text.contains("is open for order \(id)"), "\(reply.text)")
      let refunded = try await value("SELECT refunded_cents FROM marketplace.payments WHERE order_id = $1", [id], as: Int64.self)
      #expect(reply.text.contains("Refund: \(Self.euros(refunded))"), "\(reply.text)")
      record("return and refund")
    }

    // 9-11. Search with filters, then "cheaper ones", then "in blue".
    c = try await conversation(paid.user)
    reply = try await c.say("show me black shoes under 150 euros")
    var cards = reply.carousel.listings
    #expect(!cards.isEmpty, "\(reply.text)")
    for card in cards {
      #expect(try await value("SELECT price_cents FROM marketplace.listings WHERE id = $1", [card.listingID], as: Int64.self) <= 15_000)
      #expect(try await value("SELECT colour FROM marketplace.listings WHERE id = $1", [card.listingID], as: String.self) == "black")
    }
    record("search with filters")
    let cheapest = try cards.map { try #require($0.price).units * 100 + Int64(try #require($0.price).nanos / 10_000_000) }.min() ?? 0
    reply = try await c.say("cheaper ones")
    cards = reply.carousel.listings
    for card in cards {
      #expect(try await value("SELECT price_cents FROM marketplace.listings WHERE id = $1", [card.listingID], as: Int64.self) < cheapest)
    }
    #expect(!cards.isEmpty || reply.text.hasPrefix("I found no"), "\(reply.text)")
    record("search cheaper")
    reply = try await c.say("in blue")
    for card in reply.carousel.listings {
      #expect(try await value("SELECT colour FROM marketplace.listings WHERE id = $1", [card.listingID], as: String.self) == "blue")
    }
    #expect(reply.text.contains("in blue"), "\(reply.text)")
    record("search in blue")

    // 12. Payment question.
    let payment = try await pool.execute("""
      SELECT o.id, o.user_id, p.amount_cents, p.card_brand, p.card_last4 FROM marketplace.orders o JOIN marketplace.payments p ON p.order_id = o.id
      WHERE p.status = 'captured' AND p.method = 'card' ORDER BY o.id LIMIT 1
      """).first
    if let payment {
      let id = try payment.decode(String.self, at: 0)
      c = try await conversation(try payment.decode(String.self, at: 1))
      reply = try await c.say("was I charged for order \(id)?")
      let expected = "The payment for order \(id) is captured: \(Self.euros(try payment.decode(Int64.self, at: 2))) by "
        + "\(try payment.decode(String.self, at: 3)) ending \(try payment.decode(String.self, at: 4))."
      #expect(reply.text == expected, "\(reply.text)")
      record("payment")
    }

    // 13. Account.
    c = try await conversation(paid.user)
    reply = try await c.say("show me my account details")
    let name = try await value("SELECT display_name FROM marketplace.users WHERE id = $1", [paid.user], as: String.self)
    let email = try await value("SELECT email FROM marketplace.users WHERE id = $1", [paid.user], as: String.self)
    #expect(reply.text.hasPrefix("You're signed in as \(name) (\(email))"), "\(reply.text)")
    record("account")

    // 14. Handoff.
    reply = try await c.say("I want to talk to a human agent")
    #expect(reply.text.contains("I've passed this conversation to a person (ticket T-"), "\(reply.text)")
    record("handoff")

    // 15. Out of scope.
    reply = try await c.say("what's the weather like in Paris tomorrow?")
    #expect(reply.text.hasPrefix("I can only help with shopping here") || reply.text.contains("talk to a person"), "\(reply.text)")
    record("out of scope")

    // 16. Topic switch mid-slot.
    c = try await conversation(paid.user)
    reply = try await c.say("I want to cancel my order")
    #expect(reply.text.hasPrefix("Which order"), "\(reply.text)")
    reply = try await c.say("actually, show me red dresses")
    #expect(reply.text.hasPrefix("Here is what I found") || reply.text.hasPrefix("I found no"), "\(reply.text)")
    record("topic switch")

    // 17. Another user's order: refused, nothing leaked.
    let foreign = try await order("delivered")
    let stranger = foreign.user == "U00001" ? "U00002" : "U00001"
    c = try await conversation(stranger)
    reply = try await c.say("where is my order \(foreign.id)?")
    #expect(reply.text.hasPrefix("I couldn't find that order on your account"), "\(reply.text)")
    #expect(!reply.text.contains(Self.euros(foreign.total)))
    record("another user's order")

    // 18-19. Greeting and thanks.
    reply = try await c.say("hello")
    #expect(reply.text.hasPrefix("Hello!"), "\(reply.text)")
    record("greeting")
    reply = try await c.say("thanks")
    #expect(reply.text == "You're welcome! Anything else I can help with?", "\(reply.text)")
    record("thanks")

    // 20. Return asked for an order that has not shipped: cancel is offered instead.
    let early = try await order("paid", 4)
    c = try await conversation(early.user)
    reply = try await c.say("I want to return order \(early.id)")
    #expect(reply.text.contains("has not shipped yet") && reply.quickReplies.options == ["Cancel it"], "\(reply.text)")
    record("return before shipping")

    // 21. Cancel asked for a delivered order: refused with a return offered; the quick reply opens the return.
    let delivered = try await order("delivered", 1)
    do {
      let id = delivered.id
      c = try await conversation(delivered.user)
      reply = try await c.say("cancel order \(id)")
      #expect(reply.text == "Order \(id) can't be cancelled: it has already been delivered. You can return it instead.", "\(reply.text)")
      #expect(reply.quickReplies.options == ["Return it"])
      record("cancel refused after delivery")
    }

    // 22. Address change of a shipped order: refused, the order untouched.
    let city = try await value("SELECT ship_city FROM marketplace.orders WHERE id = $1", [shipped.id], as: String.self)
    c = try await conversation(shipped.user)
    reply = try await c.say("please change the delivery address for order \(shipped.id)")
    #expect(reply.text == "The address of order \(shipped.id) can't be changed: it is shipped.", "\(reply.text)")
    #expect(try await value("SELECT ship_city FROM marketplace.orders WHERE id = $1", [shipped.id], as: String.self) == city)
    record("address change refused after shipping")

    // 23. Return of an order still on its way, then its quick reply "Track it".
    c = try await conversation(shipped.user)
    reply = try await c.say("I want to return order \(shipped.id)")
    #expect(reply.text == "Order \(shipped.id) is still on its way; you can return it once it is delivered.", "\(reply.text)")
    #expect(reply.quickReplies.options == ["Track it"])
    reply = try await c.say("Track it")
    #expect(reply.text.contains(tracking) && reply.text.contains(carrier), "\(reply.text)")
    record("return before delivery, then track")

    // 24. Cancel of an order that is already cancelled.
    let gone = try await order("cancelled")
    c = try await conversation(gone.user)
    reply = try await c.say("cancel my order \(gone.id)")
    #expect(reply.text == "Order \(gone.id) can't be cancelled: it is already cancelled.", "\(reply.text)")
    record("cancel of a cancelled order")

    // 25. Status, then "cancel it" about the order in focus (no number repeated), then confirmed.
    let focused = try await order("paid", 5)
    c = try await conversation(focused.user)
    reply = try await c.say("what's the status of order \(focused.id)")
    #expect(reply.text.hasPrefix("Order \(focused.id)") && reply.quickReplies.options.contains("Cancel it"), "\(reply.text)")
    reply = try await c.say("Cancel it")
    #expect(reply.text.hasPrefix("Do you want me to cancel order \(focused.id)"), "\(reply.text)")
    reply = try await c.say("yes please")
    #expect(reply.text.hasPrefix("Order \(focused.id) is cancelled."), "\(reply.text)")
    #expect(try await value("SELECT status FROM marketplace.orders WHERE id = $1", [focused.id], as: String.self) == "cancelled")
    record("quick reply on the order in focus")

    // 26. Selling is not a buyer's chat: the marketplace gives the assistant no seller tools, so it says so (no seller
    // dashboard or fee is invented) and offers a person.
    c = try await conversation(paid.user)
    reply = try await c.say("how can I sell my old bike on this site?")
    #expect(reply.text.hasPrefix("I help shoppers buy: the marketplace gives me no seller tools") && reply.quickReplies.options.contains("Yes"),
            "\(reply.text)")
    record("selling question")
  }
}
