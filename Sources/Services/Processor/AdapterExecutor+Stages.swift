import MeshDialogue

extension AdapterExecutor {
  /// The stage name of an action's adapter call in `TurnStageTimings` (and the `stage` label of
  /// `mesh_assistant_turn_stage_seconds`): one per kind of action, never its ids or text.
  /// - Parameter action: the policy's action.
  static func stage(of action: DialogueAction) -> String {
    switch action {
    case .getOrder: "processor.adapter call: order.GetOrder"
    case .listOrders: "processor.adapter call: order.ListOrders"
    case .getShipment: "processor.adapter call: shipping.GetShipment"
    case .getPayment: "processor.adapter call: payment.GetPayment"
    case .cancelOrder: "processor.adapter call: order.CancelOrder"
    case .changeAddress: "processor.adapter call: order.ChangeShippingAddress"
    case .requestReturn: "processor.adapter call: order.RequestReturn"
    case .getAccount: "processor.adapter call: user.GetUser"
    case .search: "processor.adapter call: search.Search"
    case .getListing: "processor.adapter call: listing.GetListing"
    case .createTicket: "processor.adapter call: support ticket (SQL)"
    case .estimateDelivery: "processor.adapter call: shipping.EstimateDelivery"
    }
  }
}
