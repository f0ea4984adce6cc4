import Foundation
import MeshDialogue
import MeshServiceKit
import MeshPostgres
import MeshPostgresTestSupport
@testable import MeshProcessorService
import Testing

/// The dialogue policy's answers to parcels gone wrong, refunds, discounts and arrivals by a day, driven
/// through the real adapters and the bundled marketplace: every date, carrier and amount in a reply is the
/// marketplace's own (read back from its tables here), and a damaged item's return is made there.
@Suite(.postgresCluster, .serialized) struct ParcelActionsAdapterTests {
  /// One turn of the policy with its actions performed by `executor`: the reply and the state after it.
  static func turn(_ input: TurnInput, state: DialogueState, executor: AdapterExecutor, chat: ChatTurn) async -> (Reply, DialogueState) {
    let policy = DialoguePolicy()
    var step = policy.decide(input, state: state)
    for _ in 0..<TurnProcessor.maxActionsPerTurn {
      switch step {
      case .reply(let reply, let next): return (reply, next)
      case .act(let action, let continuation): step = policy.resume(continuation, with: await executor.perform(action, for: chat))
      }
    }
    return (Reply(text: "too many actions", outcome: .failed, intent: ""), state)
  }

  @Test func aMissingParcelAndADamagedItemAreAnsweredFromTheMarketplacesFacts() async throws {
    try await withAdapterExecutor { executor, pool in
      // A delivered order with its shipment and a captured payment, nothing returned (the newest such, which
      // the other tests, picking the oldest, leave alone).
      let row = try #require(try await pool.execute("""
        SELECT o.id, o.user_id, s.carrier, s.tracking_number, to_char(o.delivered_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
               to_char((o.delivered_at + interval '30 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD')
        FROM marketplace.orders o JOIN marketplace.shipments s ON s.order_id = o.id
          JOIN marketplace.payments p ON p.order_id = o.id AND p.status = 'captured'
        WHERE o.status = 'delivered' AND o.delivered_at > now() - interval '20 days'
          AND NOT EXISTS (SELECT 1 FROM marketplace.return_items r WHERE r.order_id = o.id)
        ORDER BY o.id DESC LIMIT 1
        """).first)
      let order = try row.decode(String.self, at: 0)
      let user = try row.decode(String.self, at: 1)
      let (carrier, tracking) = (try row.decode(String.self, at: 2), try row.decode(String.self, at: 3))
      let (delivered, returnBy) = (try row.decode(String.self, at: 4), try row.decode(String.self, at: 5))
      let chat = ChatTurn(messageID: 8_101, clientMessageID: "m-parcel", conversationID: UUID(), userID: user, locale: "en")

      let (missing, asked) = await Self.turn(TurnInput(text: "it says delivered but nothing here, order \(order)", intent: "shipping",
                                                       confidence: 0.9, entities: [("order_number", order)], fineIntent: "delivery.missing"),
                                             state: DialogueState(), executor: executor, chat: chat)
      #expect(missing.text.contains("is marked delivered on \(delivered) by \(carrier), tracking number \(tracking)."), "\(missing.text)")
      #expect(missing.text.hasSuffix("Shall I pass this to a person who can?") && missing.outcome == .needsInput)
      #expect(asked.pending == .handOff(HandOff(reason: "order \(order): parcel marked delivered but not received (asked in chat)",
                                                task: "look into the missing parcel of order \(order)",
                                                question: "I can't open an investigation with the carrier myself. Shall I pass this to a person who can?",
                                                intent: "shipping")))

      let (damaged, offered) = await Self.turn(TurnInput(text: "the box arrived crushed, order \(order)", intent: "return_refund",
                                                         confidence: 0.9, entities: [("order_number", order)], fineIntent: "delivery.damaged"),
                                               state: DialogueState(), executor: executor, chat: chat)
      #expect(damaged.text.hasPrefix("I'm sorry it arrived damaged. Order \(order) was delivered on \(delivered), and its items can be returned until \(returnBy)."),
              "\(damaged.text)")
      #expect(offered.pending == .returnOrder(orderID: order))
      let (returned, _) = await Self.turn(TurnInput(text: "yes", intent: "out_of_scope", confidence: 0.2), state: offered, executor: executor,
                                          chat: chat)
      #expect(returned.text.hasPrefix("Return R") && returned.text.contains("is open for order \(order)"), "\(returned.text)")
      let returns = try await pool.execute("SELECT count(*)::int8 FROM marketplace.returns WHERE order_id = $1", [order])
      #expect(try returns.first?.decode(Int64.self, at: 0) == 1)
    }
  }

  @Test func refundsDiscountsAndArrivalsSayOnlyWhatTheMarketplaceKnows() async throws {
    try await withAdapterExecutor { executor, pool in
      // A cancelled order whose payment was refunded at cancellation.
      let cancelled = try #require(try await pool.execute("""
        SELECT o.id, o.user_id, to_char(o.cancelled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), p.method
        FROM marketplace.orders o JOIN marketplace.payments p ON p.order_id = o.id AND p.refunded_cents > 0
        WHERE o.status = 'cancelled' AND o.cancelled_at IS NOT NULL ORDER BY o.id LIMIT 1
        """).first)
      let (order, user) = (try cancelled.decode(String.self, at: 0), try cancelled.decode(String.self, at: 1))
      let day = try cancelled.decode(String.self, at: 2)
      let chat = ChatTurn(messageID: 8_201, clientMessageID: "m-refund", conversationID: UUID(), userID: user, locale: "en")
      let (refund, _) = await Self.turn(TurnInput(text: "when will i get my refund for \(order)", intent: "return_refund", confidence: 0.9,
                                                  entities: [("order_number", order)], fineIntent: "refund.status"),
                                        state: DialogueState(), executor: executor, chat: chat)
      #expect(refund.text.contains("has been issued for order \(order)") && refund.text.contains("The order was cancelled on \(day)"),
              "\(refund.text)")
      #expect(refund.text.hasSuffix("I have no date for that."))

      // A charge said to be doubled: the one payment the marketplace has for the order, with its amount.
      let paid = try #require(try await pool.execute("""
        SELECT o.id, o.user_id, p.amount_cents, p.currency FROM marketplace.orders o JOIN marketplace.payments p ON p.order_id = o.id
        WHERE p.status = 'captured' ORDER BY o.id DESC LIMIT 1
        """).first)
      let (charged, payer, cents) = (try paid.decode(String.self, at: 0), try paid.decode(String.self, at: 1), try paid.decode(Int64.self, at: 2))
      let payerChat = ChatTurn(messageID: 8_203, clientMessageID: "m-twice", conversationID: UUID(), userID: payer, locale: "en")
      let (twice, offered) = await Self.turn(TurnInput(text: "was i charged twice for \(charged)?", intent: "payment", confidence: 0.9,
                                                       entities: [("order_number", charged)], fineIntent: "payment.charged_twice"),
                                             state: DialogueState(), executor: executor, chat: payerChat)
      #expect(twice.text.hasPrefix("The marketplace has one payment for order \(charged): \(MoneyFact(currency: try paid.decode(String.self, at: 3), minorUnits: cents).formatted) by "),
              "\(twice.text)")
      #expect(twice.text.contains(", captured.") && offered.pending != nil)

      // Loyalty points, as the marketplace holds them.
      let points = try #require(try await pool.execute("SELECT loyalty_points FROM marketplace.users WHERE id = $1", [user]).first)
        .decode(Int64.self, at: 0)
      let (discount, _) = await Self.turn(TurnInput(text: "my promo code doesnt work", intent: "payment", confidence: 0.9,
                                                    fineIntent: "payment.discount"),
                                          state: DialogueState(), executor: executor, chat: chat)
      #expect(discount.text.contains("Your account has \(points) loyalty point"), "\(discount.text)")

      // A shipped order with the carrier's estimate: asked whether it arrives by that very day, and by the day before.
      let shipped = try #require(try await pool.execute("""
        SELECT o.id, o.user_id, to_char(s.estimated_delivery AT TIME ZONE 'UTC', 'YYYY-MM-DD')
        FROM marketplace.orders o JOIN marketplace.shipments s ON s.order_id = o.id
        WHERE o.status = 'shipped' AND s.estimated_delivery IS NOT NULL ORDER BY o.id LIMIT 1
        """).first)
      let (parcel, owner) = (try shipped.decode(String.self, at: 0), try shipped.decode(String.self, at: 1))
      let eta = try shipped.decode(String.self, at: 2)
      let estimate = try #require(CalendarDay(iso: eta))
      let ownerChat = ChatTurn(messageID: 8_202, clientMessageID: "m-arrival", conversationID: UUID(), userID: owner, locale: "en")
      for (asked, verdict) in [(estimate, "which is by \(eta)."), (estimate.adding(-1), "which is after \(estimate.adding(-1).iso).")] {
        let (arrival, _) = await Self.turn(TurnInput(text: "will order \(parcel) arrive by \(asked.iso)?", intent: "shipping", confidence: 0.9,
                                                     entities: [("order_number", parcel), ("date", asked.iso)], fineIntent: "delivery.time",
                                                     today: estimate.adding(-3)),
                                           state: DialogueState(), executor: executor, chat: ownerChat)
        #expect(arrival.text.hasSuffix("The carrier estimates delivery on \(eta), \(verdict)"), "\(arrival.text)")
      }
    }
  }
}
