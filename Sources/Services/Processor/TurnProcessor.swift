import Foundation
import MeshCore
import MeshDialogue
import Logging
import MeshLogging
public import MeshPostgres
import MeshProtos
public import MeshServiceKit
public import MeshStores

/// Handles one turn of the durable queue: NLU, context, the dialogue policy with its adapter calls,
/// the stored reply, the updated context, an analytics event, and a NOTIFY for the chat service.
///
/// Exactly one reply per turn: the reply is stored under the client id `reply:<message client id>`,
/// which the chat store's unique key admits once; a retried turn whose reply exists only re-announces
/// it. The context is written before the reply, so a turn that fails before its reply is retried from
/// the context it started with. Turns of one conversation run one at a time (an advisory lock held by
/// the queue's completing transaction).
public struct TurnProcessor: Sendable {
  /// The turns' log (JSON lines with the trace id under `mesh serve`; never the message text).
  static let logger = Logger(label: "mesh.processor.turns")

  /// Adapter calls per turn at most (a policy loop guard).
  public static let maxActionsPerTurn = 6

  let chat: PostgresChatHistoryStore
  let nlu: Mesh_Nlu_V1_NluService.Client
  let context: Mesh_Context_V1_ContextService.Client
  /// Where the turns' analytics events go (sent in batches off the turn's path), when analytics is configured.
  let analytics: AnalyticsOutbox?
  let executor: AdapterExecutor
  let policy: DialoguePolicy
  let callTimeout: Duration
  /// The optional LLM backend that rewords the policy's reply (nil: the templates speak).
  var phraser: ReplyPhraser? = nil
  /// How long a worker holds a turn (the queue's visibility timeout), from when its handler starts:
  /// adapter calls end before it. Nil: adapter calls have only their own deadline.
  var turnLease: Duration? = nil

  /// Processes one queue message inside the transaction (`connection`) that will complete it.
  /// - Parameters:
  ///   - message: the delivery.
  ///   - completion: the queue's done mark, carried by the turn's first statement (a round trip less); nil
  ///     when the caller completes the message itself.
  ///   - connection: the completing transaction.
  /// - Returns: the answered turn, to record once the transaction committed (`AnsweredTurn.recordCommitted`);
  ///   nil when nothing was answered (a reply that existed, a conversation that was deleted).
  @discardableResult
  public func handle(_ message: QueueMessage, completion: QueueCompletion? = nil, connection: PostgresConnection) async throws
    -> AnsweredTurn?
  {
    TurnTimeline.shared.mark(turnKey: message.idempotencyKey, .processorStarted)
    // The lease began at the dequeue, a moment before this: the bound is that much late, never early.
    let turnEnds = turnLease.map { ContinuousClock.now + $0 }
    guard let turn = try? JSONDecoder().decode(ChatTurn.self, from: Data(message.payload)) else {
      return nil  // A payload this version cannot read is completed, not retried for ever.
    }
    // The turn joins the trace of the call that sent the message (its logs and calls carry its trace id).
    let trace = turn.traceParent.flatMap(TraceParent.init(header:))?.child() ?? TraceParent.random()
    return try await TraceContext.$current.withValue(trace) {
      try await TraceContext.$requestID.withValue(turn.requestID ?? trace.traceID) {
        try await answer(turn, completion: completion, connection: connection, turnEnds: turnEnds)
      }
    }
  }

  private func answer(_ turn: ChatTurn, completion: QueueCompletion?, connection: PostgresConnection,
                      turnEnds: ContinuousClock.Instant?) async throws -> AnsweredTurn? {
    let stages = TurnStageTimings.shared
    stages.record("queue (accepted → handler starts)", .seconds(max(0, Date().timeIntervalSince(turn.acceptedAt))))
    let conversation = turn.conversationID.uuidString.lowercased()
    let checkStart = ContinuousClock.now
    let stored: ChatMessage
    var replyStoredBefore = false
    switch try await ConversationTurnLock.acquireForTurn(conversation: turn.conversationID, userID: turn.userID,
                                                         messageID: turn.messageID, replyClientID: turn.replyClientID,
                                                         store: chat, completion: completion, on: connection) {
    case .conversationGone:
      return dropDeleted(turn)
    case .answered:
      try await announce(turn, connection)
      return nil
    case .message(nil, _):
      // The message is gone (the user deleted their data): there is nothing to answer.
      return nil
    case .message(let message?, let replyWithoutExtras):
      stored = message
      replyStoredBefore = replyWithoutExtras
    }
    stages.record("processor.lock, checks, message read", ContinuousClock.now - checkStart)
    let timeline = TurnTimeline.shared
    timeline.mark(turn.clientMessageID, .processorLocked)
    let started = ContinuousClock.now
    let options = CallOptions(timeout: callTimeout)
    let metadata = CallerIdentity.metadata(for: turn.userID)

    var parseRequest = Mesh_Nlu_V1_ParseRequest()
    parseRequest.text = String(stored.body.prefix(4000))
    parseRequest.conversationID = conversation
    parseRequest.locale = turn.locale
    var getContext = Mesh_Context_V1_GetContextRequest()
    getContext.conversationID = conversation
    // The intent and the dialogue state do not depend on each other: both calls are in flight at once
    // (in a task group, not `async let`: BothCalls says why).
    let (nlu, context, parse, get) = (self.nlu, self.context, parseRequest, getContext)
    let (parsed, current) = try await BothCalls.run(
      { try await stages.measure("processor.nlu call") { try await nlu.parse(parse, metadata: metadata, options: options) } },
      { try await stages.measure("processor.context get") { try await context.getContext(get, metadata: metadata, options: options) } })
    timeline.mark(turn.clientMessageID, .processorUnderstood)
    if let engine = parsed.latency { stages.record("processor.nlu call: the engine's own time", engine.duration) }
    let storedState = current.slots["policy_state"].flatMap { slot -> DialogueState? in
      guard case .text(let json)? = slot.value else { return nil }
      return try? JSONDecoder().decode(DialogueState.self, from: Data(json.utf8))
    }
    let state = storedState ?? DialogueState()

    let input = TurnInput(text: stored.body, intent: parsed.label, confidence: Double(parsed.confidence),
                          entities: parsed.entities.map { (type: $0.type, value: $0.value) },
                          fineIntent: parsed.fineIntent.isEmpty ? nil : parsed.fineIntent,
                          // The day (UTC) against which "by Friday" is read.
                          today: CalendarDay(days: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))))
    let policyStart = ContinuousClock.now
    var step = policy.decide(input, state: state)
    var actions = 0
    var reply: Reply
    var next: DialogueState
    while true {
      switch step {
      case .reply(let r, let s):
        reply = r
        next = s
      case .act(let action, let continuation):
        actions += 1
        let result: ActionResult = actions > Self.maxActionsPerTurn ? .unavailable : await stages.measure(AdapterExecutor.stage(of: action)) {
          await executor.perform(action, for: turn, turnEnds: turnEnds)
        }
        step = policy.resume(continuation, with: result)
        continue
      }
      break
    }
    stages.record("processor.policy and adapters", ContinuousClock.now - policyStart)
    timeline.mark(turn.clientMessageID, .processorDecided)

    // The LLM backend (when on) rewords the reply from the same facts before anything is stored.
    var fallback: LLMFallbackReason?
    if let phraser {
      let (phrased, failure) = await phraser.phrase(reply, userText: stored.body, turn: turn)
      (reply, fallback) = (phrased, failure.map(LLMFallbackReason.init))
    }
    // The context is saved (the context service's own transaction) before this transaction commits, and
    // this one does not commit when saving it failed (a retried turn starts from the context it began with).
    // The reply, its extras, the COMMIT and then the NOTIFY (a transaction of its own after the COMMIT,
    // `appendReply(committing:)`) go in one round trip after the save:
    // the save is a call and a commit of its own, longer than the reply's statement, so storing the reply
    // meanwhile (as before 2026-12-04) saved nothing on the turn's path and cost the COMMIT a round trip of
    // its own. A turn whose reply was stored by an older version without its extras takes the old path.
    let unchanged = storedState.map { Self.contextUnchanged(current, from: $0, to: next, intent: parsed.intent) } ?? false
    if !unchanged {
      try await stages.measure("processor.context save") {
        try await saveContext(next, intent: parsed.intent, version: current.version, conversation: conversation, metadata: metadata,
                              options: options)
      }
    }
    let committing = completion?.isMarked == true && !replyStoredBefore
    try await stages.measure(committing ? "processor.reply store + COMMIT (one round trip)" : "processor.reply store") {
      // In the completing transaction: the reply, its extras and the queue's completion (carried by the lock
      // statement) commit together. The NOTIFY carries the sealed reply, so the chat service answers
      // without reading it back.
      let rich = ReplyExtras(quickReplies: reply.quickReplies, cards: reply.cards, orderID: reply.orderID)
      let record = PostgresChatHistoryStore.ReplyRecord(intent: reply.intent,
                                                        richJSON: String(decoding: try JSONEncoder().encode(rich), as: UTF8.self),
                                                        channel: ChatTurn.replyChannel, payload: turn.idempotencyKey,
                                                        carriesReply: true)
      try await chat.appendReply(reply.text, conversationID: turn.conversationID, userID: turn.userID,
                                 clientMessageID: turn.replyClientID, record: record, on: connection,
                                 committing: committing)
    }
    timeline.mark(turn.clientMessageID, .processorStored)
    // The analytics event goes to the outbox (sent off the turn's path); its event id makes a retried
    // transaction's second post a duplicate the analytics service ignores.
    record(turn, reply: reply, text: stored.body, confidence: parsed.confidence, latency: ContinuousClock.now - started)
    return AnsweredTurn(intent: reply.intent, outcome: reply.outcome.rawValue, actions: actions,
                        duration: ContinuousClock.now - started, llmFallback: fallback)
  }

  /// NOTIFY at commit: the chat service wakes the caller waiting for this turn.
  private func announce(_ turn: ChatTurn, _ connection: PostgresConnection) async throws {
    _ = try await connection.execute("SELECT pg_notify($1, $2)", [ChatTurn.replyChannel, turn.idempotencyKey])
  }

  /// Whether saving `next` would store what `current` holds already: the policy's state read from it
  /// (`state`) did not change, and neither does what is derived from it. Then the save (a call and a
  /// commit) is skipped; the turns of a conversation run one at a time, so skipping a version loses nothing.
  static func contextUnchanged(_ current: Mesh_Context_V1_ConversationContext, from state: DialogueState, to next: DialogueState,
                               intent: Mesh_Nlu_V1_Intent) -> Bool {
    next == state
      && current.activeIntent == (next.activeIntent.map { _ in intent } ?? .unspecified)
      && current.recentOrderIds == next.recentOrderIDs && current.recentListingIds == next.recentListingIDs
      && current.focusedOrderID == (next.focusedOrderID ?? "")
      && current.missingSlots == next.missing.map(\.rawValue) + (next.pending == nil ? [] : ["confirmation"])
  }

  private func saveContext(_ state: DialogueState, intent: Mesh_Nlu_V1_Intent, version: Int64, conversation: String,
                           metadata: Metadata, options: CallOptions) async throws {
    var update = Mesh_Context_V1_UpdateContextRequest()
    update.conversationID = conversation
    update.expectedVersion = version
    var slot = Mesh_Context_V1_Slot()
    slot.text = String(decoding: try JSONEncoder().encode(state), as: UTF8.self)
    update.setSlots = ["policy_state": slot]
    update.activeIntent = state.activeIntent.map { _ in intent } ?? .unspecified
    var recent = Mesh_Context_V1_RecentResults()
    recent.orderIds = state.recentOrderIDs
    recent.listingIds = state.recentListingIDs
    update.recent = recent
    update.focusedOrderID = state.focusedOrderID ?? ""
    var missing = Mesh_Context_V1_SlotNames()
    missing.names = state.missing.map(\.rawValue) + (state.pending == nil ? [] : ["confirmation"])
    update.missing = missing
    // This transaction's commit (later in the WAL, synchronous) flushes the save; nothing is told of it before.
    _ = try await context.updateContext(update, metadata: FlushedByCaller.asking(metadata), options: options)
  }

  /// One analytics event per turn (id `turn:<message id>`, so a retried turn counts once), posted to the
  /// outbox: analytics is not worth failing or slowing a turn for (`AnalyticsOutbox`).
  private func record(_ turn: ChatTurn, reply: Reply, text: String, confidence: Float, latency: Duration) {
    guard let analytics else { return }
    var event = Mesh_Analytics_V1_Event()
    event.eventID = "turn:\(turn.messageID)"
    event.name = "turn"
    event.at = Google_Protobuf_Timestamp(date: Date())
    event.labels = ["intent": reply.intent, "outcome": reply.outcome.rawValue, "confidence": String(format: "%.2f", confidence),
                    "text": String(Redaction.typedPlaceholders(text).prefix(500))]
    event.value = .latency(Google_Protobuf_Duration(latency))
    analytics.post(event)
  }
}
