import MeshPostgres

/// Reads one user's orders; another user's order is simply not found.
enum OrderReader {
  static func load(_ connection: PostgresConnection, userID: String, orderID: String, lock: Bool = false) async throws
    -> OrderJSON
  {
    let rows = try await connection.execute("""
      SELECT \(OrderJSON.columns) FROM marketplace.orders o \(OrderJSON.joins)
      WHERE o.id = $1 AND o.user_id = $2 \(lock ? "FOR UPDATE OF o" : "")
      """, [orderID, userID]).rows
    guard let row = rows.first else { throw MarketplaceError.notFound("order", orderID) }
    return try OrderJSON(row: row, items: try await items(connection, orderIDs: [orderID])[orderID] ?? [])
  }

  static func items(_ connection: PostgresConnection, orderIDs: [String]) async throws -> [String: [OrderItemJSON]] {
    guard !orderIDs.isEmpty else { return [:] }
    let rows = try await connection.execute("""
      SELECT i.order_id, i.line_no, i.listing_id, i.sku, i.title, i.quantity, i.unit_price_cents, o.currency,
             coalesce(r.quantity, 0) AS returned
      FROM marketplace.order_items i JOIN marketplace.orders o ON o.id = i.order_id
      LEFT JOIN marketplace.return_items r ON r.order_id = i.order_id AND r.line_no = i.line_no
      WHERE i.order_id = ANY($1::text[]) ORDER BY i.order_id, i.line_no
      """, ["{" + orderIDs.joined(separator: ",") + "}"]).rows
    var result: [String: [OrderItemJSON]] = [:]
    for row in rows {
      let item = OrderItemJSON(
        lineNo: try row.decode(Int.self, at: 1), listingId: try row.decode(String.self, at: 2),
        sku: try row.decode(String.self, at: 3), title: try row.decode(String.self, at: 4),
        quantity: try row.decode(Int.self, at: 5),
        unitPrice: Price(amountCents: try row.decode(Int64.self, at: 6), currency: try row.decode(String.self, at: 7)),
        returnedQuantity: try row.decode(Int.self, at: 8))
      result[try row.decode(String.self, at: 0), default: []].append(item)
    }
    return result
  }
}
