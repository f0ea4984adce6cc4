/// The fine intents that change what the assistant does (docs/INTENTS.md): a refund's status is read from the
/// payment and never starts a return, delivery options are quoted by the shipping service, and the account
/// requests the marketplace has no call for (password reset, deletion, changed details) and a few order
/// requests go to a person, after a yes, with a ticket naming them. The other fine intents are served as
/// their group.
extension DialoguePolicy {
  /// Fine intents served on the order path (an order is looked up first); `delivery.time` only when it asks
  /// about an order (`asksAboutAnOrder`), else it is a quote.
  static let orderFines: Set<String> = ["refund.status", "delivery.missing", "delivery.damaged", "delivery.time", "payment.charged_twice"]
  /// The weight a delivery quote is for when the user named none (the price lists are per kilogram); the reply says so.
  static let quoteGrams = 1000

  /// The fine intent an order-path purpose serves, kept when its order is asked for again (its group's answer
  /// would differ: a refund question would be offered a return).
  static func orderPathLabel(_ purpose: DialogueContinuation.Purpose) -> String? {
    switch purpose {
    case .refundOrder: return "refund.status"
    case .missingOrder: return "delivery.missing"
    case .damagedOrder: return "delivery.damaged"
    case .arrivalOrder: return "delivery.time"
    case .chargedTwiceOrder: return "payment.charged_twice"
    default: return nil
    }
  }

  /// The input's fine intent when its group is the coarse intent decided, else nil (the coarse one rules).
  func fineLabel(_ input: TurnInput) -> String? {
    guard let fine = input.fineIntent, FineIntents.group[fine] == input.intent else { return nil }
    return fine
  }

  /// A stored active label as (coarse group, fine intent or nil).
  static func parts(of label: String) -> (group: String, fine: String?) {
    if let group = FineIntents.group[label], group != label { return (group, label) }
    return (label, nil)
  }

  /// Serves a fine intent whose answer differs from its group's; nil for the ones served as the group.
  func serveFine(_ fine: String, group: String, input: TurnInput, state: DialogueState, continuing: Bool) -> DialogueStep? {
    var state = state
    switch fine {
    case "delivery.time" where asksAboutAnOrder(input, state: state, continuing: continuing):
      return nil  // The order path (`run`), with the purpose `arrivalOrder`.
    case "delivery.options", "delivery.time":
      // The country quoted last stays the one meant ("to the US?" then "can it arrive by Friday?").
      let country = input.entity("country").flatMap(Countries.code(for:)) ?? Countries.named(in: input.text) ?? state.country ?? state.quotedCountry
      state.country = nil
      state.quotedCountry = country
      if let grams = TurnReading.parcelGrams(input.text) { state.parcelGrams = grams }
      state.activeIntent = nil
      state.missing = []
      guard let country else {
        // The account's saved address says where the user lives; only without one is the country asked.
        return .act(.getAccount, DialogueContinuation(purpose: .deliveryCountry(label: fine), intent: group, state: state))
      }
      return quote(country, intent: group, state: state)
    case "account.password_reset" where !TurnReading.cannotGetIn(input.text) && TurnReading.asksForChange(input.text):
      // Signed in and changing a known password: the chat has no call for it either.
      return offerPerson(HandOff(reason: "password change (asked in chat)", task: "help you change your password",
                                 question: "I can't change passwords from the chat. Shall I pass this to a person who can help you change yours?",
                                 intent: group), state: state)
    case "account.password_reset":
      return offerPerson(HandOff(reason: "password reset or locked account (asked in chat)", task: "help you get back into your account",
                                 question: "I can't reset passwords or unlock accounts from the chat. Shall I pass this to a person who can help you get back in?",
                                 intent: group), state: state)
    case "account.delete":
      // An account's end is offered only when the message asks for it ("show me my account details" was
      // once read as account.delete): anything else gets the group's summary.
      guard TurnReading.asksForDeletion(input.text) else { return nil }
      return offerPerson(HandOff(reason: "account deletion (asked in chat)", task: "delete your account",
                                 question: "I can't delete accounts myself. Do you want me to ask a person to delete yours? They will answer here, and nothing is deleted before they do.",
                                 intent: group), state: state)
    case "account.update":
      // The fine taxonomy has no "show my account": a look at the details ("show me my account details")
      // lands here too, and gets the group's summary; only a change is offered to a person.
      guard TurnReading.asksForChange(input.text) else { return nil }
      return .act(.getAccount, DialogueContinuation(purpose: .accountUpdate, intent: group, state: state))
    case "order.change_items":
      let order = orderReference(input, state: state)
      return offerPerson(HandOff(reason: "change the items of " + (order.map { "order \($0)" } ?? "an order") + " (asked in chat)",
                                 task: "change the items of " + (order.map { "order \($0)" } ?? "your order"),
                                 question: "I can't change what an order contains from the chat. Shall I pass this to a person?",
                                 intent: group), state: state)
    case "order.invoice":
      let order = orderReference(input, state: state)
      return offerPerson(HandOff(reason: "invoice for " + (order.map { "order \($0)" } ?? "an order") + " (asked in chat)",
                                 task: "help with the invoice",
                                 question: "I can't send or correct invoices from the chat. Shall I pass this to a person?",
                                 intent: group), state: state)
    case "thanks":
      return .reply(Reply(text: "You're welcome! Anything else I can help with?", outcome: .resolved, intent: group), state)
    case "goodbye":
      return .reply(Reply(text: "Goodbye! Come back any time.", outcome: .resolved, intent: group), state)
    case "smalltalk":
      return .reply(Reply(text: "I'm the shop's assistant: I can check or track an order, cancel or return it, and find products for you.",
                          quickReplies: Self.menu, outcome: .resolved, intent: group), state)
    case "payment.methods":
      return offerPerson(HandOff(reason: "question about payment methods (asked in chat)", task: "answer your question about payment methods",
                                 question: "I don't have the list of payment methods the shop accepts, so I won't guess, and I can't add or change cards from the chat. Shall I pass your question to a person?",
                                 intent: group), state: state)
    case "payment.discount":
      // The marketplace has no promo codes or gift cards the adapters can read; the loyalty points are a fact.
      return .act(.getAccount, DialogueContinuation(purpose: .discountAccount, intent: group, state: state))
    case "account.create":
      // The chat is signed in: the user has an account already, which is said with its e-mail.
      return .act(.getAccount, DialogueContinuation(purpose: .accountCreate, intent: group, state: state))
    case "payment.failed":
      return servePaymentFailed(input, intent: group, state: state, continuing: continuing)
    case "complaint":
      return serveComplaint(input, intent: group, state: state)
    case "return.policy":
      // "How many days do I have to return order X?": that order's own window, from its facts.
      if let step = returnWindowQuestion(input, intent: group, state: state) { return step }
      return offerPerson(HandOff(reason: "question about the return policy (asked in chat)", task: "answer your question about returns",
                                 question: "I don't have the return policy's terms here. Shall I pass your question to a person?",
                                 intent: group), state: state)
    default:
      return nil
    }
  }

  /// Continues a turn of a fine intent; nil when the purpose is not one of theirs.
  func resumeFine(_ continuation: DialogueContinuation, with result: ActionResult) -> DialogueStep? {
    if let step = resumeDelivery(continuation, with: result) { return step }
    if case .returnWindow(let today) = continuation.purpose, case .order(let order) = result {
      return returnWindowReply(order, today: today, intent: continuation.intent, state: continuation.state)
    }
    var state = continuation.state
    let intent = continuation.intent
    switch (continuation.purpose, result) {
    case (.chargedTwiceOrder, .order(let order)):
      state.focusedOrderID = order.orderID
      guard let payment = order.paymentID else {
        return .reply(Reply(text: "Order \(order.orderID) has no payment recorded; it is \(order.state.rawValue).", quickReplies: ["Talk to a person"],
                            orderID: order.orderID, outcome: .resolved, intent: intent), state)
      }
      return .act(.getPayment(paymentID: payment), DialogueContinuation(purpose: .chargedTwicePayment(order), intent: intent, state: state))
    case (.chargedTwicePayment(let order), .payment(let payment)):
      // An order has one payment at the marketplace: a second charge on a statement is the card's side.
      var known = "The marketplace has one payment for order \(order.orderID)"
      if let amount = payment.amount { known += ": \(amount.formatted)" }
      if let method = payment.method { known += " by \(method)" }
      known += ", \(payment.status)."
      if let refunded = payment.refunded, refunded.minorUnits > 0 { known += " Refunded so far: \(refunded.formatted)." }
      let handOff = HandOff(reason: "order \(order.orderID): charge said to be doubled (asked in chat)",
                            task: "check the charges for order \(order.orderID)",
                            question: "If your statement shows a second charge, a person can look into it. Shall I pass this on?", intent: intent)
      return offerPerson(handOff, state: state, preface: known)
    case (.discountAccount, .account(let account)):
      return offerPerson(discountHandOff(intent: intent), state: state,
                         preface: "I can't check or apply promo codes, vouchers or gift cards from the chat."
                           + (account.loyaltyPoints.map { " Your account has \($0) loyalty point\($0 == 1 ? "" : "s")." } ?? ""))
    case (.accountCreate, .account(let account)):
      return offerPerson(accountCreateHandOff(intent: intent), state: state,
                         preface: "You already have an account: you're signed in as \(account.displayName) (\(account.email)).")
    case (.refundOrder, .order(let order)):
      state.focusedOrderID = order.orderID
      guard let payment = order.paymentID else {
        return .reply(Reply(text: "Order \(order.orderID) has no payment recorded, so there is no refund to show; it is \(order.state.rawValue).",
                            quickReplies: ["Talk to a person"], orderID: order.orderID, outcome: .resolved, intent: intent), state)
      }
      return .act(.getPayment(paymentID: payment), DialogueContinuation(purpose: .refundDetails(order), intent: intent, state: state))
    case (.checkoutPayment, .orders(let orders)):
      return checkoutPaymentReply(orders, intent: intent, state: state)
    case (.refundDetails(let order), .payment(let payment)):
      return .reply(refundReply(order, payment, intent: intent), state)
    case (.listOrders, .orders(let orders)):
      guard !orders.isEmpty else {
        return .reply(Reply(text: "I couldn't find any orders on your account.", outcome: .resolved, intent: intent), state)
      }
      let shown = Array(orders.prefix(5))
      state.recentOrderIDs = shown.map(\.orderID)
      state.shownLast = .orders
      let list = shown.enumerated().map { i, order in
        "\(i + 1). \(order.orderID)" + (order.placedOn.map { ", placed \($0)" } ?? "")
          + (order.lines.isEmpty ? "" : " (\(order.itemsSummary))") + ": \(order.state.rawValue)"
      }.joined(separator: "\n")
      return .reply(Reply(text: "Your orders, newest first:\n" + list, quickReplies: state.recentOrderIDs, outcome: .resolved,
                          intent: intent), state)
    case (.latestOrder(let label, let named, let today), .orders(let orders)):
      // The newest order, or the newest with the item the message named (orders come newest first).
      guard let newest = orders.first(where: { TurnReading.namesAnItem(of: $0, in: named) }) ?? orders.first else {
        state.activeIntent = nil
        state.missing = []
        return .reply(Reply(text: "I couldn't find any orders on your account.", outcome: .resolved, intent: intent), state)
      }
      return continueOn(newest.orderID, label: label, today: today, state: state)
    case (.otherOrder(let focused), .orders(let orders)):
      return otherOrderStep(orders, besides: focused, intent: intent, state: state)
    case (.deliveryCountry(let label), .account(let account)):
      if let country = account.countryCodes.first(where: { $0.count == 2 }) { return quote(country, intent: intent, state: state) }
      state.activeIntent = label
      state.missing = [.country]
      return .reply(Reply(text: ask(.country, intent: intent), outcome: .needsInput, intent: intent), state)
    case (.deliveryOptions(let country, let grams), .deliveryOptions(let options)):
      let place = Countries.name(of: country)
      guard !options.isEmpty else {
        return .reply(Reply(text: "The shipping service has no delivery options to \(place).", quickReplies: ["Talk to a person"],
                            outcome: .resolved, intent: intent), state)
      }
      let lines = options.enumerated().map { i, option in
        "\(i + 1). \(option.carrier) \(option.serviceLevel)" + (option.cost.map { ": \($0.formatted)" } ?? "")
          + (option.transitDays.map { ", \($0) day\($0 == 1 ? "" : "s") in transit" } ?? "")
      }.joined(separator: "\n")
      let fits = state.deliverBy.map { fitting(options, by: $0) } ?? ""
      state.deliverBy = nil
      return .reply(Reply(text: "Delivery to \(place) for a parcel up to \(Self.wholeKilograms(grams)) kg:\n" + lines + fits,
                          quickReplies: ["Where is my order?"], outcome: .resolved, intent: intent), state)
    case (.deliveryOptions(let country, let grams), .refused(let reason)):
      // A weight refused names the range the shipping service takes: said as the limit and what to do, not as
      // the API's field text ("weight_grams must be between 1 and 70000").
      if let limit = Self.weightLimitGrams(in: reason), grams > limit {
        state.parcelGrams = nil
        let most = Self.kilograms(limit)
        return .reply(Reply(text: "The carriers take parcels of up to \(most) kg, so I can't quote a parcel of \(Self.kilograms(grams)) kg to "
                              + "\(Countries.name(of: country)). Split it into parcels of at most \(most) kg each and ask me for a quote for "
                              + "each, or a person can help with a larger shipment.",
                            quickReplies: ["Talk to a person"], outcome: .resolved, intent: intent), state)
      }
      return .reply(Reply(text: "The shipping service could not quote delivery to \(Countries.name(of: country)): \(reason).",
                          quickReplies: ["Talk to a person"], outcome: .resolved, intent: intent), state)
    case (.accountUpdate, .account(let account)):
      let handOff = HandOff(reason: "change of account details (asked in chat)", task: "change your account details",
                            question: "Your account's e-mail is \(account.email). I can't change account details from the chat. Shall I pass this to a person?",
                            intent: intent)
      return offerPerson(handOff, state: state)
    case (.handOffDone(let handOff), .ticket(let ticketID)):
      state.activeIntent = nil
      state.missing = []
      return .reply(Reply(text: "I've asked a person to \(handOff.task) (ticket \(ticketID)). They will answer here; nothing changes until they do.",
                          outcome: .handedOff, intent: intent), state)
    default:
      return nil
    }
  }

  /// Goes on with the request `label` as if `order` had been named (the slot it was missing is filled).
  /// `today` is the day of the turn that asked (a return's window is read against it).
  func continueOn(_ orderID: String, label: String, today: CalendarDay?, state: DialogueState) -> DialogueStep {
    var state = state
    state.focusedOrderID = orderID
    state.missing.removeAll { $0 == .orderNumber }
    let (group, fine) = Self.parts(of: label)
    return run(group, fine: fine, input: TurnInput(text: "", intent: group, confidence: 1, today: today), state: state, continuing: true)
  }

  /// Asks whether to pass a request to a person (a yes opens the ticket: `confirmed`), after `preface` (what
  /// is known) when there is one.
  func offerPerson(_ handOff: HandOff, state: DialogueState, preface: String = "") -> DialogueStep {
    var state = state
    state.pending = .handOff(handOff)
    state.activeIntent = handOff.intent
    state.missing = []
    let text = preface.isEmpty ? handOff.question : preface + " " + handOff.question
    return .reply(Reply(text: text, quickReplies: ["Yes", "No"], orderID: state.focusedOrderID.flatMap { preface.contains($0) ? $0 : nil },
                        outcome: .needsInput, intent: handOff.intent), state)
  }

  /// The person's task for a promo code, voucher or gift card.
  func discountHandOff(intent: String) -> HandOff {
    HandOff(reason: "promo code, voucher or gift card question (asked in chat)", task: "look at your promo code or voucher",
            question: "Shall I pass your question to a person?", intent: intent)
  }

  /// The person's task for a sign-up or verification question.
  func accountCreateHandOff(intent: String) -> HandOff {
    HandOff(reason: "sign-up or account verification question (asked in chat)", task: "help with signing up or verifying the account",
            question: "I can't create or verify accounts from the chat. Shall I pass your question to a person?", intent: intent)
  }

  /// Asks the shipping service for a quote to `country`, for the weight the user named or the default one.
  func quote(_ country: String, intent: String, state: DialogueState) -> DialogueStep {
    let grams = state.parcelGrams ?? Self.quoteGrams
    return .act(.estimateDelivery(toCountry: country, weightGrams: grams),
                DialogueContinuation(purpose: .deliveryOptions(country: country, grams: grams), intent: intent, state: state))
  }

  /// The whole kilograms a weight is priced as (the price lists count every started kilogram).
  static func wholeKilograms(_ grams: Int) -> Int { grams / 1000 + (grams % 1000 == 0 ? 0 : 1) }

  /// A weight said in kilograms: whole ones as such ("70"), else to one decimal ("85.5").
  static func kilograms(_ grams: Int) -> String {
    let tenths = (grams + 50) / 100
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
  }

  /// The heaviest parcel in grams a shipping refusal names: the upper end of the weight range it states about a field in
  /// grams ("weight_grams must be between 1 and 70000"); nil for a refusal about something else.
  static func weightLimitGrams(in reason: String) -> Int? {
    let lower = reason.lowercased()
    guard lower.contains("weight"), lower.contains("gram") else { return nil }
    let numbers = lower.split { !$0.isNumber }.compactMap { Int($0.prefix(9)) }
    return numbers.max().flatMap { $0 > 0 ? $0 : nil }
  }

  /// A refund's facts: the payment's refunded amount, method and status, and the cancellation's day when the
  /// order was cancelled (the marketplace refunds a cancelled order's payment then); never a date, a bank's
  /// timeline or an amount no fact gave.
  func refundReply(_ order: OrderFact, _ payment: PaymentFact, intent: String) -> Reply {
    var text: String
    if let refunded = payment.refunded, refunded.minorUnits > 0 {
      text = "A refund of \(refunded.formatted) has been issued for order \(order.orderID)"
      if let method = payment.method { text += " to \(method)" }
      text += "; the payment"
      if let amount = payment.amount { text += " of \(amount.formatted)" }
      text += " is \(payment.status)."
      if order.state == .cancelled, let cancelled = order.cancelledOn {
        text += " The order was cancelled on \(cancelled), and the marketplace refunds a cancelled order's payment when it cancels it."
      } else {
        text += " The marketplace doesn't tell me the day it was issued."
      }
      text += " When it shows on your statement is up to your bank or card issuer; I have no date for that."
    } else {
      text = "No refund has been issued for order \(order.orderID) yet: its payment"
      if let amount = payment.amount { text += " of \(amount.formatted)" }
      if let method = payment.method { text += " by \(method)" }
      text += " is \(payment.status), and the order is \(order.state.rawValue)."
    }
    return Reply(text: text, quickReplies: ["Talk to a person"], orderID: order.orderID, outcome: .resolved, intent: intent)
  }
}
