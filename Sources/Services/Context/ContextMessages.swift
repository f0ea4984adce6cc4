import Foundation
import MeshProtos
import MeshServiceKit

/// Conversions between the stored context and the contract's messages.
enum ContextMessages {
  static func message(_ context: DialogueContext) -> Mesh_Context_V1_ConversationContext {
    var message = Mesh_Context_V1_ConversationContext()
    message.conversationID = context.conversationID
    message.userID = context.userID
    message.activeIntent = Mesh_Nlu_V1_Intent(rawValue: context.activeIntent)
    message.slots = context.slots.mapValues(slot)
    message.recentListingIds = context.recentListingIDs
    message.recentOrderIds = context.recentOrderIDs
    message.missingSlots = context.missingSlots
    message.focusedOrderID = context.focusedOrderID
    message.version = context.version
    message.updatedAt = Google_Protobuf_Timestamp(date: context.updatedAt)
    return message
  }

  static func slot(_ value: DialogueContext.SlotValue) -> Mesh_Context_V1_Slot {
    var slot = Mesh_Context_V1_Slot()
    if let text = value.text { slot.text = text }
    else if let number = value.number { slot.number = number }
    else if let decimal = value.decimal { slot.decimal = decimal }
    else if let flag = value.flag { slot.flag = flag }
    slot.confidence = value.confidence
    slot.filledAt = Google_Protobuf_Timestamp(date: Date(timeIntervalSince1970: value.filledAt))
    return slot
  }

  static func value(_ slot: Mesh_Context_V1_Slot) -> DialogueContext.SlotValue {
    let at = slot.filledAt?.date ?? Date()
    switch slot.value {
    case .text(let text): return .init(text: text, confidence: slot.confidence, filledAt: at)
    case .number(let number): return .init(number: number, confidence: slot.confidence, filledAt: at)
    case .decimal(let decimal): return .init(decimal: decimal, confidence: slot.confidence, filledAt: at)
    case .flag(let flag): return .init(flag: flag, confidence: slot.confidence, filledAt: at)
    case nil: return .init(confidence: slot.confidence, filledAt: at)
    }
  }

  /// An update request's changes.
  static func patch(_ request: Mesh_Context_V1_UpdateContextRequest) -> ContextPatch {
    var patch = ContextPatch()
    patch.clearSlots = request.clearSlots
    patch.setSlots = request.setSlots.mapValues(value)
    patch.activeIntent = request.activeIntent?.rawValue
    patch.recent = request.recent.map { (listingIDs: $0.listingIds, orderIDs: $0.orderIds) }
    patch.focusedOrderID = request.focusedOrderID
    patch.missingSlots = request.missing?.names
    return patch
  }

  /// The slots whose values differ between two contexts.
  static func changedSlots(_ old: DialogueContext?, _ new: DialogueContext) -> [String] {
    let names = Set(new.slots.keys).union(old?.slots.keys ?? [:].keys)
    return names.filter { old?.slots[$0] != new.slots[$0] }.sorted()
  }
}
