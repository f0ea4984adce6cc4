/// A change the user must confirm before the policy asks an adapter to make it.
public enum PendingChange: Sendable, Equatable, Codable {
  /// Cancel the order.
  case cancel(orderID: String)
  /// Send the order to a new address.
  case changeAddress(orderID: String, address: String)
  /// Return the order for a refund.
  case returnOrder(orderID: String)
  /// Pass a request the marketplace offers no call for to a person, with a ticket naming it.
  case handOff(HandOff)

  /// The order it is about, when it is about one.
  public var orderID: String? {
    switch self {
    case .cancel(let id), .changeAddress(let id, _), .returnOrder(let id): return id
    case .handOff: return nil
    }
  }
}

/// A request the assistant cannot carry out itself (no adapter call does it), offered to a person.
public struct HandOff: Sendable, Equatable, Codable {
  /// The ticket's reason, for the person who picks it up.
  public var reason: String
  /// What the person is asked to do, said to the user ("delete your account").
  public var task: String
  /// The yes-or-no question asked.
  public var question: String
  /// The intent served (the coarse label).
  public var intent: String

  /// Creates a hand-off.
  public init(reason: String, task: String, question: String, intent: String) {
    self.reason = reason
    self.task = task
    self.question = question
    self.intent = intent
  }
}

/// A day a delivery is wanted by: the user's words, the day they name and the day they were said.
public struct DeliverBy: Sendable, Equatable, Codable {
  /// The words ("friday").
  public var said: String
  /// The day they name.
  public var day: CalendarDay
  /// The day of the turn they were said in.
  public var today: CalendarDay

  /// Creates one.
  public init(said: String, day: CalendarDay, today: CalendarDay) {
    self.said = said
    self.day = day
    self.today = today
  }
}

/// A request served on an order: what was asked (the intent label, fine when served on the order path), of which
/// order, and the new address of an address change.
public struct OrderRequest: Sendable, Equatable, Codable {
  /// The intent label ("cancel_order", "refund.status").
  public var label: String
  /// The order.
  public var orderID: String
  /// The address asked for, for an address change.
  public var address: String?

  /// Creates one.
  public init(label: String, orderID: String, address: String? = nil) {
    self.label = label
    self.orderID = orderID
    self.address = address
  }
}

/// A slot the active intent still needs.
public enum SlotName: String, Sendable, Equatable, Codable {
  /// Which order.
  case orderNumber = "order_number"
  /// The new delivery address.
  case address
  /// What to search for.
  case query
  /// The country a delivery quote is for.
  case country
}

/// A list the assistant showed, that a later message can pick from.
public enum ShownList: String, Sendable, Equatable, Codable {
  /// The user's orders.
  case orders
  /// Search results.
  case listings
}

/// What the policy remembers between turns of one conversation (stored by the context service).
public struct DialogueState: Sendable, Equatable, Codable {
  /// The intent being served (the engine's label), while it needs more from the user.
  public var activeIntent: String?
  /// Slots the active intent still needs, in asking order.
  public var missing: [SlotName] = []
  /// The address given for an address change.
  public var address: String?
  /// The country (ISO 3166-1 alpha-2) given for a delivery quote.
  public var country: String?
  /// A change waiting for a yes or no.
  public var pending: PendingChange?
  /// The order the conversation is about ("that order", "it").
  public var focusedOrderID: String?
  /// Orders shown last, in the order shown ("the second one").
  public var recentOrderIDs: [String] = []
  /// Listings shown last, in the order shown.
  public var recentListingIDs: [String] = []
  /// The listing asked about last ("is it in stock?", "the other one"); optional, as every field added after
  /// states were first stored (a stored state without it still decodes).
  public var focusedListingID: String?
  /// Which list was shown last, so "the second one" picks from it when both orders and listings were shown.
  public var shownLast: ShownList?
  /// The last search, for follow-ups ("cheaper ones", "in blue").
  public var lastSearch: SearchQuery?
  /// Prices of the listings shown last, in major units.
  public var lastPrices: [Double] = []
  /// Ratings (0 to 5) of the listings shown last, in their order, nil where a listing has none ("which one has the
  /// best rating?"); optional, as every field added after states were first stored.
  public var lastRatings: [Double?]?
  /// Turns in a row the policy did not understand.
  public var misunderstandings: Int = 0
  /// The day the user wants a delivery by ("will it arrive by Friday?"), resolved when they said it, kept
  /// while the order or country is asked for.
  public var deliverBy: DeliverBy?

  /// The last request served on an order, so "no wait, the first one" asks it again of another order (optional, as
  /// every field added after states were first stored).
  public var lastOrderRequest: OrderRequest?

  /// The order a refund was started for in this conversation (a return opened, or a paid order cancelled), so "when
  /// will I get my money back?" is about it while it is the order in focus; optional, as every field added after
  /// states were first stored.
  public var refundStartedOrderID: String?

  /// The country quoted for last, the one a next delivery question without a country is about.
  public var quotedCountry: String?

  /// The parcel weight in grams the user named for a delivery quote ("for a 3kg parcel"), kept for the next quote
  /// ("and to the US?"); nil: the default weight.
  public var parcelGrams: Int?

  /// A request the last answer offered ("You can return it instead."), which a bare yes now makes; optional, as every
  /// field added after states were first stored.
  public var offer: OrderRequest?

  /// The group of a second request on an order the message being served also made ("... and can I change the
  /// address?"), said after the first's answer and offered (`offer`); optional, as every field added after states were
  /// first stored.
  public var secondAsk: String?

  /// The gift being looked for: its budget while the gift question waits for interests, then its interests and budget
  /// for the search's reply (which says an interest nothing matched); optional, as every field added after states were
  /// first stored.
  public var gift: GiftWish?

  /// A fresh conversation.
  public init() {}
}
