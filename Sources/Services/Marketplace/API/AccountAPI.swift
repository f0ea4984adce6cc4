import Foundation
import MeshHTTP
import MeshPostgres

/// A user's profile, payments, refunds and shipments. Ownership goes through the order: a payment or
/// shipment of another user's order answers 404.
struct AccountAPI: Sendable {
  let pool: PostgresPool

  func register(on router: inout HTTPRouter) {
    router.add("GET", "/v1/users/{userId}") { request in await JSONResponses.guarded { try await user(request) } }
    router.add("POST", "/v1/users") { request in await JSONResponses.guarded { try await createUser(request) } }
    router.add("PUT", "/v1/users/{userId}/preferences") { request in
      await JSONResponses.guarded { try await replacePreferences(request) }
    }
    router.add("GET", "/v1/users/{userId}/payments/{paymentId}") { request in
      await JSONResponses.guarded {
        try JSONResponses.ok(try await payment(userID: request.parameter("userId"), paymentID: request.parameter("paymentId")))
      }
    }
    router.add("POST", "/v1/users/{userId}/payments/{paymentId}/refunds") { request in
      await JSONResponses.guarded { try await refund(request) }
    }
    router.add("GET", "/v1/users/{userId}/shipments/{shipmentId}") { request in
      await JSONResponses.guarded {
        try await shipment(userID: request.parameter("userId"), condition: "s.id = $2", value: request.parameter("shipmentId"))
      }
    }
    router.add("GET", "/v1/users/{userId}/orders/{orderId}/shipment") { request in
      await JSONResponses.guarded {
        try await shipment(userID: request.parameter("userId"), condition: "s.order_id = $2", value: request.parameter("orderId"))
      }
    }
  }

  private func user(_ request: HTTPRequest) async throws -> HTTPResponse {
    let userID = request.parameter("userId")
    return try await pool.withConnection { connection in
      guard let row = try await connection.execute("""
        SELECT id, display_name, email, locale, currency, loyalty_points, created_at,
               (SELECT count(*) FROM marketplace.orders o WHERE o.user_id = u.id) AS lifetime_orders, preferences::text
        FROM marketplace.users u WHERE id = $1
        """, [userID]).first else { throw MarketplaceError.notFound("user", userID) }
      let addresses = try await connection.execute("""
        SELECT name, line1, line2, city, region, postal_code, country_code, phone FROM marketplace.addresses
        WHERE user_id = $1 ORDER BY is_default DESC, id
        """, [userID]).rows.map { row in
        AddressJSON(name: try row.decode(String.self, at: 0), line1: try row.decode(String.self, at: 1),
                    line2: try row.decode(String.self, at: 2), city: try row.decode(String.self, at: 3),
                    region: try row.decode(String.self, at: 4), postalCode: try row.decode(String.self, at: 5),
                    countryCode: try row.decode(String.self, at: 6), phone: try row.decode(String?.self, at: 7))
      }
      return try JSONResponses.ok(UserJSON(
        id: try row.decode(String.self, at: 0), displayName: try row.decode(String.self, at: 1),
        email: try row.decode(String.self, at: 2), locale: try row.decode(String.self, at: 3),
        currency: try row.decode(String.self, at: 4), loyaltyPoints: try row.decode(Int64.self, at: 5),
        createdAt: try row.decode(Date.self, at: 6), lifetimeOrders: try row.decode(Int.self, at: 7), addresses: addresses,
        preferences: (try? JSONResponses.decoder.decode(PreferencesJSON.self, from: Data(try row.decode(String.self, at: 8).utf8)))
          ?? PreferencesJSON()))
    }
  }

  private func replacePreferences(_ request: HTTPRequest) async throws -> HTTPResponse {
    let preferences = try JSONResponses.body(PreferencesJSON.self, from: request)
    try preferences.validate()
    let text = String(decoding: try JSONResponses.encoder.encode(preferences), as: UTF8.self)
    let userID = request.parameter("userId")
    guard try await pool.execute("UPDATE marketplace.users SET preferences = $2::jsonb WHERE id = $1 RETURNING id",
                                 [userID, text]).first != nil else { throw MarketplaceError.notFound("user", userID) }
    return try JSONResponses.ok(preferences)
  }

  private func createUser(_ request: HTTPRequest) async throws -> HTTPResponse {
    struct Body: Decodable {
      let id: String
      let displayName: String
      let email: String
      let locale: String?
      let currency: String?
      let addresses: [AddressJSON]?
    }
    let body = try JSONResponses.body(Body.self, from: request)
    guard (1...64).contains(body.id.count),
          body.id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
      throw MarketplaceError.invalid("invalid_user", "id must be 1 to 64 letters, digits, - or _")
    }
    guard !body.displayName.trimmingSpacesAndNewlines.isEmpty, body.displayName.count <= 200 else {
      throw MarketplaceError.invalid("invalid_user", "display_name is required")
    }
    let parts = body.email.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), body.email.count <= 254,
          !body.email.contains(where: \.isWhitespace) else {
      throw MarketplaceError.invalid("invalid_user", "email is not an address")
    }
    for address in body.addresses ?? [] { try MarketplaceRules.validate(address) }
    try await pool.withTransaction { connection in
      if try await connection.execute("SELECT 1 FROM marketplace.users WHERE id = $1 OR lower(email) = lower($2)",
                                      [body.id, body.email]).first != nil {
        throw MarketplaceError.conflict("user_exists", "a user with that id or email exists")
      }
      try await connection.execute("""
        INSERT INTO marketplace.users (id, display_name, email, locale, currency, created_at) VALUES ($1, $2, $3, $4, $5, now())
        """, [body.id, body.displayName, body.email, body.locale ?? "en-GB", body.currency ?? "EUR"])
      for (index, address) in (body.addresses ?? []).enumerated() {
        try await connection.execute("""
          INSERT INTO marketplace.addresses (user_id, name, line1, line2, city, region, postal_code, country_code, phone, is_default)
          VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
          """, [body.id, address.name, address.line1, address.line2 ?? "", address.city, address.region ?? "",
                address.postalCode, address.countryCode, address.phone, index == 0])
      }
    }
    var request = HTTPRequest(method: "GET", target: "/v1/users/\(body.id)")
    request.pathParameters = ["userId": body.id]
    var created = try await user(request)
    created.status = 201
    return created
  }

  private static let paymentQuery = """
    SELECT p.* FROM marketplace.payments p JOIN marketplace.orders o ON o.id = p.order_id
    WHERE p.id = $1 AND o.user_id = $2
    """

  private func payment(userID: String, paymentID: String) async throws -> PaymentJSON {
    guard let row = try await pool.execute(Self.paymentQuery, [paymentID, userID], idempotent: true).first else {
      throw MarketplaceError.notFound("payment", paymentID)
    }
    return try PaymentJSON(row: row)
  }

  private func refund(_ request: HTTPRequest) async throws -> HTTPResponse {
    struct Body: Decodable {
      let amountCents: Int64
      let reason: String?
      let idempotencyKey: String?
    }
    struct Created: Encodable {
      let refundId: String
      let amount: Price
      let payment: PaymentJSON
      let replayed: Bool
    }
    let body = try JSONResponses.body(Body.self, from: request)
    let userID = request.parameter("userId")
    let paymentID = request.parameter("paymentId")
    let idempotency = try IdempotencyKey.of(request, userID: userID)
    return try await pool.withTransaction { connection in try await IdempotencyKey.run(idempotency, on: connection) {
      guard let row = try await connection.execute(Self.paymentQuery + " FOR UPDATE OF p", [paymentID, userID]).first else {
        throw MarketplaceError.notFound("payment", paymentID)
      }
      let payment = try PaymentJSON(row: row)
      // A retried refund with the same key answers the first one instead of paying twice.
      if let key = body.idempotencyKey, !key.isEmpty,
         let earlier = try await connection.execute(
           "SELECT id, amount_cents FROM marketplace.refunds WHERE idempotency_key = $1 AND payment_id = $2",
           [key, paymentID]).first {
        return try JSONResponses.ok(Created(refundId: try earlier.decode(String.self, at: 0),
                                            amount: Price(amountCents: try earlier.decode(Int64.self, at: 1), currency: payment.amount.currency),
                                            payment: payment, replayed: true))
      }
      guard body.amountCents > 0 else { throw MarketplaceError.invalid("invalid_amount", "amount_cents must be positive") }
      guard MarketplaceRules.refundable.contains(payment.status) else {
        throw MarketplaceError.conflict("payment_not_captured", "a \(payment.status) payment cannot be refunded")
      }
      let remaining = payment.amount.amountCents - payment.refunded.amountCents
      guard body.amountCents <= remaining else {
        throw MarketplaceError.conflict("refund_exceeds_payment",
                                        "a refund of \(body.amountCents) cents is more than the \(remaining) cents left to refund")
      }
      let key = body.idempotencyKey.flatMap { $0.isEmpty ? nil : String($0.prefix(200)) }
      let refundID = try await connection.execute("""
        INSERT INTO marketplace.refunds (payment_id, amount_cents, reason, idempotency_key) VALUES ($1, $2, $3, $4) RETURNING id
        """, [paymentID, body.amountCents, String((body.reason ?? "").prefix(500)), key]).first?.decode(String.self, at: 0) ?? ""
      let updated = try await connection.execute("""
        UPDATE marketplace.payments SET refunded_cents = refunded_cents + $2,
          status = CASE WHEN refunded_cents + $2 >= amount_cents THEN 'refunded' ELSE 'partially_refunded' END
        WHERE id = $1 RETURNING *
        """, [paymentID, body.amountCents]).first
      return try JSONResponses.ok(Created(refundId: refundID, amount: Price(amountCents: body.amountCents, currency: payment.amount.currency),
                                          payment: try updated.map(PaymentJSON.init(row:)) ?? payment, replayed: false),
                                  status: 201)
    } }
  }

  private func shipment(userID: String, condition: String, value: String) async throws -> HTTPResponse {
    try await pool.withConnection { connection in
      guard let row = try await connection.execute("""
        SELECT s.id, s.order_id, s.carrier, s.tracking_number, s.weight_grams, s.estimated_delivery, s.created_at,
               o.status, o.ship_name, o.ship_line1, o.ship_line2, o.ship_city, o.ship_region, o.ship_postal_code,
               o.ship_country_code, o.ship_phone
        FROM marketplace.shipments s JOIN marketplace.orders o ON o.id = s.order_id
        WHERE o.user_id = $1 AND \(condition)
        """, [userID, value]).first else { throw MarketplaceError.notFound("shipment", value) }
      let shipmentID = try row.decode(String.self, at: 0)
      let events = try await connection.execute("""
        SELECT kind, location, at, detail FROM marketplace.tracking_events WHERE shipment_id = $1 ORDER BY at, id
        """, [shipmentID]).rows.map { event in
        TrackingEventJSON(kind: try event.decode(String.self, at: 0), location: try event.decode(String.self, at: 1),
                          at: try event.decode(Date.self, at: 2), detail: try event.decode(String.self, at: 3))
      }
      let destination = AddressJSON(
        name: try row.decode(String.self, at: 8), line1: try row.decode(String.self, at: 9),
        line2: try row.decode(String.self, at: 10), city: try row.decode(String.self, at: 11),
        region: try row.decode(String.self, at: 12), postalCode: try row.decode(String.self, at: 13),
        countryCode: try row.decode(String.self, at: 14), phone: try row.decode(String?.self, at: 15))
      return try JSONResponses.ok(ShipmentJSON(
        id: shipmentID, orderId: try row.decode(String.self, at: 1), carrier: try row.decode(String.self, at: 2),
        trackingNumber: try row.decode(String.self, at: 3), weightGrams: try row.decode(Int.self, at: 4),
        estimatedDelivery: try row.decode(Date?.self, at: 5), createdAt: try row.decode(Date.self, at: 6),
        delivered: events.contains { $0.kind == "delivered" }, destination: destination, events: events))
    }
  }
}
