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
    public let id: String
    public let sellerId: String
    public let title: String
    public let description: String
    public let category: String
    public let brand: String
    public let colour: String
    public let size: String
    public let price: Price
    public let originalPrice: Price?
    public let stock: Int
    public let rating: Double
    public let reviewCount: Int
    public let weightGrams: Int
    public let updatedAt: Date
  }

  /// A search page.
  public struct SearchPage: Decodable, Sendable {
    public struct Hit: Decodable, Sendable {
      public let listing: Listing
      public let score: Double
    }
    public let query: String
    public let correctedQuery: String?
    public let total: Int
    public let page: Int
    public let pageSize: Int
    public let tookMs: Double
    public let results: [Hit]
  }

  /// Listings by id.
  public struct ListingBatch: Decodable, Sendable {
    public let listings: [Listing]
    public let notFound: [String]
  }

  /// An order line.
  public struct OrderItem: Decodable, Sendable {
    public let lineNo: Int
    public let listingId: String
    public let sku: String
    public let title: String
    public let quantity: Int
    public let unitPrice: Price
    public let returnedQuantity: Int
  }

  /// An order.
  public struct Order: Decodable, Sendable {
    public let id: String
    public let userId: String
    public let status: String
    public let total: Price
    public let shippingAddress: Address
    public let placedAt: Date
    public let shippedAt: Date?
    public let deliveredAt: Date?
    public let cancelledAt: Date?
    public let cancelReason: String?
    public let returnDeadline: Date?
    public let paymentId: String?
    public let shipmentId: String?
    public let items: [OrderItem]
  }

  /// A page of orders.
  public struct OrderPage: Decodable, Sendable {
    public let total: Int
    public let page: Int
    public let pageSize: Int
    public let orders: [Order]
  }

  /// A created return.
  public struct ReturnCreated: Decodable, Sendable {
    public let returnId: String
    public let refundId: String
    public let refund: Price
    public let order: Order
  }

  /// A payment.
  public struct Payment: Decodable, Sendable {
    public struct Method: Decodable, Sendable {
      public let kind: String
      public let cardBrand: String?
      public let last4: String?
      public let expiryMonth: Int?
      public let expiryYear: Int?
      public let walletProvider: String?
      public let bankReference: String?
    }
    public let id: String
    public let orderId: String
    public let status: String
    public let amount: Price
    public let refunded: Price
    public let method: Method
    public let createdAt: Date
    public let failureReason: String?
  }

  /// A created (or replayed) refund.
  public struct RefundCreated: Decodable, Sendable {
    public let refundId: String
    public let amount: Price
    public let payment: Payment
    public let replayed: Bool
  }

  /// A shipment with tracking.
  public struct Shipment: Decodable, Sendable {
    public struct Event: Decodable, Sendable {
      public let kind: String
      public let location: String
      public let at: Date
      public let detail: String
    }
    public let id: String
    public let orderId: String
    public let carrier: String
    public let trackingNumber: String
    public let weightGrams: Int
    public let estimatedDelivery: Date?
    public let createdAt: Date
    public let delivered: Bool
    public let destination: Address
    public let events: [Event]
  }

  /// Delivery options.
  public struct Estimates: Decodable, Sendable {
    public struct Option: Decodable, Sendable {
      public let carrier: String
      public let serviceLevel: String
      public let cost: Price
      public let transitDays: Int
    }
    public let options: [Option]
  }

  /// A user.
  public struct User: Decodable, Sendable {
    public let id: String
    public let displayName: String
    public let email: String
    public let locale: String
    public let currency: String
    public let loyaltyPoints: Int64
    public let createdAt: Date
    public let lifetimeOrders: Int
    public let addresses: [Address]
  }
}
