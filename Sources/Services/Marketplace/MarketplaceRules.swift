/// The shop's business rules, in one place.
enum MarketplaceRules {
  /// Days after delivery during which items may be returned.
  static let returnWindowDays = 30
  /// Statuses in which an order has not left the warehouse: it may be cancelled or re-addressed.
  static let beforeDispatch: Set<String> = ["pending_payment", "paid"]
  /// Statuses after dispatch.
  static let dispatched: Set<String> = ["shipped", "delivered", "returned"]
  /// Payment statuses from which money can go back.
  static let refundable: Set<String> = ["captured", "partially_refunded"]

  /// Why an order cannot be cancelled, nil when it can.
  static func cancellationRefusal(status: String) -> MarketplaceError? {
    if status == "cancelled" { return .conflict("order_already_cancelled", "the order is already cancelled") }
    if dispatched.contains(status) {
      return .conflict("order_already_shipped", "the order has shipped and can no longer be cancelled; it can be returned after delivery")
    }
    return nil
  }

  /// Why an order's delivery address cannot change, nil when it can.
  static func addressChangeRefusal(status: String) -> MarketplaceError? {
    if status == "cancelled" { return .conflict("order_cancelled", "the order is cancelled") }
    if dispatched.contains(status) {
      return .conflict("order_already_dispatched", "the order has been dispatched; its address can no longer change")
    }
    return nil
  }

  /// Checks a new address; the refusal names the field.
  static func validate(_ address: AddressJSON) throws {
    let required: [(String, String)] = [("name", address.name), ("line1", address.line1), ("city", address.city),
                                        ("postal_code", address.postalCode)]
    for (field, value) in required where value.trimmingSpacesAndNewlines.isEmpty {
      throw MarketplaceError.invalid("invalid_address", "\(field) is required")
    }
    let all = required.map(\.1) + [address.line2 ?? "", address.region ?? "", address.phone ?? ""]
    guard all.allSatisfy({ $0.count <= 200 && !$0.contains(where: { $0.isNewline || $0 == "\u{0}" }) }) else {
      throw MarketplaceError.invalid("invalid_address", "address fields are single lines of at most 200 characters")
    }
    guard address.countryCode.count == 2, address.countryCode.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
      throw MarketplaceError.invalid("invalid_address", "country_code must be an ISO 3166-1 alpha-2 code such as DE")
    }
  }
}
