public import Foundation

/// The marketplace's JSON shapes (mesh/docs/marketplace.openapi.yaml), as the adapters read them.
public enum MarketplaceShapes {
  /// An amount in cents.
  public struct Price: Codable, Sendable {
    /// Minor units.
    public let amountCents: Int64
    /// ISO 4217.
    public let currency: String
  }

  /// A postal address.
  public struct Address: Codable, Sendable {
    /// Recipient.
    public var name: String
    /// First line.
    public var line1: String
    /// Second line.
    public var line2: String?
    /// City.
    public var city: String
    /// Region.
    public var region: String?
    /// Postal code.
    public var postalCode: String
    /// ISO 3166-1 alpha-2.
    public var countryCode: String
    /// Phone.
    public var phone: String?
  }

  /// A listing.
  public struct Listing: Decodable, Sendable {
    /// The JSON field `id`.
    public let id: String
    /// The JSON field `seller_id`.
    public let sellerId: String
    /// The JSON field `title`.
    public let title: String
    /// The JSON field `description`.
    public let description: String
    /// The JSON field `category`.
    public let category: String
    /// The JSON field `brand`.
    public let brand: String
    /// The JSON field `colour`.
    public let colour: String
    /// The JSON field `size`.
    public let size: String
    /// The JSON field `price`.
    public let price: Price
    /// The JSON field `original_price`.
    public let originalPrice: Price?
    /// The JSON field `stock`.
    public let stock: Int
    /// The JSON field `rating`.
    public let rating: Double
    /// The JSON field `review_count`.
    public let reviewCount: Int
    /// The JSON field `weight_grams`.
    public let weightGrams: Int
    /// The JSON field `updated_at`.
    public let updatedAt: Date
  }

  /// A search page.
  public struct SearchPage: Decodable, Sendable {
    /// The JSON object `Hit`.
    public struct Hit: Decodable, Sendable {
      /// The JSON field `listing`.
      public let listing: Listing
      /// The JSON field `score`.
      public let score: Double
    }
    /// The JSON field `query`.
    public let query: String
    /// The JSON field `corrected_query`.
    public let correctedQuery: String?
    /// The JSON field `total`.
    public let total: Int
    /// The JSON field `page`.
    public let page: Int
    /// The JSON field `page_size`.
    public let pageSize: Int
    /// The JSON field `took_ms`.
    public let tookMs: Double
    /// The JSON field `results`.
    public let results: [Hit]
  }

  /// Listings by id.
  public struct ListingBatch: Decodable, Sendable {
    /// The JSON field `listings`.
    public let listings: [Listing]
    /// The JSON field `not_found`.
    public let notFound: [String]
  }

  /// An order line.
  public struct OrderItem: Decodable, Sendable {
    /// The JSON field `line_no`.
    public let lineNo: Int
    /// The JSON field `listing_id`.
    public let listingId: String
    /// The JSON field `sku`.
    public let sku: String
    /// The JSON field `title`.
    public let title: String
    /// The JSON field `quantity`.
    public let quantity: Int
    /// The JSON field `unit_price`.
    public let unitPrice: Price
    /// The JSON field `returned_quantity`.
    public let returnedQuantity: Int
  }

  /// An order.
  public struct Order: Decodable, Sendable {
    /// The JSON field `id`.
    public let id: String
    /// The JSON field `user_id`.
    public let userId: String
    /// The JSON field `status`.
    public let status: String
    /// The JSON field `total`.
    public let total: Price
    /// The JSON field `shipping_address`.
    public let shippingAddress: Address
    /// The JSON field `placed_at`.
    public let placedAt: Date
    /// The JSON field `shipped_at`.
    public let shippedAt: Date?
    /// The JSON field `delivered_at`.
    public let deliveredAt: Date?
    /// The JSON field `cancelled_at`.
    public let cancelledAt: Date?
    /// The JSON field `cancel_reason`.
    public let cancelReason: String?
    /// The JSON field `return_deadline`.
    public let returnDeadline: Date?
    /// The JSON field `payment_id`.
    public let paymentId: String?
    /// The JSON field `shipment_id`.
    public let shipmentId: String?
    /// The JSON field `items`.
    public let items: [OrderItem]
  }

  /// A page of orders.
  public struct OrderPage: Decodable, Sendable {
    /// The JSON field `total`.
    public let total: Int
    /// The JSON field `page`.
    public let page: Int
    /// The JSON field `page_size`.
    public let pageSize: Int
    /// The JSON field `orders`.
    public let orders: [Order]
  }

  /// A created return.
  public struct ReturnCreated: Decodable, Sendable {
    /// The JSON field `return_id`.
    public let returnId: String
    /// The JSON field `refund_id`.
    public let refundId: String
    /// The JSON field `refund`.
    public let refund: Price
    /// The JSON field `order`.
    public let order: Order
  }

  /// A payment.
  public struct Payment: Decodable, Sendable {
    /// The JSON object `Method`.
    public struct Method: Decodable, Sendable {
      /// The JSON field `kind`.
      public let kind: String
      /// The JSON field `card_brand`.
      public let cardBrand: String?
      /// The JSON field `last4`.
      public let last4: String?
      /// The JSON field `expiry_month`.
      public let expiryMonth: Int?
      /// The JSON field `expiry_year`.
      public let expiryYear: Int?
      /// The JSON field `wallet_provider`.
      public let walletProvider: String?
      /// The JSON field `bank_reference`.
      public let bankReference: String?
    }
    /// The JSON field `id`.
    public let id: String
    /// The JSON field `order_id`.
    public let orderId: String
    /// The JSON field `status`.
    public let status: String
    /// The JSON field `amount`.
    public let amount: Price
    /// The JSON field `refunded`.
    public let refunded: Price
    /// The JSON field `method`.
    public let method: Method
    /// The JSON field `created_at`.
    public let createdAt: Date
    /// The JSON field `failure_reason`.
    public let failureReason: String?
  }

  /// A created (or replayed) refund.
  public struct RefundCreated: Decodable, Sendable {
    /// The JSON field `refund_id`.
    public let refundId: String
    /// The JSON field `amount`.
    public let amount: Price
    /// The JSON field `payment`.
    public let payment: Payment
    /// The JSON field `replayed`.
    public let replayed: Bool
  }

  /// A shipment with tracking.
  public struct Shipment: Decodable, Sendable {
    /// The JSON object `Event`.
    public struct Event: Decodable, Sendable {
      /// The JSON field `kind`.
      public let kind: String
      /// The JSON field `location`.
      public let location: String
      /// The JSON field `at`.
      public let at: Date
      /// The JSON field `detail`.
      public let detail: String
    }
    /// The JSON field `id`.
    public let id: String
    /// The JSON field `order_id`.
    public let orderId: String
    /// The JSON field `carrier`.
    public let carrier: String
    /// The JSON field `tracking_number`.
    public let trackingNumber: String
    /// The JSON field `weight_grams`.
    public let weightGrams: Int
    /// The JSON field `estimated_delivery`.
    public let estimatedDelivery: Date?
    /// The JSON field `created_at`.
    public let createdAt: Date
    /// The JSON field `delivered`.
    public let delivered: Bool
    /// The JSON field `destination`.
    public let destination: Address
    /// The JSON field `events`.
    public let events: [Event]
  }

  /// Delivery options.
  public struct Estimates: Decodable, Sendable {
    /// The JSON object `Option`.
    public struct Option: Decodable, Sendable {
      /// The JSON field `carrier`.
      public let carrier: String
      /// The JSON field `service_level`.
      public let serviceLevel: String
      /// The JSON field `cost`.
      public let cost: Price
      /// The JSON field `transit_days`.
      public let transitDays: Int
    }
    /// The JSON field `options`.
    public let options: [Option]
  }

  /// A user.
  public struct User: Decodable, Sendable {
    /// The JSON field `id`.
    public let id: String
    /// The JSON field `display_name`.
    public let displayName: String
    /// The JSON field `email`.
    public let email: String
    /// The JSON field `locale`.
    public let locale: String
    /// The JSON field `currency`.
    public let currency: String
    /// The JSON field `loyalty_points`.
    public let loyaltyPoints: Int64
    /// The JSON field `created_at`.
    public let createdAt: Date
    /// The JSON field `lifetime_orders`.
    public let lifetimeOrders: Int
    /// The JSON field `addresses`.
    public let addresses: [Address]
  }
}
