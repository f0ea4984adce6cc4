/// The fine intents of docs/INTENTS.md with their coarse groups (`CommerceTaxonomy`, which this target does
/// not link: the policy has no I/O and no model; `FineIntentGroupsTests` keeps the two equal). A fine label
/// is followed only inside its group.
enum FineIntents {
  static let group: [String: String] = [
    "order.status": "order_status", "order.track": "order_status", "order.invoice": "order_status",
    "order.place": "place_order", "order.cancel": "cancel_order",
    "order.change_address": "change_order", "order.change_items": "change_order",
    "delivery.options": "shipping", "delivery.time": "shipping", "delivery.missing": "shipping",
    "delivery.damaged": "return_refund", "return.start": "return_refund", "return.policy": "return_refund",
    "refund.request": "return_refund", "refund.status": "return_refund",
    "payment.failed": "payment", "payment.methods": "payment", "payment.charged_twice": "payment", "payment.discount": "payment",
    "account.password_reset": "account", "account.delete": "account", "account.update": "account", "account.create": "account",
    "product.search": "search_items", "product.info": "search_items", "product.availability": "search_items",
    "seller.listing": "sell_item", "human_handoff": "human_agent", "complaint": "feedback", "feedback": "feedback",
    "greeting": "greeting", "thanks": "greeting", "goodbye": "greeting", "smalltalk": "greeting", "out_of_scope": "out_of_scope",
  ]
}
