public import AdapterSupport
public import MeshCore
public import MeshProtos

/// `mesh.payment.v1.PaymentService` over the marketplace: the caller's payments and refunds. Card
/// numbers never pass (the marketplace has only the last four digits).
public struct MarketplacePaymentService: Mesh_Payment_V1_PaymentService.ServiceProtocol {
  private let client: MarketplaceClient

  /// Creates the adapter.
  /// - Parameter client: the marketplace client.
  public init(client: MarketplaceClient) { self.client = client }

  static let statuses: [String: Mesh_Payment_V1_PaymentStatus] = [
    "authorized": .authorized, "captured": .captured, "failed": .failed, "refunded": .refunded,
    "partially_refunded": .partiallyRefunded,
  ]

  static func payment(_ payment: MarketplaceShapes.Payment) -> Mesh_Payment_V1_Payment {
    var result = Mesh_Payment_V1_Payment()
    result.paymentID = payment.id
    result.orderID = payment.orderId
    result.status = statuses[payment.status] ?? .unspecified
    result.amount = ProtoConversions.money(payment.amount)
    result.refunded = ProtoConversions.money(payment.refunded)
    var method = Mesh_Payment_V1_PaymentMethod()
    switch payment.method.kind {
    case "card":
      var card = Mesh_Payment_V1_PaymentMethod.Card()
      card.brand = payment.method.cardBrand ?? ""
      card.last4 = payment.method.last4 ?? ""
      card.expiryMonth = UInt32(clamping: payment.method.expiryMonth ?? 0)
      card.expiryYear = UInt32(clamping: payment.method.expiryYear ?? 0)
      method.kind = .card(card)
    case "wallet":
      var wallet = Mesh_Payment_V1_PaymentMethod.Wallet()
      wallet.provider = payment.method.walletProvider ?? ""
      method.kind = .wallet(wallet)
    default:
      method.kind = .bankTransferReference(payment.method.bankReference ?? "")
    }
    result.method = method
    result.createdAt = ProtoConversions.timestamp(payment.createdAt)
    result.failureReason = payment.failureReason
    return result
  }

  private func path(_ user: String, _ payment: String) throws -> String {
    guard !payment.isEmpty else { throw RPCError(code: .invalidArgument, message: "payment_id is required") }
    return "/v1/users/\(MarketplaceClient.segment(user))/payments/\(MarketplaceClient.segment(payment))"
  }

  /// One of the caller's payments.
  public func getPayment(request: Mesh_Payment_V1_GetPaymentRequest, context: ServerContext) async throws
    -> Mesh_Payment_V1_Payment
  {
    let user = try CallerIdentity.userID(context)
    return Self.payment(try await client.get(try path(user, request.paymentID), as: MarketplaceShapes.Payment.self,
                                             context: context))
  }

  /// Refunds part of one of the caller's payments; never above what is left (FAILED_PRECONDITION).
  /// Retried only with an idempotency key, which makes a repeat answer the first refund.
  public func refund(request: Mesh_Payment_V1_RefundRequest, context: ServerContext) async throws
    -> Mesh_Payment_V1_RefundResponse
  {
    struct Body: Encodable {
      let amountCents: Int64
      let reason: String
      let idempotencyKey: String?
    }
    let user = try CallerIdentity.userID(context)
    guard let amount = request.amount, let cents = ProtoConversions.cents(amount), cents > 0 else {
      throw RPCError(code: .invalidArgument, message: "amount must be a positive amount of money")
    }
    if !amount.currencyCode.isEmpty {
      // The marketplace refunds in the payment's currency: a refund asked in another is refused first.
      let payment = try await client.get(try path(user, request.paymentID), as: MarketplaceShapes.Payment.self,
                                         context: context)
      guard payment.amount.currency == amount.currencyCode else {
        throw RPCError(code: .invalidArgument, message: "the payment is in \(payment.amount.currency), not \(amount.currencyCode)")
      }
    }
    let key = request.idempotencyKey.isEmpty ? nil : request.idempotencyKey
    let created = try await client.send("POST", try path(user, request.paymentID) + "/refunds",
                                        body: Body(amountCents: cents, reason: request.reason, idempotencyKey: key),
                                        // The request's own key travels in the body (whose replay says `replayed`);
                                        // without one, the header's key makes retries safe.
                                        idempotent: key != nil, idempotencyKey: key == nil ? try IdempotencyKeys.key(of: context) : nil,
                                        as: MarketplaceShapes.RefundCreated.self,
                                        context: context)
    var response = Mesh_Payment_V1_RefundResponse()
    response.refundID = created.refundId
    response.status = Self.statuses[created.payment.status] ?? .unspecified
    response.amount = ProtoConversions.money(created.amount)
    response.payment = Self.payment(created.payment)
    response.replayed = created.replayed
    return response
  }
}
