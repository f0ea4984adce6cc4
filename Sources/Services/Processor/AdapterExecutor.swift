import Foundation
import MeshCore
import MeshDialogue
import MeshPostgres
import MeshProtos
import MeshServiceKit

/// Performs the policy's actions through the adapters' generated gRPC clients, on behalf of the
/// conversation's user (`x-mesh-user-id`), and turns answers and errors into `ActionResult`s.
///
/// Errors: NOT_FOUND and PERMISSION_DENIED are `.notFound` (another user's order looks like no order),
/// FAILED_PRECONDITION is the marketplace refusing (its message is the reason), anything else is
/// `.unavailable`.
struct AdapterExecutor: Sendable {
  let clients: AdapterClients
  let pool: PostgresPool
  /// The deadline of one adapter call (the mesh file's `processor.adapter_timeout`, 5 s by default).
  let timeout: Duration
  /// Where parcels leave from (ISO 3166-1 alpha-2), for delivery quotes (the `ship_from_country` setting).
  var shipFromCountry = "NL"

  /// The deadline of one adapter call: `configured`, cut to what is left of the turn (nil when nothing
  /// is: the call is not made). A call past the turn's end would only be wasted: another worker has
  /// the turn by then.
  /// - Parameters:
  ///   - configured: the adapter deadline.
  ///   - turnEnds: when the turn's lease ends; nil for no bound.
  ///   - now: the time now.
  static func callTimeout(_ configured: Duration, turnEnds: ContinuousClock.Instant?,
                          now: ContinuousClock.Instant = .now) -> Duration? {
    guard let turnEnds else { return configured }
    let left = turnEnds - now
    return left > .zero ? min(configured, left) : nil
  }

  /// Performs `action` for `turn` through its adapter, within the adapter deadline and the turn's time.
  /// - Parameters:
  ///   - action: what the policy asked for.
  ///   - turn: the turn.
  ///   - turnEnds: when the turn's lease ends; nil for no bound.
  func perform(_ action: DialogueAction, for turn: ChatTurn, turnEnds: ContinuousClock.Instant? = nil) async -> ActionResult {
    if let refusal = Self.refusalOfLateChange(action, turn) { return refusal }
    let metadata = CallerIdentity.metadata(for: turn.userID)
    guard let callTimeout = Self.callTimeout(timeout, turnEnds: turnEnds) else { return .unavailable }
    let options = CallOptions(timeout: callTimeout)
    do {
      switch action {
      case .getOrder(let id):
        var request = Mesh_Order_V1_GetOrderRequest()
        request.orderID = id
        request.userID = turn.userID
        let order = try await clients.order.getOrder(request, metadata: metadata, options: options)
        // The adapter answers for this user; an order of anyone else is not shown, whatever it returned.
        guard order.userID.isEmpty || order.userID == turn.userID else { return .notFound }
        return .order(FactConversion.order(order))
      case .listOrders:
        var request = Mesh_Order_V1_ListOrdersRequest()
        request.userID = turn.userID
        var page = Mesh_Common_V1_PageRequest()
        // Five: the order list shows up to five (asking which order shows three).
        page.pageSize = 5
        request.page = page
        let response = try await clients.order.listOrders(request, metadata: metadata, options: options)
        return .orders(response.orders.filter { $0.userID.isEmpty || $0.userID == turn.userID }.map(FactConversion.order))
      case .getShipment(let id):
        var request = Mesh_Shipping_V1_GetShipmentRequest()
        request.shipmentID = id
        return .shipment(FactConversion.shipment(try await clients.shipping.getShipment(request, metadata: metadata, options: options)))
      case .getPayment(let id):
        var request = Mesh_Payment_V1_GetPaymentRequest()
        request.paymentID = id
        return .payment(FactConversion.payment(try await clients.payment.getPayment(request, metadata: metadata, options: options)))
      case .cancelOrder(let id):
        var request = Mesh_Order_V1_CancelOrderRequest()
        request.orderID = id
        request.userID = turn.userID
        request.reason = "requested in chat"
        return .order(FactConversion.order(try await clients.order.cancelOrder(
          request, metadata: Self.keyed(metadata, turn, "cancel", id), options: options)))
      case .changeAddress(let id, let text):
        let current = try await order(id, turn, metadata, options)
        guard let address = AddressParsing.address(text, keeping: current.shippingAddress) else {
          return .refused(reason: "I need the new address as street, postal code and city, for example \"12 Rue de la Paix, 75002 Paris, FR\"")
        }
        var request = Mesh_Order_V1_ChangeShippingAddressRequest()
        request.orderID = id
        request.userID = turn.userID
        request.address = address
        return .order(FactConversion.order(try await clients.order.changeShippingAddress(
          request, metadata: Self.keyed(metadata, turn, "address", id), options: options)))
      case .requestReturn(let id):
        // Everything not yet returned, line by line (the marketplace refunds each line once).
        let current = try await order(id, turn, metadata, options)
        var request = Mesh_Order_V1_ReturnRequest()
        request.orderID = id
        request.userID = turn.userID
        request.reason = "requested in chat"
        for line in current.lines where line.quantity > line.returnedQuantity {
          request.quantities[line.lineNo] = line.quantity - line.returnedQuantity
        }
        if request.quantities.isEmpty {
          // Everything is back already: perhaps by this very turn, tried before a crash. The same request
          // with the same key gets the marketplace's first answer; otherwise it refuses (already returned).
          guard !current.lines.isEmpty else { return .refused(reason: "every item of this order has already been returned") }
          for line in current.lines { request.quantities[line.lineNo] = line.quantity }
        }
        let response = try await clients.order.requestReturn(request, metadata: Self.keyed(metadata, turn, "return", id), options: options)
        return .returnAccepted(returnID: response.returnID, refund: FactConversion.money(response.refund))
      case .getAccount:
        var request = Mesh_User_V1_GetUserRequest()
        request.userID = turn.userID
        let user = try await clients.user.getUser(request, metadata: metadata, options: options)
        return .account(AccountFact(displayName: user.displayName, email: user.email, addressCount: user.addresses.count,
                                    lifetimeOrders: user.lifetimeOrders,
                                    countryCodes: user.addresses.map(\.countryCode).filter { !$0.isEmpty },
                                    loyaltyPoints: user.loyaltyBalance))
      case .search(let query):
        var request = Mesh_Search_V1_SearchRequest()
        request.query = query.text
        request.locale = turn.locale
        for (attribute, value) in [("colour", query.colour), ("size", query.size)] {
          guard let value else { continue }
          var filter = Mesh_Search_V1_Filter()
          filter.attribute = attribute
          filter.equals = value
          request.filters.append(filter)
        }
        if query.minPrice != nil || query.maxPrice != nil {
          var filter = Mesh_Search_V1_Filter()
          filter.attribute = "price"
          var range = Mesh_Search_V1_Filter.Range()
          // Whole cents, nudged inwards: the adapter rounds the bounds outwards to cents, and 49.99 - 0.01
          // in binary floating point would otherwise become 49.99 again.
          range.min = query.minPrice.map { ($0 * 100).rounded() / 100 + 0.000001 }
          range.max = query.maxPrice.map { ($0 * 100).rounded() / 100 - 0.000001 }
          filter.range = range
          request.filters.append(filter)
        }
        if let minRating = query.minRating {
          var filter = Mesh_Search_V1_Filter()
          filter.attribute = "rating"
          var range = Mesh_Search_V1_Filter.Range()
          range.min = minRating
          filter.range = range
          request.filters.append(filter)
        }
        request.sort = query.cheapestFirst ? .priceAscending : .relevance
        var page = Mesh_Common_V1_PageRequest()
        page.pageSize = 5
        request.page = page
        let response = try await clients.search.search(request, metadata: metadata, options: options)
        // The marketplace searches a word it does not know as the nearest catalogue word: the reply says which.
        return .listings(response.hits.compactMap { $0.listing.flatMap(FactConversion.listing) },
                         correctedQuery: response.correctedQuery.flatMap { $0.isEmpty ? nil : $0 })
      case .getListing(let id):
        // A mesh without the listing adapter has no fresher facts than the search's: the question can't be answered.
        guard let listing = clients.listing else { return .unavailable }
        var request = Mesh_Listing_V1_GetListingRequest()
        request.listingID = id
        let found = try await listing.getListing(request, metadata: metadata, options: options)
        return FactConversion.listingDetails(found).map(ActionResult.listing) ?? .unavailable
      case .estimateDelivery(let country, let grams):
        var request = Mesh_Shipping_V1_EstimateRequest()
        var from = Mesh_Common_V1_Address()
        from.countryCode = shipFromCountry
        var to = Mesh_Common_V1_Address()
        to.countryCode = country
        (request.from, request.to) = (from, to)
        request.weightGrams = UInt32(clamping: grams)
        let response = try await clients.shipping.estimateDelivery(request, metadata: metadata, options: options)
        return .deliveryOptions(response.options.map(FactConversion.deliveryOption))
      case .createTicket(let reason):
        let row = try await pool.execute("""
          INSERT INTO support_tickets (conversation_id, user_id, reason) VALUES ($1::uuid, $2, $3)
          ON CONFLICT (conversation_id, reason, status) DO UPDATE SET reason = EXCLUDED.reason RETURNING id
          """, [turn.conversationID, turn.userID, reason], idempotent: true).first
        guard let row else { return .unavailable }
        return .ticket(ticketID: "T-\(try row.decode(Int64.self, at: 0))")
      }
    } catch let error as RPCError {
      switch error.code {
      case .notFound, .permissionDenied: return .notFound
      case .failedPrecondition, .invalidArgument:
        return .refused(reason: error.message.isEmpty ? "the marketplace refused" : error.message)
      default: return .unavailable
      }
    } catch {
      return .unavailable
    }
  }
}

extension AdapterExecutor {
  /// The metadata of a change, with its idempotency key (AdapterSupport's `IdempotencyKeys`): one per
  /// turn, action and order, so a turn retried after a crash asks for the change with the same key and
  /// the marketplace answers with the first outcome instead of doing it twice.
  static func keyed(_ metadata: Metadata, _ turn: ChatTurn, _ action: String, _ orderID: String) -> Metadata {
    var keyed = metadata
    let order = orderID.utf8.allSatisfy { $0 >= 0x21 && $0 <= 0x7e } ? String(orderID.prefix(100)) : "order"
    keyed.addString("turn-\(turn.messageID)-\(action)-\(order)", forKey: "idempotency-key")
    return keyed
  }

  /// One of the user's orders, as the adapter returns it.
  func order(_ id: String, _ turn: ChatTurn, _ metadata: Metadata, _ options: CallOptions) async throws -> Mesh_Order_V1_Order {
    var request = Mesh_Order_V1_GetOrderRequest()
    request.orderID = id
    request.userID = turn.userID
    let order = try await clients.order.getOrder(request, metadata: metadata, options: options)
    guard order.userID.isEmpty || order.userID == turn.userID else { throw RPCError(code: .notFound, message: "no such order") }
    return order
  }
}

/// The adapters' typed clients.
struct AdapterClients: Sendable {
  let order: Mesh_Order_V1_OrderService.Client
  let shipping: Mesh_Shipping_V1_ShippingService.Client
  let payment: Mesh_Payment_V1_PaymentService.Client
  let user: Mesh_User_V1_UserService.Client
  let search: Mesh_Search_V1_SearchService.Client
  /// The listing adapter, when the mesh has one (questions about a result shown: its stock and seller).
  var listing: Mesh_Listing_V1_ListingService.Client? = nil
}
