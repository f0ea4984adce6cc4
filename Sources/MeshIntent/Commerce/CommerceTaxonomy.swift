/// The marketplace assistant's fine intents: what the dialogue policy must tell apart (tracking an
/// order from changing it, asking for a refund from chasing one), each in one of the 14 coarse
/// intents of `CommerceModel` as its group. `docs/INTENTS.md` describes each one.
public enum CommerceTaxonomy {
  /// One fine intent.
  public struct Intent: Sendable, Equatable {
    /// The label, `area.action` (or a single word for conversation intents).
    public var name: String
    /// The coarse intent of `CommerceModel.intents` it belongs to.
    public var group: String
    /// The entities the assistant needs before it can act (entity types of `EntityExtractor`).
    public var slots: [String]
    /// What the assistant does, in one line.
    public var action: String
  }

  /// Every fine intent, `out_of_scope` included.
  public static let intents: [Intent] = [
    Intent(name: "order.status", group: "order_status", slots: ["order_number"],
           action: "look the order up and say where it is in processing, with its expected date"),
    Intent(name: "order.track", group: "order_status", slots: ["order_number", "tracking_number"],
           action: "give the carrier, tracking number and link, and the last scan"),
    Intent(name: "order.invoice", group: "order_status", slots: ["order_number", "invoice_number"],
           action: "send the invoice or receipt of the order, or correct its details"),
    Intent(name: "order.place", group: "place_order", slots: ["query", "quantity"],
           action: "add the item to the basket and walk through checkout"),
    Intent(name: "order.cancel", group: "cancel_order", slots: ["order_number"],
           action: "cancel if not yet shipped, otherwise explain how to refuse or return it"),
    Intent(name: "order.change_address", group: "change_order", slots: ["order_number", "address"],
           action: "change the delivery address of an open order, or redirect the parcel with the carrier"),
    Intent(name: "order.change_items", group: "change_order", slots: ["order_number", "query", "quantity"],
           action: "change size, colour or quantity, or add or remove an item, before the order ships"),
    Intent(name: "delivery.options", group: "shipping", slots: ["country", "city"],
           action: "list the shipping methods, prices and countries, and the free-shipping threshold"),
    Intent(name: "delivery.time", group: "shipping", slots: ["country", "date"],
           action: "say how long delivery takes to the place and whether it arrives by the date"),
    Intent(name: "delivery.missing", group: "shipping", slots: ["order_number", "tracking_number"],
           action: "open a carrier investigation for a parcel marked delivered but not received, or lost"),
    Intent(name: "delivery.damaged", group: "return_refund", slots: ["order_number"],
           action: "ask for a photo and offer a replacement or refund for a damaged, wrong or incomplete item"),
    Intent(name: "return.start", group: "return_refund", slots: ["order_number", "query"],
           action: "create a return and send the label and drop-off options"),
    Intent(name: "return.policy", group: "return_refund", slots: [],
           action: "explain the return window, conditions and who pays return shipping"),
    Intent(name: "refund.request", group: "return_refund", slots: ["order_number", "money"],
           action: "start a refund (after a return or for a cancelled or missing order)"),
    Intent(name: "refund.status", group: "return_refund", slots: ["order_number"],
           action: "say whether the refund was issued, when, to which method, and when the bank shows it"),
    Intent(name: "payment.failed", group: "payment", slots: ["money"],
           action: "explain why the payment was declined and how to retry or pay another way"),
    Intent(name: "payment.methods", group: "payment", slots: [],
           action: "list the accepted payment methods, instalments and currencies"),
    Intent(name: "payment.charged_twice", group: "payment", slots: ["order_number", "money"],
           action: "check for a duplicate charge or pre-authorisation and reverse it"),
    Intent(name: "payment.discount", group: "payment", slots: [],
           action: "check the promo code or gift card and apply it, or say why it does not apply"),
    Intent(name: "account.password_reset", group: "account", slots: ["email"],
           action: "send a password reset link, or unlock the account"),
    Intent(name: "account.delete", group: "account", slots: ["email"],
           action: "confirm identity and schedule the account's deletion (and its data's erasure)"),
    Intent(name: "account.update", group: "account", slots: ["email", "phone"],
           action: "change e-mail, phone, name, saved addresses or notification settings"),
    Intent(name: "account.create", group: "account", slots: ["email"],
           action: "help sign up, verify the e-mail, or check out as a guest"),
    Intent(name: "product.search", group: "search_items", slots: ["query", "colour", "price_min", "price_max"],
           action: "search the catalogue with the product phrase and attributes"),
    Intent(name: "product.info", group: "search_items", slots: ["query"],
           action: "answer a question about an item: size, material, compatibility, specifications"),
    Intent(name: "product.availability", group: "search_items", slots: ["query"],
           action: "say whether the item is in stock in the size or colour, and offer a restock alert"),
    Intent(name: "seller.listing", group: "sell_item", slots: ["query"],
           action: "explain how to sell: listing an item, fees, payouts"),
    Intent(name: "human_handoff", group: "human_agent", slots: [],
           action: "hand the conversation to a person, with its summary"),
    Intent(name: "complaint", group: "feedback", slots: ["order_number"],
           action: "apologise, record the complaint and offer a person or a remedy"),
    Intent(name: "feedback", group: "feedback", slots: [],
           action: "thank the customer and record the praise or suggestion"),
    Intent(name: "greeting", group: "greeting", slots: [], action: "greet and offer help"),
    Intent(name: "thanks", group: "greeting", slots: [], action: "say you are welcome and ask if anything else is needed"),
    Intent(name: "goodbye", group: "greeting", slots: [], action: "close the conversation"),
    Intent(name: "smalltalk", group: "greeting", slots: [],
           action: "answer briefly and steer back to shopping"),
    Intent(name: "out_of_scope", group: "out_of_scope", slots: [],
           action: "say it is outside what the assistant does and offer what it can do"),
  ]

  /// The fine intent names.
  public static var names: [String] { intents.map(\.name) }

  /// The coarse group of a fine intent (`out_of_scope` for an unknown name).
  /// - Parameters:
  ///   - name: a fine intent.
  public static func group(of name: String) -> String {
    intents.first { $0.name == name }?.group ?? "out_of_scope"
  }
}
