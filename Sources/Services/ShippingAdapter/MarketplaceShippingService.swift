public import AdapterSupport
public import MeshCore
public import MeshProtos

/// `mesh.shipping.v1.ShippingService` over the marketplace: the caller's shipments with tracking, and
/// delivery estimates (public).
public struct MarketplaceShippingService: Mesh_Shipping_V1_ShippingService.ServiceProtocol {
  private let client: MarketplaceClient
  private let pollInterval: Duration

  /// Creates the adapter.
  /// - Parameters:
  ///   - client: the marketplace client.
  ///   - pollInterval: how often Track looks for new scans.
  public init(client: MarketplaceClient, pollInterval: Duration = .seconds(5)) {
    self.client = client
    self.pollInterval = pollInterval
  }

  static let kinds: [String: Mesh_Shipping_V1_TrackingEvent.Kind] = [
    "label_created": .labelCreated, "picked_up": .pickedUp, "in_transit": .inTransit,
    "out_for_delivery": .outForDelivery, "delivered": .delivered, "exception": .exception,
  ]

  static func event(_ event: MarketplaceShapes.Shipment.Event) -> Mesh_Shipping_V1_TrackingEvent {
    var result = Mesh_Shipping_V1_TrackingEvent()
    result.kind = kinds[event.kind] ?? .unspecified
    result.location = event.location
    result.at = ProtoConversions.timestamp(event.at)
    result.detail = event.detail
    return result
  }

  static func shipment(_ shipment: MarketplaceShapes.Shipment) -> Mesh_Shipping_V1_Shipment {
    var result = Mesh_Shipping_V1_Shipment()
    result.shipmentID = shipment.id
    result.orderID = shipment.orderId
    result.carrier = shipment.carrier
    result.trackingNumber = shipment.trackingNumber
    result.destination = ProtoConversions.address(shipment.destination)
    result.events = shipment.events.map(event)
    result.estimatedDelivery = shipment.estimatedDelivery.map(ProtoConversions.timestamp)
    result.weightGrams = UInt64(clamping: shipment.weightGrams)
    result.delivered = shipment.delivered
    return result
  }

  private func fetch(_ request: Mesh_Shipping_V1_GetShipmentRequest, context: ServerContext, deadline: Bool = true)
    async throws -> MarketplaceShapes.Shipment
  {
    let user = MarketplaceClient.segment(try CallerIdentity.userID(context))
    let path: String
    if !request.shipmentID.isEmpty {
      path = "/v1/users/\(user)/shipments/\(MarketplaceClient.segment(request.shipmentID))"
    } else if !request.orderID.isEmpty {
      path = "/v1/users/\(user)/orders/\(MarketplaceClient.segment(request.orderID))/shipment"
    } else {
      throw RPCError(code: .invalidArgument, message: "name the shipment_id or the order_id")
    }
    return try await client.get(path, as: MarketplaceShapes.Shipment.self, context: deadline ? context : nil)
  }

  /// One of the caller's shipments, by its id or its order's.
  public func getShipment(request: Mesh_Shipping_V1_GetShipmentRequest, context: ServerContext) async throws
    -> Mesh_Shipping_V1_Shipment
  {
    Self.shipment(try await fetch(request, context: context))
  }

  /// Carrier options between two countries for a weight, cheapest first.
  public func estimateDelivery(request: Mesh_Shipping_V1_EstimateRequest, context: ServerContext) async throws
    -> Mesh_Shipping_V1_EstimateResponse
  {
    struct Body: Encodable {
      let fromCountryCode: String
      let toCountryCode: String
      let weightGrams: Int
    }
    let body = Body(fromCountryCode: request.from?.countryCode ?? "", toCountryCode: request.to?.countryCode ?? "",
                    weightGrams: Int(request.weightGrams))
    // An estimate changes nothing: safe to retry.
    let estimates = try await client.send("POST", "/v1/shipping/estimates", body: body, idempotent: true,
                                          as: MarketplaceShapes.Estimates.self, context: context)
    var response = Mesh_Shipping_V1_EstimateResponse()
    response.options = estimates.options.map { option in
      var result = Mesh_Shipping_V1_EstimateResponse.Option()
      result.carrier = option.carrier
      result.serviceLevel = option.serviceLevel
      result.cost = ProtoConversions.money(option.cost)
      var transit = Google_Protobuf_Duration()
      transit.seconds = Int64(option.transitDays) * 86_400
      result.transitTime = transit
      return result
    }
    return response
  }

  /// The scans so far, then new ones as they come (polled) until the parcel is delivered.
  public func track(request: Mesh_Shipping_V1_GetShipmentRequest, response: ResponseWriter<Mesh_Shipping_V1_TrackingEvent>,
                    context: ServerContext) async throws {
    var sent = 0
    while !Task.isCancelled {
      let shipment = try await fetch(request, context: context, deadline: false)
      for event in shipment.events.dropFirst(sent) { try await response.write(Self.event(event)) }
      sent = max(sent, shipment.events.count)
      if shipment.delivered { return }
      try await Task.sleep(for: pollInterval)
    }
  }
}
