import Foundation

/// The changes of one UpdateContext call, apart from the context they apply to: so the store can apply
/// them in the database, in the statement that checks the version, instead of reading the context first.
public struct ContextPatch: Sendable {
  /// Slots to remove (before `setSlots` is applied).
  public var clearSlots: [String] = []
  /// Slots to set, by name.
  public var setSlots: [String: DialogueContext.SlotValue] = [:]
  /// The new active intent, when it changes.
  public var activeIntent: Int32?
  /// The new lists of recent results (listings, orders), when they change.
  public var recent: (listingIDs: [String], orderIDs: [String])?
  /// The new focused order, when it changes (an empty id clears it).
  public var focusedOrderID: String?
  /// The new missing slots, when they change.
  public var missingSlots: [String]?

  /// No changes.
  public init() {}

  /// Applies the changes to a context, as the database does (`PostgresContextStore.mergeSQL`).
  /// - Parameter context: the context to change.
  public func apply(to context: inout DialogueContext) {
    for name in clearSlots { context.slots[name] = nil }
    for (name, value) in setSlots { context.slots[name] = value }
    if let activeIntent { context.activeIntent = activeIntent }
    if let recent {
      context.recentListingIDs = recent.listingIDs
      context.recentOrderIDs = recent.orderIDs
    }
    if let focusedOrderID { context.focusedOrderID = focusedOrderID.isEmpty ? nil : focusedOrderID }
    if let missingSlots { context.missingSlots = missingSlots }
  }

  /// Throws `ContextError.invalid` when a value is over the bounds whatever it is applied to (the slot
  /// count depends on the stored context: the store checks it after the merge).
  public func validate() throws {
    var probe = DialogueContext(conversationID: "", userID: "")
    probe.slots = setSlots
    probe.missingSlots = missingSlots ?? []
    probe.recentListingIDs = recent?.listingIDs ?? []
    probe.recentOrderIDs = recent?.orderIDs ?? []
    probe.focusedOrderID = focusedOrderID
    try probe.validate()
  }

  /// The top-level fields that change and the slots to set, as one JSON object in the stored document's
  /// shape (`DialogueContext`'s coding keys), and the top-level fields to remove.
  func encoded() throws -> (fields: String, removed: String, cleared: String) {
    struct Fields: Encodable {
      var activeIntent: Int32?
      var slots: [String: DialogueContext.SlotValue]
      var missingSlots: [String]?
      var recentListingIDs: [String]?
      var recentOrderIDs: [String]?
      var focusedOrderID: String?
    }
    let fields = Fields(activeIntent: activeIntent, slots: setSlots, missingSlots: missingSlots, recentListingIDs: recent?.listingIDs,
                        recentOrderIDs: recent?.orderIDs, focusedOrderID: focusedOrderID.flatMap { $0.isEmpty ? nil : $0 })
    let encoder = JSONEncoder()
    let removed = focusedOrderID?.isEmpty == true ? ["focusedOrderID"] : []
    return (String(decoding: try encoder.encode(fields), as: UTF8.self), String(decoding: try encoder.encode(removed), as: UTF8.self),
            String(decoding: try encoder.encode(clearSlots), as: UTF8.self))
  }

}
