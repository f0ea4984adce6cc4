/// Two asks the classifier files elsewhere: a way to reach support ("what's your phone number", read as asking for a
/// person) and a gift to find ("something nice for my mum's birthday", read as out of scope: it names no product).
extension DialoguePolicy {
  /// The answer to a message the classifier put out of scope that asks for a way to reach support or for a gift; nil for
  /// any other.
  func contactOrGift(_ input: TurnInput, state: DialogueState) -> DialogueStep? {
    if TurnReading.asksForContactDetails(input.text) {
      var state = state
      state.misunderstandings = 0
      return contactAnswer(intent: "human_agent", state: state)
    }
    guard TurnReading.asksForAGift(input.text) else { return nil }
    return giftStep(input, state: state)
  }

  /// A gift asked for: searched when the ask says what they like ("a present for my brother, he likes gaming"), else the
  /// gift question, with a budget said kept for the answer ("a gift for my dad under 30").
  func giftStep(_ input: TurnInput, state: DialogueState) -> DialogueStep {
    var state = state
    state.misunderstandings = 0
    let wish = TurnReading.giftWish(input.text)
    if !wish.interests.isEmpty { return giftSearch(wish, state: state) }
    // The next message ("she likes gardening, around 40") is read as interests and a budget (`giftSearch`).
    state.activeIntent = "search_items"
    state.missing = [.query]
    state.gift = wish
    return .reply(Reply(text: "I'd be glad to help you find a gift. What do they like (a hobby, a style, a favourite colour), and what's your "
                          + "budget? Or name a kind of product, like \"a scarf under 40\" or \"a bluetooth speaker\", and I'll search the marketplace.",
                        quickReplies: ["Find a product"], outcome: .needsInput, intent: "search_items"), state)
  }

  /// The search for a gift's interests (any of them: the marketplace matches any word) within its budget; the wish is
  /// kept for the reply, which says an interest nothing matched.
  func giftSearch(_ wish: GiftWish, state: DialogueState) -> DialogueStep {
    var state = state
    state.activeIntent = nil
    state.missing = []
    state.gift = wish
    let query = SearchQuery(text: wish.interests.joined(separator: " "), minPrice: wish.minPrice, maxPrice: wish.maxPrice)
    return .act(.search(query), DialogueContinuation(purpose: .search(query), intent: "search_items", state: state))
  }

  /// The interests of a gift search that no shown title holds, quoted ("\"cooking\"", "\"gardening\" or \"cooking\"");
  /// nil when each matched.
  static func unmatchedInterests(_ wish: GiftWish, titles: [String]) -> String? {
    let unmatched = wish.interests.filter { interest in !titles.contains { titleHoldsAll(interest, $0) } }
    guard !unmatched.isEmpty else { return nil }
    return unmatched.map { "\"\(TurnReading.quotable($0))\"" }.joined(separator: " or ")
  }

  /// How to reach support: the marketplace and the mesh configure no phone number or e-mail address for shoppers, so
  /// none is given (none is invented); people answer through this chat, and a person is offered, with no ticket opened
  /// before the shopper says yes.
  func contactAnswer(intent: String, state: DialogueState) -> DialogueStep {
    offerPerson(HandOff(reason: "the shopper asked how to reach support", task: "get in touch with you",
                        question: "Shall I pass this conversation to a person? They will answer here.", intent: intent),
                state: state,
                preface: "I have no phone number or e-mail address to give you: the shop's support answers through this chat.")
  }
}
