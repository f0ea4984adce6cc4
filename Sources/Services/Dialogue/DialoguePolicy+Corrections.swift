/// Corrections ("no wait, order 10043", "sorry, I meant the first one", "no wait, 12 Oak Street, Leeds"), said while a
/// change waits for a yes or no, or after an answer about an order: the same request is made again of the order or
/// address named now, and anything else said instead is served as a new message. Nothing is changed on the order
/// first named.
extension DialoguePolicy {
  /// The step for `rest` (the words after "no wait,") said while `pending` waited; `state` has the pending change
  /// removed already.
  func corrected(_ pending: PendingChange, with rest: String, input: TurnInput, state: DialogueState) -> DialogueStep {
    var state = state
    let request: OrderRequest? = switch pending {
    case .cancel(let id): OrderRequest(label: "cancel_order", orderID: id)
    case .returnOrder(let id): OrderRequest(label: "return_refund", orderID: id)
    case .changeAddress(let id, let address): OrderRequest(label: "change_order", orderID: id, address: address)
    case .handOff: nil
    }
    if let request, let step = redo(request, with: rest, input: input, state: state) { return step }
    // Not a new order or address for the change: the change is dropped and the rest is read as a new message.
    state.activeIntent = nil
    state.missing = []
    var instead = input
    instead.text = rest
    return decide(instead, state: state)
  }

  /// `request` made again of the order `rest` names, or (an address change) to the address it gives; nil when it
  /// names neither, or the classifier reads the message as another request on an order ("no wait, where is order 10043").
  func redo(_ request: OrderRequest, with rest: String, input: TurnInput, state: DialogueState) -> DialogueStep? {
    let (group, fine) = Self.parts(of: request.label)
    // The classifier has no good reading of a correction ("no wait, the first one" was read as a greeting); only
    // another request about orders is served as itself.
    guard input.intent == group || !Self.orderIntents.contains(input.intent) || input.confidence < max(minimumConfidence, 0.5) else { return nil }
    var instead = input
    instead.text = rest
    let named = orderReference(instead, state: state, acceptBare: true).flatMap { $0 == request.orderID ? nil : $0 }
    // An address given again: only an address change takes one, and only when no order is named instead.
    let address = group == "change_order" && named == nil ? TurnReading.address(in: " to " + rest) : nil
    guard named != nil || address != nil else { return nil }
    var state = state
    state.focusedOrderID = named ?? request.orderID
    state.address = address ?? request.address
    state.activeIntent = nil
    state.missing = []
    state.misunderstandings = 0
    // The order passed as named: "the other one" read again would be the other of the new focus.
    instead.entities = [("order_number", named ?? request.orderID)] + input.entities.filter { $0.type != "order_number" }
    return run(group, fine: fine, input: instead, state: state, continuing: true)
  }
}
