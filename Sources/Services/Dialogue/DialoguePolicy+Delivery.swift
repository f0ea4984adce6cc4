/// Parcels that went wrong and arrivals by a day (docs/INTENTS.md): a parcel said missing is looked up (the
/// order, then its shipment) and what the marketplace knows is said before a person is offered (the carrier
/// investigation is theirs); an item said damaged is looked up and, once delivered, a return for a refund is
/// offered; "will it arrive by Friday?" compares the carrier's estimate, or a quote's days in transit, with
/// the day named. Every date said is a fact's or the user's own.
extension DialoguePolicy {
  /// The day the message asks a delivery by, when it names one the policy can read ("by friday").
  func deliverBy(_ input: TurnInput) -> DeliverBy? {
    guard let said = input.entity("date"), let today = input.today, let day = DateWords.resolve(said, today: today) else { return nil }
    return DeliverBy(said: said, day: day, today: today)
  }

  /// Whether a delivery-time question is about an order the user has ("will my order arrive by friday",
  /// "will order 123 come by monday", an order number just given for it) rather than a quote.
  func asksAboutAnOrder(_ input: TurnInput, state: DialogueState, continuing: Bool) -> Bool {
    // "Can it arrive in Germany by Tuesday?" names a place: a quote, unless an order is named outright.
    if input.entity("country") != nil, !continuing { return input.entity("order_number") != nil }
    if orderReference(input, state: state) != nil { return true }
    // Resumed after the order number was asked for (a country answer would have set the country).
    if continuing, state.country == nil, state.focusedOrderID != nil { return true }
    let text = " " + TurnReading.words(input.text).joined(separator: " ") + " "
    return [" my order ", " the order ", " my parcel ", " the parcel ", " my package ", " the package ", " my shipment ",
            " my delivery "].contains { text.contains($0) } || TurnReading.asksForLatest(input.text)
  }

  /// "Will ORD-1 arrive by Friday?", which the classifier files under order status: a day the policy can read
  /// and words of an arrival make it a delivery-time question about the order.
  func asksForArrivalByADay(_ input: TurnInput) -> Bool {
    guard deliverBy(input) != nil else { return false }
    return TurnReading.words(input.text).contains {
      ["arrive", "arrives", "arriving", "arrival", "by", "before", "until", "deliver", "delivered", "come", "coming", "here"].contains($0)
    }
  }

  /// "Friday (2026-12-11)": the user's day as they said it and as a date.
  static func named(_ by: DeliverBy) -> String {
    let said = by.said.prefix(1).uppercased() + by.said.dropFirst()
    return said == by.day.iso ? by.day.iso : "\(said) (\(by.day.iso))"
  }

  /// Continues a turn of a parcel gone wrong or an arrival; nil when the purpose is not one of theirs.
  func resumeDelivery(_ continuation: DialogueContinuation, with result: ActionResult) -> DialogueStep? {
    var state = continuation.state
    let intent = continuation.intent
    switch (continuation.purpose, result) {
    case (.missingOrder, .order(let order)):
      state.focusedOrderID = order.orderID
      if (order.state == .shipped || order.state == .delivered), let shipment = order.shipmentID {
        return .act(.getShipment(shipmentID: shipment), DialogueContinuation(purpose: .missingShipment(order), intent: intent, state: state))
      }
      if order.state == .shipped || order.state == .delivered {
        let known = "Order \(order.orderID) is \(order.state.rawValue)" + (order.deliveredOn.map { " (on \($0))" } ?? "")
          + ", but no shipment is recorded for it."
        return offerPerson(missingHandOff(order, intent: intent), state: state, preface: known)
      }
      return .reply(Reply(text: notSent(order), quickReplies: ["Talk to a person"], orderID: order.orderID, outcome: .resolved,
                          intent: intent), state)
    case (.missingShipment(let order), .shipment(let shipment)):
      var known = "Order \(order.orderID)" + (order.lines.isEmpty ? "" : " (\(order.itemsSummary))")
      if order.state == .delivered {
        known += " is marked delivered" + (order.deliveredOn.map { " on \($0)" } ?? "")
          + " by \(shipment.carrier), tracking number \(shipment.trackingNumber)."
      } else {
        known += " is on its way with \(shipment.carrier), tracking number \(shipment.trackingNumber); it is not marked delivered yet."
        if let eta = shipment.estimatedDelivery { known += " Estimated delivery: \(eta)." }
      }
      if let event = shipment.latestEvent { known += " Latest scan: \(event)." }
      return offerPerson(missingHandOff(order, intent: intent), state: state, preface: known)
    case (.damagedOrder(let sorry, let today), .order(let order)):
      state.focusedOrderID = order.orderID
      switch order.state {
      case .delivered:
        // Past the return deadline the marketplace takes no return: a damaged item is a person's to look at.
        if let closed = Self.returnWindowClosed(order, today: today) {
          return offerPerson(lateReturnHandOff(order, intent: intent), state: state, preface: sorry.isEmpty ? closed : sorry + " " + closed)
        }
        let days = Self.returnDays(order, today: today)
        let preface = sorry.isEmpty ? days : days.isEmpty ? sorry : sorry + " " + days
        return confirm(.returnOrder(orderID: order.orderID), order: order, intent: intent, state: state, preface: preface,
                       extraQuickReplies: ["Talk to a person"])
      case .shipped:
        let handOff = HandOff(reason: "order \(order.orderID): item said damaged before it is marked delivered (asked in chat)",
                              task: "look into the damaged parcel of order \(order.orderID)",
                              question: "Shall I pass this to a person?", intent: intent)
        return offerPerson(handOff, state: state, preface: "Order \(order.orderID) is not marked delivered yet (it is shipped), so I can't start a return for it.")
      case .returned:
        return .reply(Reply(text: "Order \(order.orderID) has already been returned.", quickReplies: ["Where is my refund?", "Talk to a person"],
                            orderID: order.orderID, outcome: .resolved, intent: intent), state)
      default:
        return .reply(Reply(text: notSent(order), quickReplies: ["Talk to a person"], orderID: order.orderID, outcome: .resolved,
                            intent: intent), state)
      }
    case (.arrivalOrder, .order(let order)):
      state.focusedOrderID = order.orderID
      if order.state == .shipped, let shipment = order.shipmentID {
        return .act(.getShipment(shipmentID: shipment), DialogueContinuation(purpose: .arrivalShipment(order), intent: intent, state: state))
      }
      let by = state.deliverBy
      state.deliverBy = nil
      var text: String
      switch order.state {
      case .delivered, .returned:
        text = "Order \(order.orderID) was delivered" + (order.deliveredOn.map { " on \($0)" } ?? "") + "."
      case .pendingPayment, .paid:
        text = "Order \(order.orderID) has not shipped yet (\(order.state.rawValue)), so there is no delivery estimate for it yet"
          + (by.map { ", and I can't say whether it will arrive by \(Self.named($0))." } ?? ".")
      default:
        text = "Order \(order.orderID) is \(order.state.rawValue)" + (order.shipmentID == nil && order.state == .shipped ? ", with no shipment recorded." : ".")
      }
      return .reply(Reply(text: text, quickReplies: ["Talk to a person"], orderID: order.orderID, outcome: .resolved, intent: intent), state)
    case (.arrivalShipment(let order), .shipment(let shipment)):
      let by = state.deliverBy
      state.deliverBy = nil
      var text = "Order \(order.orderID) is on its way with \(shipment.carrier), tracking number \(shipment.trackingNumber)."
      if let event = shipment.latestEvent { text += " Latest scan: \(event)." }
      if let eta = shipment.estimatedDelivery {
        text += " The carrier estimates delivery on \(eta)"
        if let by, let estimate = CalendarDay(iso: eta) {
          text += estimate <= by.day ? ", which is by \(Self.named(by))." : ", which is after \(Self.named(by))."
        } else {
          text += "."
        }
      } else {
        text += " There is no delivery estimate for it" + (by.map { ", so I can't say whether it will arrive by \(Self.named($0))." } ?? ".")
      }
      return .reply(Reply(text: text, quickReplies: ["Talk to a person"], orderID: order.orderID, outcome: .resolved, intent: intent), state)
    default:
      return nil
    }
  }

  /// The apology for what arrived, in the message's terms: damaged, the wrong item, incomplete; a plain one when
  /// the message does not say (an order number given after the question).
  static func sorry(for text: String) -> String {
    let words = Set(TurnReading.words(text))
    if !words.isDisjoint(with: ["wrong", "different", "incorrect", "instead"]) { return "I'm sorry the wrong item came." }
    if !words.isDisjoint(with: ["missing", "incomplete", "only", "half", "parts"]) { return "I'm sorry it arrived incomplete." }
    if !words.isDisjoint(with: ["damaged", "damage", "broken", "broke", "crushed", "cracked", "leaked", "leaking", "smashed", "dented",
                                "torn", "scratched", "defective", "faulty", "shattered", "bent", "ripped"]) {
      return "I'm sorry it arrived damaged."
    }
    return "I'm sorry about that."
  }

  /// The person's task for a parcel said missing.
  func missingHandOff(_ order: OrderFact, intent: String) -> HandOff {
    HandOff(reason: "order \(order.orderID): parcel " + (order.state == .delivered ? "marked delivered but not received" : "not received")
              + " (asked in chat)",
            task: "look into the missing parcel of order \(order.orderID)",
            question: "I can't open an investigation with the carrier myself. Shall I pass this to a person who can?", intent: intent)
  }

  /// An order that was never sent (or was cancelled), said as it is.
  func notSent(_ order: OrderFact) -> String {
    switch order.state {
    case .cancelled: return "Order \(order.orderID) was cancelled" + (order.cancelledOn.map { " on \($0)" } ?? "") + ", so nothing was sent."
    case .returned: return "Order \(order.orderID) was delivered and has since been returned."
    default: return "Order \(order.orderID) has not shipped yet: it is \(order.state.rawValue)."
    }
  }

  /// The quote's lines for a delivery wanted by a day: which options' days in transit fit, counted from a
  /// dispatch on the day asked (the quote does not include the dispatch day).
  func fitting(_ options: [DeliveryOptionFact], by: DeliverBy) -> String {
    let days = by.day.days - by.today.days
    guard days >= 0 else { return "\n\(Self.named(by)) has passed already." }
    let timed = options.filter { $0.transitDays != nil }
    guard !timed.isEmpty else { return "\nThe quotes give no days in transit, so I can't say which arrive by \(Self.named(by))." }
    let fit = timed.filter { ($0.transitDays ?? Int.max) <= days }.map { "\($0.carrier) \($0.serviceLevel)" }
    let slow = timed.filter { ($0.transitDays ?? Int.max) > days }.map { "\($0.carrier) \($0.serviceLevel)" }
    var text = "\n\(Self.named(by)) is \(days) day\(days == 1 ? "" : "s") from today. Counting days in transit from a dispatch today, "
    if fit.isEmpty {
      text += "none of these would arrive by then."
    } else {
      text += fit.joined(separator: ", ") + " would arrive by then"
        + (slow.isEmpty ? "." : "; " + slow.joined(separator: ", ") + " would not.")
    }
    return text + " An order is not always dispatched the day it is placed."
  }

  /// "Order X was delivered on D, and its return window ended on L." when the order's last day for a return (the
  /// marketplace's) is before the turn's day; nil while a return is possible or either day is unknown.
  static func returnWindowClosed(_ order: OrderFact, today: CalendarDay?) -> String? {
    guard let today, let text = order.returnBy, let last = CalendarDay(iso: text), last < today else { return nil }
    let delivered = order.deliveredOn.map { "Order \(order.orderID) was delivered on \($0), and its" } ?? "Order \(order.orderID)'s"
    return "\(delivered) return window ended on \(text), so the marketplace no longer takes a return for it."
  }

  /// A person offered for an order past its return window.
  func lateReturnHandOff(_ order: OrderFact, intent: String) -> HandOff {
    HandOff(reason: "order \(order.orderID): return asked after the return window (asked in chat)",
            task: "look at a return of order \(order.orderID) after its return window",
            question: "Shall I ask a person to look at it?", intent: intent)
  }

  /// "Order X was delivered on D, and its items can be returned until R (N days from today)." from the days the
  /// marketplace gave, the days left counted from the turn's day when it is known; empty without them.
  static func returnDays(_ order: OrderFact, today: CalendarDay?) -> String {
    var text = order.deliveredOn.map { "Order \(order.orderID) was delivered on \($0)" } ?? ""
    if let last = order.returnBy {
      text += (text.isEmpty ? "Its items" : ", and its items") + " can be returned until \(last)"
      if let today, let lastDay = CalendarDay(iso: last), !(lastDay < today) {
        let left = lastDay.days - today.days
        text += left == 0 ? " (today is the last day)" : " (\(left) day\(left == 1 ? "" : "s") from today)"
      }
    }
    return text.isEmpty ? "" : text + "."
  }
}
