/// Messages in German, French or Spanish (`ForeignLanguage`): a common ask is served as its intent, in English after a
/// line in the shopper's language; anything else gets a polite request to write in English.
extension DialoguePolicy {
  func foreign(_ input: TurnInput, language: ForeignLanguage, state: DialogueState) -> DialogueStep {
    var state = state
    state.activeIntent = nil
    state.missing = []
    guard let ask = language.ask(in: input.text) else {
      state.misunderstandings = 0
      return .reply(Reply(text: language.pleaseWriteInEnglish + " Sorry, I only understand English. " + Self.whatICanDo,
                          quickReplies: Self.menu, outcome: .notUnderstood, intent: "out_of_scope"), state)
    }
    state.misunderstandings = 0
    if ask == .help {
      return .reply(Reply(text: language.greeting + " " + Self.whatICanDo, quickReplies: Self.menu, outcome: .resolved, intent: "greeting"), state)
    }
    // The classifier's reading of the message is not used: its entities (an order number) are.
    var read = input
    (read.intent, read.fineIntent, read.confidence) = (ask.intent.group, ask.intent.fine, 1)
    return Self.prefaced(run(ask.intent.group, fine: ask.intent.fine, input: read, state: state), with: language.answeringInEnglish)
  }

  /// What the assistant can do, said in English to a shopper who wrote in another language.
  static let whatICanDo = "I can check or track an order, cancel or return it, tell you about a refund, or find products for you. "
    + "Write to me in English, for example \"where is my order?\"."

  /// `step` with `preface` said before its reply: at once when it is a reply, after the action's answer when it acts.
  static func prefaced(_ step: DialogueStep, with preface: String?) -> DialogueStep {
    guard let preface else { return step }
    switch step {
    case .reply(var reply, let state):
      reply.text = preface + " " + reply.text
      return .reply(reply, state)
    case .act(let action, var continuation):
      continuation.preface = preface
      return .act(action, continuation)
    }
  }
}
