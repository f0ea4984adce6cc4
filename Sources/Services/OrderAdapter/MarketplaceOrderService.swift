public import AdapterSupport
import Foundation
public import MeshCore
public import MeshProtos

/// `mesh.order.v1.OrderService` over the marketplace: a user's orders, cancellation, address change and
/// returns. The caller is `x-mesh-user-id`; a request naming another user is refused.
public struct MarketplaceOrderService: Mesh_Order_V1_OrderService.ServiceProtocol {
  private let client: MarketplaceClient
  /// How often `WatchOrders` looks at the marketplace (it has no push API).
  private let pollInterval: Duration

  /// Creates the adapter.
  /// - Parameters:
  ///   - client: the marketplace client.
  ///   - pollInterval: how often WatchOrders polls.
  public init(client: MarketplaceClient, pollInterval: Duration = .seconds(2)) {
    self.client = client
    self.pollInterval = pollInterval
  }

  private func ordersPath(_ user: String) -> String { "/v1/users/\(MarketplaceClient.segment(user))/orders" }

  private func orderPath(_ user: String, _ order: String) throws -> String {
    guard !order.isEmpty else { throw RPCError(code: .invalidArgument, message: "order_id is required") }
    return ordersPath(user) + "/" + MarketplaceClient.segment(order)
  }

  /// Reads one of the caller's orders.
  public func getOrder(request: Mesh_Order_V1_GetOrderRequest, context: ServerContext) async throws -> Mesh_Order_V1_Order {
    let user = try CallerIdentity.userID(context, requestUserID: request.userID)
    let order = try await client.get(try orderPath(user, request.orderID), as: MarketplaceShapes.Order.self, context: context)
    return OrderTranslation.order(order)
  }

  /// Lists the caller's orders, newest first; the page token is the page number.
  public func listOrders(request: Mesh_Order_V1_ListOrdersRequest, context: ServerContext) async throws
    -> Mesh_Order_V1_ListOrdersResponse
  {
    let user = try CallerIdentity.userID(context, requestUserID: request.userID)
    let statuses = try request.statuses.map { status in
      guard let name = OrderTranslation.statusName(status) else {
        throw RPCError(code: .invalidArgument, message: "unknown order status \(status.rawValue)")
      }
      return name
    }
    let size = Int(request.page?.pageSize ?? 0)
    let pageSize = size <= 0 ? 20 : min(size, 100)
    let token = request.page?.pageToken ?? ""
    guard let page = token.isEmpty ? 1 : Int(token), page >= 1 else {
      throw RPCError(code: .invalidArgument, message: "page_token is not one this service issued")
    }
    var path = ordersPath(user) + "?page=\(page)&page_size=\(pageSize)"
    if !statuses.isEmpty { path += "&status=" + statuses.joined(separator: ",") }
    let result = try await client.get(path, as: MarketplaceShapes.OrderPage.self, context: context)
    var response = Mesh_Order_V1_ListOrdersResponse()
    response.orders = result.orders.map(OrderTranslation.order)
    var info = Mesh_Common_V1_PageInfo()
    info.totalCount = Int64(result.total)
    info.nextPageToken = page * pageSize < result.total ? String(page + 1) : ""
    response.page = info
    return response
  }

  /// Cancels one of the caller's orders; FAILED_PRECONDITION once it has shipped. Once per
  /// `idempotency-key` (see `IdempotencyKeys`): a retry gets the first answer.
  public func cancelOrder(request: Mesh_Order_V1_CancelOrderRequest, context: ServerContext) async throws
    -> Mesh_Order_V1_Order
  {
    struct Body: Encodable { let reason: String? }
    let user = try CallerIdentity.userID(context, requestUserID: request.userID)
    let order = try await client.send("POST", try orderPath(user, request.orderID) + "/cancel",
                                      body: Body(reason: request.reason.isEmpty ? nil : request.reason),
                                      idempotent: false, idempotencyKey: try IdempotencyKeys.key(of: context),
                                      as: MarketplaceShapes.Order.self, context: context)
    return OrderTranslation.order(order)
  }

  /// Returns items of a delivered order for a refund; FAILED_PRECONDITION outside the return window or
  /// for an item already returned.
  public func requestReturn(request: Mesh_Order_V1_ReturnRequest, context: ServerContext) async throws
    -> Mesh_Order_V1_ReturnResponse
  {
    struct Item: Encodable {
      let lineNo: Int
      let quantity: Int
    }
    struct Body: Encodable {
      let items: [Item]
      let reason: String
    }
    let user = try CallerIdentity.userID(context, requestUserID: request.userID)
    guard !request.quantities.isEmpty else {
      throw RPCError(code: .invalidArgument, message: "name at least one line and quantity to return")
    }
    let items = request.quantities.sorted { $0.key < $1.key }.map { Item(lineNo: Int($0.key), quantity: Int($0.value)) }
    let created = try await client.send("POST", try orderPath(user, request.orderID) + "/returns",
                                        body: Body(items: items, reason: request.reason), idempotent: false,
                                        idempotencyKey: try IdempotencyKeys.key(of: context),
                                        as: MarketplaceShapes.ReturnCreated.self, context: context)
    var response = Mesh_Order_V1_ReturnResponse()
    response.returnID = created.returnId
    response.refundID = created.refundId
    response.refund = ProtoConversions.money(created.refund)
    response.order = OrderTranslation.order(created.order)
    return response
  }

  /// Changes the delivery address before dispatch; retried safely (the same whole address).
  public func changeShippingAddress(request: Mesh_Order_V1_ChangeShippingAddressRequest, context: ServerContext)
    async throws -> Mesh_Order_V1_Order
  {
    let user = try CallerIdentity.userID(context, requestUserID: request.userID)
    guard let address = request.address else { throw RPCError(code: .invalidArgument, message: "address is required") }
    let order = try await client.send("PUT", try orderPath(user, request.orderID) + "/shipping-address",
                                      body: ProtoConversions.address(address), idempotent: true,
                                      idempotencyKey: try IdempotencyKeys.key(of: context),
                                      as: MarketplaceShapes.Order.self, context: context)
    return OrderTranslation.order(order)
  }

  /// Streams status changes of the caller's 50 newest orders, polling the marketplace; the first look
  /// sets the baseline. Ends when the caller cancels or the marketplace stays unavailable.
  public func watchOrders(request: Mesh_Order_V1_WatchOrdersRequest, response: ResponseWriter<Mesh_Order_V1_OrderEvent>,
                          context: ServerContext) async throws {
    let user = try CallerIdentity.userID(context, requestUserID: request.userID)
    var known: [String: String] = [:]
    var sequence: UInt64 = 0
    var first = true
    while !Task.isCancelled {
      let page = try await client.get(ordersPath(user) + "?page=1&page_size=50", as: MarketplaceShapes.OrderPage.self,
                                      context: nil)
      for order in page.orders {
        defer { known[order.id] = order.status }
        guard !first, let before = known[order.id], before != order.status else { continue }
        sequence += 1
        var event = Mesh_Order_V1_OrderEvent()
        event.orderID = order.id
        event.from = OrderTranslation.statuses[before] ?? .unspecified
        event.to = OrderTranslation.statuses[order.status] ?? .unspecified
        event.at = ProtoConversions.timestamp(Date())
        event.sequence = sequence
        try await response.write(event)
      }
      first = false
      try await Task.sleep(for: pollInterval)
    }
  }
}
