/// An amount of money as an adapter returned it.
public struct MoneyFact: Sendable, Equatable, Codable {
  /// ISO 4217 code.
  public var currency: String
  /// Minor units (cents).
  public var minorUnits: Int64

  /// Creates an amount.
  /// - Parameters:
  ///   - currency: the currency code.
  ///   - minorUnits: the amount in cents.
  public init(currency: String, minorUnits: Int64) {
    self.currency = currency
    self.minorUnits = minorUnits
  }

  /// "$49.99", "€12.00", or "49.99 CHF" for currencies without a symbol here.
  public var formatted: String {
    let sign = minorUnits < 0 ? "-" : ""
    let magnitude = minorUnits.magnitude
    let cents = magnitude % 100
    let amount = "\(magnitude / 100).\(cents < 10 ? "0" : "")\(cents)"
    switch currency {
    case "USD": return sign + "$" + amount
    case "EUR": return sign + "€" + amount
    case "GBP": return sign + "£" + amount
    default: return sign + amount + " " + currency
    }
  }

  /// The amount as a decimal number of major units.
  public var decimal: Double { Double(minorUnits) / 100 }
}

/// An order's state as the order adapter returned it.
public enum OrderState: String, Sendable, Equatable, Codable {
  case pendingPayment = "awaiting payment"
  case paid = "paid, being prepared"
  case shipped = "shipped"
  case delivered = "delivered"
  case cancelled = "cancelled"
  case returned = "returned"
  case unknown = "in an unknown state"

  /// Whether the order has left the warehouse (no cancellation, no address change).
  public var hasShipped: Bool { self == .shipped || self == .delivered || self == .returned }
}

/// An order, as facts: only what the adapter said.
public struct OrderFact: Sendable, Equatable, Codable {
  /// One line of the order.
  public struct Line: Sendable, Equatable, Codable {
    /// The item's title.
    public var title: String
    /// How many.
    public var quantity: Int
    /// Creates a line.
    /// - Parameters:
    ///   - title: the title.
    ///   - quantity: how many.
    public init(title: String, quantity: Int) {
      self.title = title
      self.quantity = quantity
    }
  }

  /// The order id.
  public var orderID: String
  /// Its state.
  public var state: OrderState
  /// Its lines.
  public var lines: [Line]
  /// Its total.
  public var total: MoneyFact?
  /// When it was placed, as YYYY-MM-DD.
  public var placedOn: String?
  /// The shipment, when there is one.
  public var shipmentID: String?
  /// The payment, when there is one.
  public var paymentID: String?
  /// The delivery address on one line.
  public var address: String?
  /// When the marketplace marked it delivered, as YYYY-MM-DD.
  public var deliveredOn: String?
  /// When it was cancelled, as YYYY-MM-DD (the marketplace refunds a captured payment then).
  public var cancelledOn: String?
  /// The last day its items can be returned, as YYYY-MM-DD (set once delivered).
  public var returnBy: String?

  /// Creates an order fact.
  public init(orderID: String, state: OrderState, lines: [Line] = [], total: MoneyFact? = nil, placedOn: String? = nil,
              shipmentID: String? = nil, paymentID: String? = nil, address: String? = nil, deliveredOn: String? = nil,
              cancelledOn: String? = nil, returnBy: String? = nil) {
    self.orderID = orderID
    self.state = state
    self.lines = lines
    self.total = total
    self.placedOn = placedOn
    self.shipmentID = shipmentID
    self.paymentID = paymentID
    self.address = address
    self.deliveredOn = deliveredOn
    self.cancelledOn = cancelledOn
    self.returnBy = returnBy
  }

  /// "2 × Trail Shoes, 1 × Socks" (the first three lines, then "and N more").
  public var itemsSummary: String {
    let shown = lines.prefix(3).map { "\($0.quantity) × \($0.title)" }.joined(separator: ", ")
    return lines.count > 3 ? shown + " and \(lines.count - 3) more" : shown
  }
}

/// A shipment, as facts.
public struct ShipmentFact: Sendable, Equatable, Codable {
  /// The carrier.
  public var carrier: String
  /// The tracking number.
  public var trackingNumber: String
  /// The newest event, described ("in transit at Lyon on 2026-11-30").
  public var latestEvent: String?
  /// The estimated delivery date, YYYY-MM-DD.
  public var estimatedDelivery: String?

  /// Creates a shipment fact.
  public init(carrier: String, trackingNumber: String, latestEvent: String? = nil, estimatedDelivery: String? = nil) {
    self.carrier = carrier
    self.trackingNumber = trackingNumber
    self.latestEvent = latestEvent
    self.estimatedDelivery = estimatedDelivery
  }
}

/// A payment, as facts.
public struct PaymentFact: Sendable, Equatable, Codable {
  /// Its state ("captured", "refunded", ...).
  public var status: String
  /// The amount.
  public var amount: MoneyFact?
  /// How it was paid ("Visa ending 4242", "PayPal").
  public var method: String?
  /// Refunded so far.
  public var refunded: MoneyFact?
  /// Why it failed, when it did.
  public var failureReason: String?

  /// Creates a payment fact.
  public init(status: String, amount: MoneyFact? = nil, method: String? = nil, refunded: MoneyFact? = nil,
              failureReason: String? = nil) {
    self.status = status
    self.amount = amount
    self.method = method
    self.refunded = refunded
    self.failureReason = failureReason
  }
}

/// A product, as facts (shown as a card).
public struct ListingFact: Sendable, Equatable, Codable {
  /// The listing id.
  public var listingID: String
  /// Its title.
  public var title: String
  /// Its price.
  public var price: MoneyFact
  /// Its colour, when known.
  public var colour: String?
  /// Its rating, when known.
  public var rating: Double?
  /// Units in stock, when the listing API gave them (a search hit's card leaves it out).
  public var stock: Int?
  /// The seller's id, when the listing API gave it (the marketplace has no seller names).
  public var sellerID: String?
  /// The price before a reduction, when the listing has one.
  public var originalPrice: MoneyFact?
  /// Its size, when the listing API gave one (a listing of this marketplace comes in one size).
  public var size: String?
  /// How many reviews its rating is the mean of, when it has any.
  public var reviewCount: Int?

  /// Creates a listing fact.
  public init(listingID: String, title: String, price: MoneyFact, colour: String? = nil, rating: Double? = nil, stock: Int? = nil,
              sellerID: String? = nil, originalPrice: MoneyFact? = nil, size: String? = nil, reviewCount: Int? = nil) {
    self.listingID = listingID
    self.title = title
    self.price = price
    self.colour = colour
    self.rating = rating
    self.stock = stock
    self.sellerID = sellerID
    self.originalPrice = originalPrice
    self.size = size
    self.reviewCount = reviewCount
  }
}

/// The account, as facts.
public struct AccountFact: Sendable, Equatable, Codable {
  /// The name shown.
  public var displayName: String
  /// The e-mail on file.
  public var email: String
  /// Saved addresses.
  public var addressCount: Int
  /// Orders placed so far.
  public var lifetimeOrders: Int64
  /// The countries (ISO 3166-1 alpha-2) of the saved addresses, in the account's order.
  public var countryCodes: [String]
  /// The loyalty points on the account, as the user service gave them.
  public var loyaltyPoints: Int64?

  /// Creates an account fact.
  public init(displayName: String, email: String, addressCount: Int, lifetimeOrders: Int64, countryCodes: [String] = [],
              loyaltyPoints: Int64? = nil) {
    self.displayName = displayName
    self.email = email
    self.addressCount = addressCount
    self.lifetimeOrders = lifetimeOrders
    self.countryCodes = countryCodes
    self.loyaltyPoints = loyaltyPoints
  }
}

/// One delivery option, as the shipping service quoted it.
public struct DeliveryOptionFact: Sendable, Equatable, Codable {
  /// The carrier ("DHL").
  public var carrier: String
  /// Its service level ("standard", "express").
  public var serviceLevel: String
  /// The price.
  public var cost: MoneyFact?
  /// Days in transit.
  public var transitDays: Int?

  /// Creates an option.
  public init(carrier: String, serviceLevel: String, cost: MoneyFact?, transitDays: Int?) {
    self.carrier = carrier
    self.serviceLevel = serviceLevel
    self.cost = cost
    self.transitDays = transitDays
  }
}
