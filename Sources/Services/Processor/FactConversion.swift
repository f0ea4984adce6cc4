import Foundation
import MeshDialogue
import MeshProtobuf
import MeshProtos
import MeshServiceKit

/// The adapters' messages as the policy's facts: copied field by field, nothing inferred.
enum FactConversion {
  static func money(_ money: Mesh_Common_V1_Money?) -> MoneyFact? {
    guard let money, !money.currencyCode.isEmpty else { return nil }
    // Units past what cents can hold are refused, not trapped on: they come from another process.
    let (cents, overflow) = money.units.multipliedReportingOverflow(by: 100)
    let (minor, carry) = cents.addingReportingOverflow(Int64(money.nanos) / 10_000_000)
    guard !overflow, !carry else { return nil }
    return MoneyFact(currency: money.currencyCode, minorUnits: minor)
  }

  /// The UTC calendar day of a timestamp, `yyyy-MM-dd`. A fixed Gregorian format needs no ICU
  /// formatter (one made per call was a visible share of a turn's CPU).
  static func day(_ timestamp: Google_Protobuf_Timestamp?) -> String? {
    guard let timestamp else { return nil }
    let (year, month, day) = CivilCalendar.date(fromDays: CivilCalendar.days(fromSeconds: timestamp.seconds))
    func padded(_ value: Int64, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
  }

  static func state(_ status: Mesh_Order_V1_OrderStatus) -> OrderState {
    switch status {
    case .pendingPayment: return .pendingPayment
    case .paid: return .paid
    case .shipped: return .shipped
    case .delivered: return .delivered
    case .cancelled: return .cancelled
    case .returned: return .returned
    default: return .unknown
    }
  }

  static func address(_ address: Mesh_Common_V1_Address?) -> String? {
    guard let address else { return nil }
    let parts = address.lines + [address.postalCode + " " + address.city, address.region, address.countryCode]
    let text = parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: ", ")
    return text.isEmpty ? nil : text
  }

  static func order(_ order: Mesh_Order_V1_Order) -> OrderFact {
    OrderFact(orderID: order.orderID, state: state(order.status),
              lines: order.lines.map { OrderFact.Line(title: $0.title, quantity: Int($0.quantity)) },
              total: money(order.total), placedOn: day(order.placedAt), shipmentID: order.shipmentID.flatMap { $0.isEmpty ? nil : $0 },
              paymentID: order.paymentID.flatMap { $0.isEmpty ? nil : $0 }, address: address(order.shippingAddress),
              deliveredOn: day(order.deliveredAt), cancelledOn: day(order.cancelledAt), returnBy: day(order.returnDeadline))
  }

  static func shipment(_ shipment: Mesh_Shipping_V1_Shipment) -> ShipmentFact {
    let latest = shipment.events.max { ($0.at?.date ?? .distantPast) < ($1.at?.date ?? .distantPast) }
    let event = latest.map { event -> String in
      var text = eventName(event.kind)
      if !event.location.isEmpty { text += " at \(event.location)" }
      if let day = day(event.at) { text += " on \(day)" }
      return text
    }
    return ShipmentFact(carrier: shipment.carrier, trackingNumber: shipment.trackingNumber, latestEvent: event,
                        estimatedDelivery: day(shipment.estimatedDelivery))
  }

  static func eventName(_ kind: Mesh_Shipping_V1_TrackingEvent.Kind) -> String {
    switch kind {
    case .labelCreated: return "label created"
    case .pickedUp: return "picked up"
    case .inTransit: return "in transit"
    case .outForDelivery: return "out for delivery"
    case .delivered: return "delivered"
    case .exception: return "delivery problem"
    default: return "update"
    }
  }

  static func payment(_ payment: Mesh_Payment_V1_Payment) -> PaymentFact {
    let status: String
    switch payment.status {
    case .authorized: status = "authorized"
    case .captured: status = "captured"
    case .failed: status = "failed"
    case .refunded: status = "refunded"
    case .partiallyRefunded: status = "partially refunded"
    default: status = "in an unknown state"
    }
    var method: String?
    switch payment.method?.kind {
    case .card(let card)?: method = "\(card.brand) ending \(card.last4)"
    case .wallet(let wallet)?: method = wallet.provider
    case .bankTransferReference?: method = "bank transfer"
    case nil: method = nil
    }
    return PaymentFact(status: status, amount: money(payment.amount), method: method, refunded: money(payment.refunded),
                       failureReason: payment.failureReason.flatMap { $0.isEmpty ? nil : $0 })
  }

  /// A quoted option; whole days in transit (the service quotes days).
  static func deliveryOption(_ option: Mesh_Shipping_V1_EstimateResponse.Option) -> DeliveryOptionFact {
    DeliveryOptionFact(carrier: option.carrier, serviceLevel: option.serviceLevel, cost: money(option.cost),
                       transitDays: option.transitTime.map { Int($0.seconds / 86_400) })
  }

  static func listing(_ listing: Mesh_Listing_V1_Listing) -> ListingFact? {
    guard let price = money(listing.price) else { return nil }
    // A search hit carries its size too, so a search's results can be compared by it.
    return ListingFact(listingID: listing.listingID, title: listing.title, price: price,
                       colour: listing.attributes["colour"] ?? listing.attributes["color"],
                       rating: listing.reviewCount > 0 ? listing.rating : nil,
                       size: listing.attributes["size"].flatMap { $0.isEmpty ? nil : $0 },
                       reviewCount: listing.reviewCount > 0 ? Int(clamping: listing.reviewCount) : nil)
  }

  /// A listing as the listing API gave it, with its stock and seller: the stock is its variants' units; without
  /// variants it is known only when the status says sold out (else nil: the answer says it is not known).
  static func listingDetails(_ listing: Mesh_Listing_V1_Listing) -> ListingFact? {
    guard var fact = self.listing(listing) else { return nil }
    if !listing.variants.isEmpty {
      fact.stock = listing.variants.reduce(0) { $0 + max(0, Int($1.stock)) }
    } else if listing.status == .soldOut {
      fact.stock = 0
    }
    fact.sellerID = listing.sellerID.isEmpty ? nil : listing.sellerID
    fact.originalPrice = money(listing.originalPrice)
    return fact
  }
}
