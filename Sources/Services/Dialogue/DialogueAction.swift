/// A search as the policy asks for it.
public struct SearchQuery: Sendable, Equatable, Codable {
  /// The words searched.
  public var text: String
  /// A colour filter.
  public var colour: String?
  /// A size filter, in the catalogue's labels ("39", "M"); optional, as every field added after states were first stored.
  public var size: String?
  /// The lowest price, in major units.
  public var minPrice: Double?
  /// The highest price, in major units.
  public var maxPrice: Double?
  /// Cheapest first.
  public var cheapestFirst: Bool
  /// The lowest rating (0 to 5) of the listings wanted ("more than 4 stars"); optional, as every field added after states
  /// were first stored.
  public var minRating: Double?

  /// Creates a query.
  public init(text: String, colour: String? = nil, size: String? = nil, minPrice: Double? = nil, maxPrice: Double? = nil,
              cheapestFirst: Bool = false, minRating: Double? = nil) {
    self.text = text
    self.colour = colour
    self.size = size
    self.minPrice = minPrice
    self.maxPrice = maxPrice
    self.cheapestFirst = cheapestFirst
    self.minRating = minRating
  }
}

/// Something the policy needs done by an adapter before it can answer; the processor performs it for
/// the conversation's user and hands back an `ActionResult`.
public enum DialogueAction: Sendable, Equatable {
  /// One of the user's orders.
  case getOrder(orderID: String)
  /// The user's most recent orders.
  case listOrders
  /// The shipment of an order.
  case getShipment(shipmentID: String)
  /// The payment of an order.
  case getPayment(paymentID: String)
  /// Cancel an order (confirmed by the user).
  case cancelOrder(orderID: String)
  /// Change an order's delivery address (confirmed by the user).
  case changeAddress(orderID: String, address: String)
  /// Return an order for a refund (confirmed by the user).
  case requestReturn(orderID: String)
  /// The user's account.
  case getAccount
  /// Search the catalogue.
  case search(SearchQuery)
  /// One listing as the listing API has it now (stock, seller), for a question about a result shown.
  case getListing(listingID: String)
  /// Hand the conversation to a human agent.
  case createTicket(reason: String)
  /// The shipping methods, prices and transit days to a country (ISO 3166-1 alpha-2) for a parcel's weight.
  case estimateDelivery(toCountry: String, weightGrams: Int)
}

/// What an action came back with.
public enum ActionResult: Sendable, Equatable {
  /// An order.
  case order(OrderFact)
  /// A list of orders, newest first.
  case orders([OrderFact])
  /// A shipment.
  case shipment(ShipmentFact)
  /// A payment.
  case payment(PaymentFact)
  /// A return was accepted: its id and the refund.
  case returnAccepted(returnID: String, refund: MoneyFact?)
  /// The account.
  case account(AccountFact)
  /// Search results, best first; `correctedQuery` when the search service replaced words it does not know by
  /// catalogue words ("wireles headphnes" searched as "wireless headphones").
  case listings([ListingFact], correctedQuery: String? = nil)
  /// One listing, with its stock and seller.
  case listing(ListingFact)
  /// A ticket for a human agent.
  case ticket(ticketID: String)
  /// Delivery options, as the shipping service quoted them.
  case deliveryOptions([DeliveryOptionFact])
  /// The thing asked for does not exist for this user (or belongs to someone else: the same answer).
  case notFound
  /// The marketplace refused, with its reason (already shipped, return window closed, ...).
  case refused(reason: String)
  /// The adapter could not be reached or failed.
  case unavailable
}
