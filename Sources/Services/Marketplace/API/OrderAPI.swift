import Foundation
import MeshHTTP
import MeshPostgres

/// A user's orders: list, read, cancel, change the delivery address, return items for a refund.
/// Every path carries the caller's user id; another user's order answers 404 like a missing one.
struct OrderAPI: Sendable {
  let pool: PostgresPool

  func register(on router: inout HTTPRouter) {
    router.add("GET", "/v1/users/{userId}/orders") { request in await JSONResponses.guarded { try await list(request) } }
    router.add("GET", "/v1/users/{userId}/orders/{orderId}") { request in
      await JSONResponses.guarded {
        try await pool.withConnection { connection in
          try JSONResponses.ok(try await OrderReader.load(connection, userID: request.parameter("userId"),
                                                          orderID: request.parameter("orderId")))
        }
      }
    }
    router.add("POST", "/v1/users/{userId}/orders/{orderId}/cancel") { request in
      await JSONResponses.guarded { try await cancel(request) }
    }
    router.add("PUT", "/v1/users/{userId}/orders/{orderId}/shipping-address") { request in
      await JSONResponses.guarded { try await changeAddress(request) }
    }
    router.add("POST", "/v1/users/{userId}/orders/{orderId}/returns") { request in
      await JSONResponses.guarded { try await requestReturn(request) }
    }
  }

  private func list(_ request: HTTPRequest) async throws -> HTTPResponse {
    struct Page: Encodable {
      let total: Int
      let page: Int
      let pageSize: Int
      let orders: [OrderJSON]
    }
    let userID = request.parameter("userId")
    let statuses = (request.query("status") ?? "").split(separator: ",").map(String.init)
    let known: Set<String> = ["pending_payment", "paid", "shipped", "delivered", "cancelled", "returned"]
    guard statuses.allSatisfy(known.contains) else {
      throw MarketplaceError.badRequest("status must list order statuses: \(known.sorted().joined(separator: ", "))")
    }
    let page = try request.intQuery("page", default: 1, range: 1...10_000)
    let pageSize = try request.intQuery("page_size", default: 20, range: 1...100)
    return try await pool.withConnection { connection in
      guard try await connection.execute("SELECT 1 FROM marketplace.users WHERE id = $1", [userID]).first != nil else {
        throw MarketplaceError.notFound("user", userID)
      }
      let rows = try await connection.execute("""
        SELECT \(OrderJSON.columns), count(*) OVER () AS total FROM marketplace.orders o \(OrderJSON.joins)
        WHERE o.user_id = $1 AND (cardinality($2::text[]) = 0 OR o.status = ANY($2::text[]))
        ORDER BY o.placed_at DESC, o.id LIMIT $3 OFFSET $4
        """, [userID, "{" + statuses.joined(separator: ",") + "}", pageSize, (page - 1) * pageSize]).rows
      let ids = try rows.map { try $0.decode(String.self, named: "id") }
      let items = try await OrderReader.items(connection, orderIDs: ids)
      let orders = try rows.map { row in
        try OrderJSON(row: row, items: items[try row.decode(String.self, named: "id")] ?? [])
      }
      let total = try rows.first?.decode(Int.self, named: "total") ?? 0
      return try JSONResponses.ok(Page(total: total, page: page, pageSize: pageSize, orders: orders))
    }
  }

  private func cancel(_ request: HTTPRequest) async throws -> HTTPResponse {
    struct Body: Decodable { let reason: String? }
    let reason = request.body.isEmpty ? nil : try JSONResponses.body(Body.self, from: request).reason
    let userID = request.parameter("userId")
    let orderID = request.parameter("orderId")
    let idempotency = try IdempotencyKey.of(request, userID: userID)
    return try await pool.withTransaction { connection in try await IdempotencyKey.run(idempotency, on: connection) {
      let order = try await OrderReader.load(connection, userID: userID, orderID: orderID, lock: true)
      if let refusal = MarketplaceRules.cancellationRefusal(status: order.status) { throw refusal }
      try await connection.execute("""
        UPDATE marketplace.orders SET status = 'cancelled', cancelled_at = now(), cancel_reason = $2, updated_at = now()
        WHERE id = $1
        """, [orderID, String((reason ?? "cancelled by the customer").prefix(500))])
      // Money taken goes back in full; an authorisation not yet captured is released.
      try await connection.execute("""
        INSERT INTO marketplace.refunds (payment_id, amount_cents, reason, idempotency_key)
        SELECT id, amount_cents - refunded_cents, 'order cancelled', 'cancel-' || order_id
        FROM marketplace.payments WHERE order_id = $1 AND status IN ('captured', 'partially_refunded')
          AND amount_cents > refunded_cents
        """, [orderID])
      try await connection.execute("""
        UPDATE marketplace.payments SET
          status = CASE WHEN status IN ('captured', 'partially_refunded') THEN 'refunded' WHEN status = 'authorized' THEN 'failed' ELSE status END,
          refunded_cents = CASE WHEN status IN ('captured', 'partially_refunded') THEN amount_cents ELSE refunded_cents END,
          failure_reason = CASE WHEN status = 'authorized' THEN 'authorisation released: order cancelled' ELSE failure_reason END
        WHERE order_id = $1
        """, [orderID])
      return try JSONResponses.ok(try await OrderReader.load(connection, userID: userID, orderID: orderID))
    } }
  }

  private func changeAddress(_ request: HTTPRequest) async throws -> HTTPResponse {
    let address = try JSONResponses.body(AddressJSON.self, from: request)
    try MarketplaceRules.validate(address)
    let userID = request.parameter("userId")
    let orderID = request.parameter("orderId")
    let idempotency = try IdempotencyKey.of(request, userID: userID)
    return try await pool.withTransaction { connection in try await IdempotencyKey.run(idempotency, on: connection) {
      let order = try await OrderReader.load(connection, userID: userID, orderID: orderID, lock: true)
      if let refusal = MarketplaceRules.addressChangeRefusal(status: order.status) { throw refusal }
      try await connection.execute("""
        UPDATE marketplace.orders SET ship_name = $2, ship_line1 = $3, ship_line2 = $4, ship_city = $5, ship_region = $6,
          ship_postal_code = $7, ship_country_code = $8, ship_phone = $9, updated_at = now()
        WHERE id = $1
        """, [orderID, address.name, address.line1, address.line2 ?? "", address.city, address.region ?? "",
              address.postalCode, address.countryCode, address.phone])
      return try JSONResponses.ok(try await OrderReader.load(connection, userID: userID, orderID: orderID))
    } }
  }

  private func requestReturn(_ request: HTTPRequest) async throws -> HTTPResponse {
    struct Body: Decodable {
      struct Item: Decodable {
        let lineNo: Int
        let quantity: Int
      }
      let items: [Item]
      let reason: String?
    }
    struct Created: Encodable {
      let returnId: String
      let refundId: String
      let refund: Price
      let order: OrderJSON
    }
    let body = try JSONResponses.body(Body.self, from: request)
    guard !body.items.isEmpty else { throw MarketplaceError.invalid("no_items", "name at least one item to return") }
    guard Set(body.items.map(\.lineNo)).count == body.items.count else {
      throw MarketplaceError.invalid("duplicate_item", "each item may appear once in a return")
    }
    let userID = request.parameter("userId")
    let orderID = request.parameter("orderId")
    let idempotency = try IdempotencyKey.of(request, userID: userID)
    return try await pool.withTransaction { connection in try await IdempotencyKey.run(idempotency, on: connection) {
      let order = try await OrderReader.load(connection, userID: userID, orderID: orderID, lock: true)
      guard order.status == "delivered" || order.status == "returned", let deliveredAt = order.deliveredAt else {
        throw MarketplaceError.conflict("order_not_delivered", "only delivered orders can be returned (this one is \(order.status))")
      }
      let deadline = deliveredAt.addingTimeInterval(Double(MarketplaceRules.returnWindowDays) * 86_400)
      guard Date() <= deadline else {
        throw MarketplaceError.conflict("return_window_closed",
                                        "the \(MarketplaceRules.returnWindowDays)-day return window closed on \(ISO8601DateFormatter().string(from: deadline))")
      }
      var refund: Int64 = 0
      for wanted in body.items {
        guard let line = order.items.first(where: { $0.lineNo == wanted.lineNo }) else {
          throw MarketplaceError.invalid("unknown_item", "the order has no line \(wanted.lineNo)")
        }
        guard line.returnedQuantity == 0 else {
          throw MarketplaceError.conflict("item_already_returned", "line \(wanted.lineNo) was already returned and refunded")
        }
        guard wanted.quantity >= 1, wanted.quantity <= line.quantity else {
          throw MarketplaceError.invalid("invalid_quantity", "line \(wanted.lineNo) has \(line.quantity) item(s)")
        }
        refund += Int64(wanted.quantity) * line.unitPrice.amountCents
      }
      guard let payment = try await connection.execute("""
        SELECT id, status, amount_cents, refunded_cents FROM marketplace.payments WHERE order_id = $1 FOR UPDATE
        """, [orderID]).first else {
        throw MarketplaceError.conflict("payment_not_captured", "the order has no payment to refund")
      }
      let paymentID = try payment.decode(String.self, at: 0)
      guard MarketplaceRules.refundable.contains(try payment.decode(String.self, at: 1)) else {
        throw MarketplaceError.conflict("payment_not_captured", "the payment cannot be refunded")
      }
      let remaining = try payment.decode(Int64.self, at: 2) - payment.decode(Int64.self, at: 3)
      guard refund <= remaining else {
        throw MarketplaceError.conflict("refund_exceeds_payment", "a refund of \(refund) cents is more than the \(remaining) cents left to refund")
      }
      let returnID = try await connection.execute("""
        INSERT INTO marketplace.returns (order_id, reason, refund_cents) VALUES ($1, $2, $3) RETURNING id
        """, [orderID, String((body.reason ?? "").prefix(500)), refund]).first?.decode(String.self, at: 0) ?? ""
      for wanted in body.items {
        let unit = order.items.first { $0.lineNo == wanted.lineNo }?.unitPrice.amountCents ?? 0
        try await connection.execute("""
          INSERT INTO marketplace.return_items (order_id, line_no, return_id, quantity, refund_cents) VALUES ($1, $2, $3, $4, $5)
          """, [orderID, wanted.lineNo, returnID, wanted.quantity, Int64(wanted.quantity) * unit])
      }
      let refundID = try await connection.execute("""
        INSERT INTO marketplace.refunds (payment_id, amount_cents, reason, return_id) VALUES ($1, $2, $3, $4) RETURNING id
        """, [paymentID, refund, "return " + returnID, returnID]).first?.decode(String.self, at: 0) ?? ""
      try await connection.execute("""
        UPDATE marketplace.payments SET refunded_cents = refunded_cents + $2,
          status = CASE WHEN refunded_cents + $2 >= amount_cents THEN 'refunded' ELSE 'partially_refunded' END
        WHERE id = $1
        """, [paymentID, refund])
      // Every unit of every line back: the order is returned.
      try await connection.execute("""
        UPDATE marketplace.orders o SET status = 'returned', updated_at = now() WHERE o.id = $1 AND NOT EXISTS (
          SELECT 1 FROM marketplace.order_items i LEFT JOIN marketplace.return_items r
            ON r.order_id = i.order_id AND r.line_no = i.line_no
          WHERE i.order_id = o.id AND coalesce(r.quantity, 0) < i.quantity)
        """, [orderID])
      let updated = try await OrderReader.load(connection, userID: userID, orderID: orderID)
      return try JSONResponses.ok(Created(returnId: returnID, refundId: refundID,
                                          refund: Price(amountCents: refund, currency: order.total.currency), order: updated),
                                  status: 201)
    } }
  }
}
