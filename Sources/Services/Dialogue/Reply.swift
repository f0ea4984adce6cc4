/// How a turn ended, for analytics.
public enum TurnOutcome: String, Sendable, Equatable, Codable {
  /// The user got what they asked for (or a grounded no).
  case resolved
  /// The assistant asked for more (a slot or a confirmation).
  case needsInput = "needs_input"
  /// The conversation went to a human agent.
  case handedOff = "handed_off"
  /// The assistant did not understand or the request is out of scope.
  case notUnderstood = "not_understood"
  /// An adapter failed; the user was told to retry.
  case failed
}

/// The assistant's answer to one turn.
public struct Reply: Sendable, Equatable {
  /// The text.
  public var text: String
  /// Buttons under the reply.
  public var quickReplies: [String]
  /// Product cards.
  public var cards: [ListingFact]
  /// The order the reply is about, for the client's order widget.
  public var orderID: String?
  /// How the turn ended.
  public var outcome: TurnOutcome
  /// The intent served (the engine's label).
  public var intent: String

  /// Creates a reply.
  public init(text: String, quickReplies: [String] = [], cards: [ListingFact] = [], orderID: String? = nil,
              outcome: TurnOutcome, intent: String) {
    self.text = text
    self.quickReplies = quickReplies
    self.cards = cards
    self.orderID = orderID
    self.outcome = outcome
    self.intent = intent
  }
}

/// What the NLU made of the user's message.
public struct TurnInput: Sendable, Equatable {
  /// The message.
  public var text: String
  /// The intent label.
  public var intent: String
  /// The classifier's confidence.
  public var confidence: Double
  /// Entities as (type, value), in order.
  public var entities: [(type: String, value: String)]
  /// The fine intent (docs/INTENTS.md: "refund.status", ...), when the NLU gave one; the policy follows it
  /// only when its group is `intent` (the two heads can disagree, and the coarse one decides).
  public var fineIntent: String?
  /// The turn's day (UTC), against which "Friday" or "tomorrow" is read; nil: dates are not compared.
  public var today: CalendarDay?

  /// Creates an input.
  public init(text: String, intent: String, confidence: Double, entities: [(type: String, value: String)] = [],
              fineIntent: String? = nil, today: CalendarDay? = nil) {
    self.text = text
    self.intent = intent
    self.confidence = confidence
    self.entities = entities
    self.fineIntent = fineIntent
    self.today = today
  }

  /// The first entity of a type.
  func entity(_ type: String) -> String? { entities.first { $0.type == type }?.value }

  /// Equal when every field is.
  public static func == (a: TurnInput, b: TurnInput) -> Bool {
    a.text == b.text && a.intent == b.intent && a.confidence == b.confidence && a.fineIntent == b.fineIntent && a.today == b.today
      && a.entities.map(\.type) == b.entities.map(\.type) && a.entities.map(\.value) == b.entities.map(\.value)
  }
}

/// Where the policy is within a turn: answer now, or first have an adapter act.
public enum DialogueStep: Sendable, Equatable {
  /// Perform the action, then call `DialoguePolicy.resume` with the continuation and the result.
  case act(DialogueAction, DialogueContinuation)
  /// The turn's reply and the state to store.
  case reply(Reply, DialogueState)
}

/// What the policy was doing when it asked for an action.
public struct DialogueContinuation: Sendable, Equatable {
  /// The purpose of the action.
  public enum Purpose: Sendable, Equatable {
    case orderStatus, trackOrder, trackShipment(OrderFact), addressCheck(address: String?)
    /// A cancellation asked for; `saysState` when the message asked the order's status too ("what's the status of
    /// ORD-1 and can I still cancel it?"), so the answer says it before the question.
    case cancelCheck(saysState: Bool)
    /// A return asked for, on the turn's day (nil: not known), against which the order's return deadline is read.
    case returnCheck(today: CalendarDay?)
    case paymentOrder, paymentDetails(OrderFact), cancelDone(orderID: String), addressDone(orderID: String)
    case returnDone(orderID: String), account, search(SearchQuery), ticket
    /// The orders, to choose the one a request is about; `named`: the message's item words (`TurnReading.itemWords`),
    /// so an order with the item named is taken; `today`: the turn's day, for the request that goes on; `placed`: the day
    /// the message says the order was placed ("the one I placed today"); `fallback`: the order taken when none has the
    /// item named (the one in focus, which a long message's "it" was taken for).
    case chooseOrder(intent: String, named: Set<String>, today: CalendarDay?, placed: CalendarDay? = nil, fallback: String? = nil)
    /// Fine intents (DialoguePolicy+Fine): a refund's facts, the order list, the newest order for a request
    /// (the newest with the item named, when one has it), the country for a delivery quote, the quote (for its
    /// weight), the account before a details change, a confirmed hand-off.
    case refundOrder, refundDetails(OrderFact), listOrders, latestOrder(label: String, named: Set<String>, today: CalendarDay?), deliveryCountry(label: String)
    case deliveryOptions(country: String, grams: Int), accountUpdate, handOffDone(HandOff)
    /// DialoguePolicy+Delivery: a parcel said missing (its order, then its shipment), an item said damaged
    /// (its order), an order's arrival by a day (its order, then its shipment); the account for a sign-up
    /// question and for a discount question.
    case missingOrder, missingShipment(OrderFact), damagedOrder(sorry: String, today: CalendarDay?), arrivalOrder, arrivalShipment(OrderFact)
    case accountCreate, discountAccount
    /// A charge said to be doubled: the order, then its payment.
    case chargedTwiceOrder, chargedTwicePayment(OrderFact)
    /// A question about search result `position` (DialoguePolicy+Listings).
    case listingQuestion(ListingQuestion, position: Int, size: String?)
    /// How long an order can be returned, on the turn's day (DialoguePolicy+ReturnWindow).
    case returnWindow(today: CalendarDay?)
    /// A payment declined at checkout: the orders, for one awaiting payment.
    case checkoutPayment
    /// "The other one" after an answer about order `besides`: the orders, for the one before it.
    case otherOrder(besides: String)
  }
  /// The purpose.
  public var purpose: Purpose
  /// The intent served.
  public var intent: String
  /// The state so far.
  public var state: DialogueState
  /// Said before the reply the action leads to (a message in another language is answered in English after a line
  /// saying so, whatever adapter calls come between).
  public var preface: String? = nil
}

/// The rich parts of a reply, stored beside its sealed text (product data and buttons, no personal data).
public struct ReplyExtras: Sendable, Equatable, Codable {
  /// Buttons.
  public var quickReplies: [String]
  /// Product cards.
  public var cards: [ListingFact]
  /// The order shown.
  public var orderID: String?

  /// Creates the extras.
  public init(quickReplies: [String], cards: [ListingFact], orderID: String?) {
    self.quickReplies = quickReplies
    self.cards = cards
    self.orderID = orderID
  }
}
