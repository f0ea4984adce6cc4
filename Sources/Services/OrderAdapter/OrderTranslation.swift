import AdapterSupport
import MeshProtos

/// The marketplace's order shape as the order contract.
enum OrderTranslation {
  static let statuses: [String: Mesh_Order_V1_OrderStatus] = [
    "pending_payment": .pendingPayment, "paid": .paid, "shipped": .shipped, "delivered": .delivered,
    "cancelled": .cancelled, "returned": .returned,
  ]

  static func statusName(_ status: Mesh_Order_V1_OrderStatus) -> String? {
    statuses.first { $0.value == status }?.key
  }

  static func order(_ order: MarketplaceShapes.Order) -> Mesh_Order_V1_Order {
    var result = Mesh_Order_V1_Order()
    result.orderID = order.id
    result.userID = order.userId
    result.status = statuses[order.status] ?? .unspecified
    result.lines = order.items.map { item in
      var line = Mesh_Order_V1_Order.Line()
      line.listingID = item.listingId
      line.sku = item.sku
      line.title = item.title
      line.quantity = UInt32(clamping: item.quantity)
      line.unitPrice = ProtoConversions.money(item.unitPrice)
      line.lineNo = UInt32(clamping: item.lineNo)
      line.returnedQuantity = UInt32(clamping: item.returnedQuantity)
      return line
    }
    result.total = ProtoConversions.money(order.total)
    result.shippingAddress = ProtoConversions.address(order.shippingAddress)
    result.placedAt = ProtoConversions.timestamp(order.placedAt)
    result.shipmentID = order.shipmentId
    result.paymentID = order.paymentId
    result.shippedAt = order.shippedAt.map(ProtoConversions.timestamp)
    result.deliveredAt = order.deliveredAt.map(ProtoConversions.timestamp)
    result.cancelledAt = order.cancelledAt.map(ProtoConversions.timestamp)
    result.returnDeadline = order.returnDeadline.map(ProtoConversions.timestamp)
    result.cancelReason = order.cancelReason ?? ""
    return result
  }
}
