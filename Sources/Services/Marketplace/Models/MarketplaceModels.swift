import Foundation
import MeshPostgres

/// An amount in minor units of a currency.
struct Price: Codable, Sendable, Equatable {
  let amountCents: Int64
  let currency: String
}

/// A postal address as the API shows it.
struct AddressJSON: Codable, Sendable, Equatable {
  var name: String
  var line1: String
  var line2: String?
  var city: String
  var region: String?
  var postalCode: String
  var countryCode: String
  var phone: String?
}

/// An item for sale.
struct ListingJSON: Encodable, Sendable {
  let id: String
  let sellerId: String
  let title: String
  let description: String
  let category: String
  let brand: String
  let colour: String
  let size: String
  let price: Price
  let originalPrice: Price?
  let stock: Int
  let inStock: Bool
  let rating: Double
  let reviewCount: Int
  let weightGrams: Int
  let createdAt: Date
  let updatedAt: Date

  static let columns = """
    l.id, l.seller_id, l.title, l.description, l.category_id, l.brand, l.colour, l.size, l.currency, l.price_cents,
    l.original_price_cents, l.stock, l.rating::float8 AS rating, l.review_count, l.weight_grams, l.created_at, l.updated_at
    """

  init(row: PostgresRow) throws {
    id = try row.decode(String.self, named: "id")
    sellerId = try row.decode(String.self, named: "seller_id")
    title = try row.decode(String.self, named: "title")
    description = try row.decode(String.self, named: "description")
    category = try row.decode(String.self, named: "category_id")
    brand = try row.decode(String.self, named: "brand")
    colour = try row.decode(String.self, named: "colour")
    size = try row.decode(String.self, named: "size")
    let currency = try row.decode(String.self, named: "currency")
    price = Price(amountCents: try row.decode(Int64.self, named: "price_cents"), currency: currency)
    originalPrice = try row.decode(Int64?.self, named: "original_price_cents").map { Price(amountCents: $0, currency: currency) }
    stock = try row.decode(Int.self, named: "stock")
    inStock = stock > 0
    rating = try row.decode(Double.self, named: "rating")
    reviewCount = try row.decode(Int.self, named: "review_count")
    weightGrams = try row.decode(Int.self, named: "weight_grams")
    createdAt = try row.decode(Date.self, named: "created_at")
    updatedAt = try row.decode(Date.self, named: "updated_at")
  }
}

/// One line of an order.
struct OrderItemJSON: Encodable, Sendable {
  let lineNo: Int
  let listingId: String
  let sku: String
  let title: String
  let quantity: Int
  let unitPrice: Price
  let returnedQuantity: Int
}

/// An order with its lines.
struct OrderJSON: Encodable, Sendable {
  let id: String
  let userId: String
  let status: String
  let total: Price
  let shippingAddress: AddressJSON
  let placedAt: Date
  let shippedAt: Date?
  let deliveredAt: Date?
  let cancelledAt: Date?
  let cancelReason: String?
  let returnDeadline: Date?
  let paymentId: String?
  let shipmentId: String?
  var items: [OrderItemJSON]

  static let columns = """
    o.id, o.user_id, o.status, o.currency, o.total_cents, o.ship_name, o.ship_line1, o.ship_line2, o.ship_city,
    o.ship_region, o.ship_postal_code, o.ship_country_code, o.ship_phone, o.placed_at, o.shipped_at, o.delivered_at,
    o.cancelled_at, o.cancel_reason, p.id AS payment_id, s.id AS shipment_id
    """
  static let joins = """
    LEFT JOIN marketplace.payments p ON p.order_id = o.id LEFT JOIN marketplace.shipments s ON s.order_id = o.id
    """

  init(row: PostgresRow, items: [OrderItemJSON]) throws {
    id = try row.decode(String.self, named: "id")
    userId = try row.decode(String.self, named: "user_id")
    status = try row.decode(String.self, named: "status")
    total = Price(amountCents: try row.decode(Int64.self, named: "total_cents"),
                  currency: try row.decode(String.self, named: "currency"))
    shippingAddress = AddressJSON(
      name: try row.decode(String.self, named: "ship_name"), line1: try row.decode(String.self, named: "ship_line1"),
      line2: try row.decode(String.self, named: "ship_line2"), city: try row.decode(String.self, named: "ship_city"),
      region: try row.decode(String.self, named: "ship_region"),
      postalCode: try row.decode(String.self, named: "ship_postal_code"),
      countryCode: try row.decode(String.self, named: "ship_country_code"),
      phone: try row.decode(String?.self, named: "ship_phone"))
    placedAt = try row.decode(Date.self, named: "placed_at")
    shippedAt = try row.decode(Date?.self, named: "shipped_at")
    deliveredAt = try row.decode(Date?.self, named: "delivered_at")
    cancelledAt = try row.decode(Date?.self, named: "cancelled_at")
    cancelReason = try row.decode(String?.self, named: "cancel_reason")
    returnDeadline = deliveredAt.map { $0.addingTimeInterval(Double(MarketplaceRules.returnWindowDays) * 86_400) }
    paymentId = try row.decode(String?.self, named: "payment_id")
    shipmentId = try row.decode(String?.self, named: "shipment_id")
    self.items = items
  }
}

/// How a payment was made (never a full card number).
struct PaymentMethodJSON: Encodable, Sendable {
  let kind: String
  let cardBrand: String?
  let last4: String?
  let expiryMonth: Int?
  let expiryYear: Int?
  let walletProvider: String?
  let bankReference: String?
}

/// A payment of an order.
struct PaymentJSON: Encodable, Sendable {
  let id: String
  let orderId: String
  let status: String
  let amount: Price
  let refunded: Price
  let method: PaymentMethodJSON
  let createdAt: Date
  let failureReason: String?

  init(row: PostgresRow) throws {
    id = try row.decode(String.self, named: "id")
    orderId = try row.decode(String.self, named: "order_id")
    status = try row.decode(String.self, named: "status")
    let currency = try row.decode(String.self, named: "currency")
    amount = Price(amountCents: try row.decode(Int64.self, named: "amount_cents"), currency: currency)
    refunded = Price(amountCents: try row.decode(Int64.self, named: "refunded_cents"), currency: currency)
    method = PaymentMethodJSON(
      kind: try row.decode(String.self, named: "method"), cardBrand: try row.decode(String?.self, named: "card_brand"),
      last4: try row.decode(String?.self, named: "card_last4"),
      expiryMonth: try row.decode(Int?.self, named: "card_expiry_month"),
      expiryYear: try row.decode(Int?.self, named: "card_expiry_year"),
      walletProvider: try row.decode(String?.self, named: "wallet_provider"),
      bankReference: try row.decode(String?.self, named: "bank_reference"))
    createdAt = try row.decode(Date.self, named: "created_at")
    failureReason = try row.decode(String?.self, named: "failure_reason")
  }
}

/// A carrier's scan.
struct TrackingEventJSON: Encodable, Sendable {
  let kind: String
  let location: String
  let at: Date
  let detail: String
}

/// A parcel and its scans.
struct ShipmentJSON: Encodable, Sendable {
  let id: String
  let orderId: String
  let carrier: String
  let trackingNumber: String
  let weightGrams: Int
  let estimatedDelivery: Date?
  let createdAt: Date
  let delivered: Bool
  let destination: AddressJSON
  let events: [TrackingEventJSON]
}

/// A marketplace user with addresses.
struct UserJSON: Encodable, Sendable {
  let id: String
  let displayName: String
  let email: String
  let locale: String
  let currency: String
  let loyaltyPoints: Int64
  let createdAt: Date
  let lifetimeOrders: Int
  let addresses: [AddressJSON]
  let preferences: PreferencesJSON
}

/// A user's choices; every field optional, the whole object replaced at once.
struct PreferencesJSON: Codable, Sendable, Equatable {
  var locale: String?
  var currencyCode: String?
  var tone: String?
  var marketingOptIn: Bool?
  var favouriteCategories: [String]?
  var notificationChannels: [String: Bool]?
  var maxSuggestions: Int?

  func validate() throws {
    if let tone, !["friendly", "concise", "formal"].contains(tone) {
      throw MarketplaceError.invalid("invalid_preferences", "tone must be friendly, concise or formal")
    }
    if let currencyCode, currencyCode.count != 3 || !currencyCode.allSatisfy({ $0.isASCII && $0.isUppercase }) {
      throw MarketplaceError.invalid("invalid_preferences", "currency_code must be an ISO 4217 code such as EUR")
    }
    if let locale, locale.count > 35 || locale.isEmpty {
      throw MarketplaceError.invalid("invalid_preferences", "locale must be a BCP 47 tag such as de-DE")
    }
    if let maxSuggestions, !(1...50).contains(maxSuggestions) {
      throw MarketplaceError.invalid("invalid_preferences", "max_suggestions must be between 1 and 50")
    }
    if (favouriteCategories?.count ?? 0) > 50 || (notificationChannels?.count ?? 0) > 20 {
      throw MarketplaceError.invalid("invalid_preferences", "too many favourite categories or channels")
    }
  }
}
