public import MeshProtos

/// The engine's intent labels and entity types, mapped onto the contract's enums. The label itself
/// travels too (`ParseResponse.label`, `Entity.type`), so a finer taxonomy loses nothing.
public enum IntentMapping {
  /// The contract's intent for an engine label.
  /// - Parameter label: the engine's label (`order_status`, `search_items`, ...).
  public static func intent(_ label: String) -> Mesh_Nlu_V1_Intent {
    switch label {
    case "greeting": return .greeting
    case "search_items": return .searchProduct
    case "order_status": return .trackOrder
    case "cancel_order": return .cancelOrder
    case "return_refund": return .returnItem
    case "payment": return .paymentIssue
    case "account": return .accountHelp
    case "human_agent": return .humanAgent
    case "change_order": return .changeOrder
    case "shipping": return .shipping
    case "place_order": return .placeOrder
    case "sell_item": return .sellItem
    case "feedback": return .feedback
    case "out_of_scope": return .outOfScope
    case "small_talk": return .smallTalk
    case "goodbye": return .goodbye
    default: return .unspecified
    }
  }

  /// The contract's entity kind for an engine type.
  /// - Parameter type: the engine's type name.
  public static func kind(_ type: String) -> Mesh_Nlu_V1_Entity.Kind {
    switch type {
    case "query": return .product
    case "brand": return .brand
    case "colour", "color": return .color
    case "size": return .size
    case "money", "price_min", "price_max": return .price
    case "order_number": return .orderID
    case "date": return .date
    case "quantity": return .quantity
    default: return .other
    }
  }
}
