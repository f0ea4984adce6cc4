import MeshCore
import MeshPostgres
import MeshProtos
import MeshServiceKit
import Synchronization

/// The text of replies while the processor produces them (the optional LLM backend streams it), from
/// `NOTIFY chat_reply_chunk '<turn key>\n<text so far>'` (`ReplyNotifications` delivers them). Each
/// notification carries the whole text so far, so a lost or late one costs nothing: the next one
/// brings everything, and the stored reply is the truth in the end.
final class ReplyTextStreams: Sendable {
  /// One caller's view of one turn's text.
  struct Subscription: Sendable {
    let key: String
    let id: Int
    /// The texts so far, newest last; ends when `finish` is called.
    let texts: AsyncStream<String>
  }

  private struct State {
    var subscribers: [String: [Int: AsyncStream<String>.Continuation]] = [:]
    var nextID = 0
  }
  private let state = Mutex(State())

  init() {}

  /// Hands the text a notification carries to the subscribers of its turn.
  func deliver(_ payload: String) {
    guard let split = payload.firstIndex(of: "\n") else { return }
    let key = String(payload[..<split])
    let text = String(payload[payload.index(after: split)...])
    let targets = state.withLock { $0.subscribers[key].map { Array($0.values) } ?? [] }
    targets.forEach { $0.yield(text) }
  }

  /// Starts receiving the texts of the turn `key`.
  func subscribe(_ key: String) -> Subscription {
    let (texts, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(1))
    let id = state.withLock { state -> Int in
      state.nextID += 1
      state.subscribers[key, default: [:]][state.nextID] = continuation
      return state.nextID
    }
    return Subscription(key: key, id: id, texts: texts)
  }

  /// Stops a subscription and ends its stream.
  func finish(_ subscription: Subscription) {
    let continuation = state.withLock { state -> AsyncStream<String>.Continuation? in
      let found = state.subscribers[subscription.key]?.removeValue(forKey: subscription.id)
      if state.subscribers[subscription.key]?.isEmpty == true { state.subscribers[subscription.key] = nil }
      return found
    }
    continuation?.finish()
  }

  /// Ends every stream (the service is stopping).
  func stop() {
    let all = state.withLock { state -> [AsyncStream<String>.Continuation] in
      defer { state.subscribers.removeAll() }
      return state.subscribers.values.flatMap(\.values)
    }
    all.forEach { $0.finish() }
  }
}

extension ChatServiceProvider {
  /// Writes a turn's reply as it is produced: the text the processor streams (as deltas of the text
  /// already written), then whatever the stored reply adds, then the stored reply as the final message.
  /// When the stored text does not continue what was streamed (the model failed midway and the template
  /// answered), the final message's text replaces it.
  func streamText(of turn: ChatTurn, announcement: ReplyWaiters.Registration?, to response: ResponseWriter<Mesh_Chat_V1_ReplyChunk>,
                  context: ServerContext) async throws {
    let subscription = textStreams.subscribe(turn.idempotencyKey)
    let answer = Task {
      defer { self.textStreams.finish(subscription) }
      return try await self.reply(to: turn, context: context, announcement: announcement)
    }
    var sequence: Int32 = 0
    var written = ""
    func write(upTo text: String) async throws {
      guard text.unicodeScalars.starts(with: written.unicodeScalars) else { return }
      let delta = String(String.UnicodeScalarView(text.unicodeScalars.dropFirst(written.unicodeScalars.count)))
      guard !delta.isEmpty else { return }
      sequence += 1
      var chunk = Mesh_Chat_V1_ReplyChunk()
      chunk.sequence = sequence
      chunk.textDelta = delta
      try await response.write(chunk)
      if sequence == 1 { TurnTimeline.shared.mark(turn.clientMessageID, .chatFirstChunk) }
      written = text
    }
    let message: Mesh_Chat_V1_ChatMessage
    do {
      for await text in subscription.texts { try await write(upTo: text) }
      message = try await answer.value
      try await write(upTo: message.text)
    } catch {
      answer.cancel()
      throw error
    }
    var final = Mesh_Chat_V1_ReplyChunk()
    final.sequence = sequence + 1
    final.finalMessage = message
    try await response.write(final)
    // A reply without text (none today) has the final message as its first chunk.
    TurnTimeline.shared.mark(turn.clientMessageID, .chatFirstChunk)
  }
}
