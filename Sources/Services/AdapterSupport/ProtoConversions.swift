public import Foundation
public import MeshProtos

/// Translations between the marketplace's shapes and the mesh's contracts that several adapters share.
public enum ProtoConversions {
  /// Cents as google.type.Money-style units and nanos.
  public static func money(_ price: MarketplaceShapes.Price) -> Mesh_Common_V1_Money {
    var money = Mesh_Common_V1_Money()
    money.currencyCode = price.currency
    money.units = price.amountCents / 100
    money.nanos = Int32(price.amountCents % 100) * 10_000_000
    return money
  }

  /// Money as cents, rounded to the nearest cent; nil when the sign of units and nanos disagree.
  public static func cents(_ money: Mesh_Common_V1_Money) -> Int64? {
    guard money.units == 0 || money.nanos == 0 || (money.units > 0) == (money.nanos > 0) else { return nil }
    let (product, overflow) = money.units.multipliedReportingOverflow(by: 100)
    guard !overflow else { return nil }
    return product + Int64((Double(money.nanos) / 10_000_000).rounded())
  }

  /// A timestamp.
  public static func timestamp(_ date: Date) -> Google_Protobuf_Timestamp {
    var timestamp = Google_Protobuf_Timestamp()
    let seconds = date.timeIntervalSince1970.rounded(.down)
    timestamp.seconds = Int64(seconds)
    timestamp.nanos = Int32(((date.timeIntervalSince1970 - seconds) * 1e9).rounded())
    return timestamp
  }

  /// An address, marketplace to contract.
  public static func address(_ address: MarketplaceShapes.Address) -> Mesh_Common_V1_Address {
    var result = Mesh_Common_V1_Address()
    result.name = address.name
    result.lines = [address.line1] + ((address.line2 ?? "").isEmpty ? [] : [address.line2 ?? ""])
    result.city = address.city
    result.region = address.region ?? ""
    result.postalCode = address.postalCode
    result.countryCode = address.countryCode
    result.phone = address.phone
    return result
  }

  /// An address, contract to marketplace (lines past the second are joined into it).
  public static func address(_ address: Mesh_Common_V1_Address) -> MarketplaceShapes.Address {
    MarketplaceShapes.Address(name: address.name, line1: address.lines.first ?? "",
                              line2: address.lines.dropFirst().joined(separator: ", "), city: address.city,
                              region: address.region, postalCode: address.postalCode, countryCode: address.countryCode,
                              phone: address.phone)
  }

  /// A listing, marketplace to contract.
  public static func listing(_ listing: MarketplaceShapes.Listing) -> Mesh_Listing_V1_Listing {
    var result = Mesh_Listing_V1_Listing()
    result.listingID = listing.id
    result.sellerID = listing.sellerId
    result.title = listing.title
    result.description = listing.description
    result.price = money(listing.price)
    result.originalPrice = listing.originalPrice.map(money)
    result.status = listing.stock > 0 ? .active : .soldOut
    var variant = Mesh_Listing_V1_Listing.Variant()
    variant.sku = "\(listing.id)-\(listing.colour.uppercased())-\(listing.size.uppercased())"
    variant.options = ["colour": listing.colour, "size": listing.size]
    variant.price = money(listing.price)
    variant.stock = Int32(clamping: listing.stock)
    result.variants = [variant]
    result.attributes = ["brand": listing.brand, "colour": listing.colour, "size": listing.size,
                         "weight_grams": String(listing.weightGrams)]
    result.categoryPath = [listing.category]
    result.rating = listing.rating
    result.reviewCount = UInt32(clamping: listing.reviewCount)
    result.updatedAt = timestamp(listing.updatedAt)
    return result
  }
}
