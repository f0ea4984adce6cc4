import MeshHTTP

/// Delivery estimates: the carriers' price lists, public.
struct ShippingAPI: Sendable {
  struct Option: Encodable {
    let carrier: String
    let serviceLevel: String
    let cost: Price
    let transitDays: Int
  }

  func register(on router: inout HTTPRouter) {
    router.add("POST", "/v1/shipping/estimates") { request in await JSONResponses.guarded { try estimate(request) } }
  }

  /// Price lists: a base per carrier and level, per kilogram, and extra days abroad.
  static func options(from: String, to: String, weightGrams: Int) -> [Option] {
    let abroad = from != to
    let kilograms = Int64((weightGrams + 999) / 1000)
    let carriers: [(String, String, Int64, Int64, Int)] = [
      ("DHL", "standard", 499, 90, 3), ("DHL", "express", 1299, 150, 1), ("DPD", "standard", 449, 110, 3),
      ("UPS", "express", 1499, 170, 1), ("PostNL", "standard", 399, 100, 4), ("GLS", "economy", 349, 80, 5),
    ]
    return carriers.map { carrier, level, base, perKilogram, days in
      Option(carrier: carrier, serviceLevel: level,
             cost: Price(amountCents: base + perKilogram * kilograms + (abroad ? 600 : 0), currency: "EUR"),
             transitDays: days + (abroad ? 2 : 0))
    }.sorted { $0.cost.amountCents < $1.cost.amountCents }
  }

  /// The heaviest parcel the carriers take, in grams (the refusal of a heavier one names it).
  static let maxParcelGrams = 70_000

  private func estimate(_ request: HTTPRequest) throws -> HTTPResponse {
    struct Body: Decodable {
      let fromCountryCode: String
      let toCountryCode: String
      let weightGrams: Int
    }
    let body = try JSONResponses.body(Body.self, from: request)
    for code in [body.fromCountryCode, body.toCountryCode] where code.count != 2 || !code.allSatisfy({ $0.isASCII && $0.isUppercase }) {
      throw MarketplaceError.invalid("invalid_country", "\(code) is not an ISO 3166-1 alpha-2 code")
    }
    guard (1...Self.maxParcelGrams).contains(body.weightGrams) else {
      throw MarketplaceError.invalid("invalid_weight", "weight_grams must be between 1 and \(Self.maxParcelGrams)")
    }
    return try JSONResponses.ok(["options": Self.options(from: body.fromCountryCode, to: body.toCountryCode,
                                                         weightGrams: body.weightGrams)])
  }
}
