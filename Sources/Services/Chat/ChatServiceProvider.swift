import Foundation
public import MeshCore
public import MeshCrypto
public import MeshDialogue
public import MeshPostgres
public import MeshProtos
import MeshServiceKit
import MeshLogging
public import MeshStores

/// `mesh.chat.v1.ChatService`: stores each user message (sealed), enqueues its turn once (idempotency
/// key = conversation + client message id), and hands back the reply the processor stores, woken by
/// LISTEN/NOTIFY. A retried or replayed message gets the same single reply.
public final class ChatServiceProvider: Mesh_Chat_V1_ChatService.ServiceProtocol, Sendable {
  /// The longest message accepted, in UTF-8 bytes.
  public static let maxTextBytes = 8 * 1024
  /// The largest attachment accepted.
  public static let maxAttachmentBytes = 10 * 1024 * 1024

  let pool: PostgresPool
  private let chat: PostgresChatHistoryStore
  private let keyring: Keyring
  private let queue: PostgresDurableQueue
  private let waiters = ReplyWaiters()
  let textStreams = ReplyTextStreams()
  private let notifications: ReplyNotifications
  private let replyTimeout: Duration

  /// Creates the service.
  /// - Parameters:
  ///   - pool: the database (migrated).
  ///   - keyring: seals bodies and attachments.
  ///   - replyTimeout: how long a call waits for the processor.
  public init(pool: PostgresPool, keyring: Keyring, replyTimeout: Duration = .seconds(30)) throws {
    self.pool = pool
    self.keyring = keyring
    chat = PostgresChatHistoryStore(pool: pool, keyring: keyring, maxBodyBytes: Self.maxTextBytes)
    queue = PostgresDurableQueue(pool: pool, policy: QueuePolicy(maxAttempts: 8, baseBackoff: .milliseconds(200), maxBackoff: .seconds(10)))
    notifications = try ReplyNotifications(configuration: pool.configuration, waiters: waiters, texts: textStreams)
    self.replyTimeout = replyTimeout
  }

  /// Returns once the LISTEN for replies is in place (the listener connects in the background), so a
  /// reply is never announced before anyone listens; gives up after `timeout`.
  /// - Parameter timeout: the longest wait.
  public func waitUntilListening(timeout: Duration = .seconds(10)) async {
    let token = "ready:" + UUID().uuidString
    let pool = self.pool
    let pinger = Task {
      while !Task.isCancelled {
        _ = try? await pool.execute("SELECT pg_notify($1, $2)", [ChatTurn.replyChannel, token])
        try? await Task.sleep(for: .milliseconds(100))
      }
    }
    await waiters.wait(for: token, timeout: timeout) { false }
    pinger.cancel()
  }

  /// Stops listening for replies.
  public func stop() {
    notifications.stop()
    waiters.stop()
    textStreams.stop()
    queue.stop()
  }

  // MARK: - RPCs

  /// Sends a message and waits for the whole reply.
  public func sendMessage(request: Mesh_Chat_V1_SendMessageRequest, context: ServerContext) async throws
    -> Mesh_Chat_V1_SendMessageResponse
  {
    let started = ContinuousClock.now
    let user = try CallerIdentity.userID(of: context)
    let (echoed, turn, announcement) = try await accept(request, user: user, acknowledgedBeforeReply: false)
    var response = Mesh_Chat_V1_SendMessageResponse()
    response.echoed = echoed
    response.reply = try await reply(to: turn, context: context, announcement: announcement)
    response.processingTime = Google_Protobuf_Duration(ContinuousClock.now - started)
    return response
  }

  /// Sends a message and streams the reply: its text as it is produced, then the final message.
  public func streamReply(request: Mesh_Chat_V1_SendMessageRequest, response: ResponseWriter<Mesh_Chat_V1_ReplyChunk>,
                          context: ServerContext) async throws {
    let user = try CallerIdentity.userID(of: context)
    let (_, turn, announcement) = try await accept(request, user: user, acknowledgedBeforeReply: false)
    try await streamText(of: turn, announcement: announcement, to: response, context: context)
  }

  /// A live conversation: each message is answered in order; typing and read events are accepted.
  public func converse(request: RequestStream<Mesh_Chat_V1_ClientEvent>, response: ResponseWriter<Mesh_Chat_V1_ServerEvent>,
                       context: ServerContext) async throws {
    let user = try CallerIdentity.userID(of: context)
    for try await event in request {
      guard case .message(let message)? = event.event else { continue }
      // The waiter registered ahead is dropped: the echo and typing writes come first, and one that failed
      // would leave it behind. The reply is then read once before waiting, as for a retried message.
      // The echo acknowledges the message before its reply: its commit waits for the WAL flush.
      let (echoed, turn, announcement) = try await accept(message, user: user, acknowledgedBeforeReply: true)
      announcement.map(waiters.cancel)
      var echo = Mesh_Chat_V1_ServerEvent()
      echo.message = echoed
      echo.at = Google_Protobuf_Timestamp(date: Date())
      try await response.write(echo)
      var typing = Mesh_Chat_V1_ServerEvent()
      typing.assistantTyping = true
      typing.at = Google_Protobuf_Timestamp(date: Date())
      try await response.write(typing)
      var answer = Mesh_Chat_V1_ServerEvent()
      answer.message = try await reply(to: turn, context: context)
      answer.at = Google_Protobuf_Timestamp(date: Date())
      try await response.write(answer)
    }
  }

  /// The caller's conversation, oldest first, the newest `limit` messages (before `before` when set).
  public func getHistory(request: Mesh_Chat_V1_GetHistoryRequest, context: ServerContext) async throws -> Mesh_Chat_V1_GetHistoryResponse {
    let user = try CallerIdentity.userID(of: context)
    let conversation = try Self.conversationID(request.conversationID)
    let limit = request.limit <= 0 ? 50 : Int(min(request.limit, 500))
    var all: [MeshStores.ChatMessage] = []
    var cursor: Int64?
    repeat {
      let page = try await ServiceErrors.mapping { try await chat.messages(conversationID: conversation, userID: user, after: cursor, limit: 500) }
      all += page.messages
      cursor = page.nextCursor
    } while cursor != nil && all.count < 10_000
    if let before = request.before?.date { all = all.filter { $0.createdAt < before } }
    var response = Mesh_Chat_V1_GetHistoryResponse()
    response.hasMore = all.count > limit
    let shown = Array(all.suffix(limit))
    let extras = try await self.extras(of: shown.filter { $0.role == .assistant }.map(\.id))
    response.messages = shown.map { message(from: $0, extras: extras[$0.id]) }
    return response
  }

  /// Stores an attachment (sealed) in the caller's conversation: a header chunk, then data chunks.
  public func uploadAttachment(request: RequestStream<Mesh_Chat_V1_AttachmentChunk>, context: ServerContext) async throws
    -> Mesh_Chat_V1_Attachment
  {
    let user = try CallerIdentity.userID(of: context)
    var header: Mesh_Chat_V1_AttachmentChunk.Header?
    var data: [UInt8] = []
    for try await chunk in request {
      switch chunk.part {
      case .header(let value)?:
        guard header == nil else { throw RPCError(code: .invalidArgument, message: "the header comes once, first") }
        header = value
      case .data(let bytes)?:
        guard header != nil else { throw RPCError(code: .invalidArgument, message: "the header comes first") }
        guard data.count + bytes.count <= Self.maxAttachmentBytes else {
          throw RPCError(code: .resourceExhausted, message: "attachments are limited to \(Self.maxAttachmentBytes) bytes")
        }
        data += bytes
      case nil: continue
      }
    }
    guard let header, !data.isEmpty else { throw RPCError(code: .invalidArgument, message: "a header and some data are needed") }
    let conversation = try Self.conversationID(header.conversationID)
    guard header.contentType.utf8.count <= 100, header.fileName.utf8.count <= 255, !header.contentType.isEmpty else {
      throw RPCError(code: .invalidArgument, message: "a content type (up to 100 bytes) and a file name up to 255 bytes")
    }
    let digest = SHA256.hash(data)
    let sealed = try keyring.seal(data, associatedData: Array("attachment:\(conversation.uuidString.lowercased()):\(user)".utf8))
    let row = try await ServiceErrors.mapping {
      try await pool.execute("""
        INSERT INTO chat_attachments (conversation_id, user_id, file_name, content_type, size_bytes, sha256, key_id, data_sealed)
        SELECT c.id, c.user_id, $3, $4, $5, $6, $7, $8 FROM chat_conversations c WHERE c.id = $1::uuid AND c.user_id = $2
        RETURNING id
        """, [conversation, user, header.fileName, header.contentType, data.count, digest, sealed.keyID, sealed.combined]).first
    }
    guard let row else { throw RPCError(code: .notFound, message: "no such conversation") }
    var attachment = Mesh_Chat_V1_Attachment()
    attachment.attachmentID = try row.decode(UUID.self, at: 0).uuidString.lowercased()
    attachment.contentType = header.contentType
    attachment.sizeBytes = Int64(data.count)
    attachment.sha256 = digest
    return attachment
  }

  // MARK: - Turns

  /// Validates and stores the message, and enqueues its turn (once per client message id). When this call
  /// enqueued the turn, the third value is a waiter for its reply registered before the turn was committed
  /// (so the reply's announcement cannot come first); hand it to `reply(to:context:announcement:)`.
  /// `acknowledgedBeforeReply`: the caller tells the client the message is stored before its reply comes
  /// (Converse's echo), so the store waits for its WAL flush; otherwise the reply's synchronous commit
  /// flushes it first (`PostgresChatHistoryStore.appendEnqueuing(flushedByTheReply:)`).
  func accept(_ request: Mesh_Chat_V1_SendMessageRequest, user: String, acknowledgedBeforeReply: Bool = true) async throws
    -> (Mesh_Chat_V1_ChatMessage, ChatTurn, ReplyWaiters.Registration?)
  {
    let acceptedAt = ContinuousClock.now
    guard request.userID.isEmpty || request.userID == user else {
      throw RPCError(code: .permissionDenied, message: "messages are sent as the caller")
    }
    let text = request.text.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !text.isEmpty else { throw RPCError(code: .invalidArgument, message: "the message is empty") }
    guard request.text.utf8.count <= Self.maxTextBytes else {
      throw RPCError(code: .invalidArgument, message: "the message is over \(Self.maxTextBytes) bytes")
    }
    guard !request.text.unicodeScalars.contains(where: { $0.value == 0 }) else {
      throw RPCError(code: .invalidArgument, message: "the message contains a NUL character")
    }
    let clientID = request.clientMessageID ?? UUID().uuidString.lowercased()
    guard !clientID.isEmpty, clientID.utf8.count <= 200, !clientID.hasPrefix("reply:") else {
      throw RPCError(code: .invalidArgument, message: "the client message id must be 1-200 bytes")
    }
    TurnTimeline.shared.mark(clientID, .chatAccepted, at: acceptedAt)
    let stages = TurnStageTimings.shared
    let conversation: UUID
    if request.conversationID.isEmpty {
      // A retried first message (its reply was lost, say) must not open a second conversation and get a
      // second reply: the client id finds the conversation the first try made.
      conversation = try await stages.measure("chat.conversation") {
        let earlier = try await ServiceErrors.mapping { try await chat.conversation(ofClientMessage: clientID, userID: user) }
        if let earlier { return earlier }
        return try await ServiceErrors.mapping { try await chat.createConversation(userID: user, title: "") }.id
      }
    } else {
      conversation = try Self.conversationID(request.conversationID)
    }
    // The message and its turn commit together: one statement (atomic without a transaction around it),
    // one WAL flush. Both writes are keyed by the client's id, so running it again (after a lost
    // connection, or a client's retry) stores nothing twice.
    let (store, queue, locale) = (self.chat, self.queue, String(request.locale.prefix(35)))
    @Sendable func storeAndEnqueue() async throws -> (MeshStores.ChatMessage, ChatTurn, enqueued: Bool) {
      var turn = ChatTurn(messageID: 0, clientMessageID: clientID, conversationID: conversation, userID: user, locale: locale)
      turn.traceParent = TraceContext.current?.description
      turn.requestID = TraceContext.requestID
      let template = turn
      let queued = PostgresChatHistoryStore.MessageTurn(queue: queue, name: ChatTurn.queue, idempotencyKey: turn.idempotencyKey,
                                                        messageIDField: "messageID") { id in
        var turn = template
        turn.messageID = id
        return Array(try JSONEncoder().encode(turn))
      }
      let (stored, enqueued) = try await store.appendEnqueuing(request.text, role: .user, conversationID: conversation, userID: user,
                                                               clientMessageID: clientID, turn: queued,
                                                               flushedByTheReply: !acknowledgedBeforeReply)
      turn.messageID = stored.id
      return (stored, turn, enqueued)
    }
    let announcement = waiters.register(ChatTurn.idempotencyKey(conversationID: conversation, clientMessageID: clientID))
    let stored: MeshStores.ChatMessage, turn: ChatTurn, enqueued: Bool
    do {
      do {
        (stored, turn, enqueued) = try await stages.measure("chat.store and enqueue (one statement)") { try await storeAndEnqueue() }
      } catch let error as PostgresError where error.isConnectionProblem {
        (stored, turn, enqueued) = try await storeAndEnqueue()
      }
    } catch StoreError.invalidValue(field: "conversationID", _) {
      waiters.cancel(announcement)
      throw RPCError(code: .notFound, message: "no such conversation")
    } catch {
      waiters.cancel(announcement)
      throw ServiceErrors.rpcError(error)
    }
    TurnTimeline.shared.mark(clientID, .chatEnqueued)
    // A turn enqueued before (a retried message) may have its reply already: its waiter must check first.
    if !enqueued { waiters.cancel(announcement) }
    var echoed = message(from: stored, extras: nil)
    echoed.messageID = clientID
    return (echoed, turn, enqueued ? announcement : nil)
  }

  /// Waits for the turn's reply (NOTIFY, then a read), up to the call's deadline or `replyTimeout`. With the
  /// `announcement` waiter `accept` registered before enqueueing the turn, the first wait needs no read
  /// before it (one statement less per turn).
  func reply(to turn: ChatTurn, context: ServerContext, announcement: ReplyWaiters.Registration? = nil) async throws
    -> Mesh_Chat_V1_ChatMessage
  {
    var announcement = announcement
    defer { if let announcement { waiters.cancel(announcement) } }
    var timeout = replyTimeout
    if let deadline = context.deadline { timeout = min(timeout, deadline - ContinuousClock.now) }
    let started = ContinuousClock.now
    let end = started + timeout
    // A wait that no announcement ends within `recheck` reads the reply (then waits twice as long): the
    // processor announces a reply just after its commit, in a transaction of its own (so that the NOTIFY
    // does not hold PostgreSQL's notification lock through the reply's disk flush), and a processor that
    // dies between the two leaves a reply stored and never announced. A turn answered in time never reads.
    var recheck = Duration.seconds(1)
    while ContinuousClock.now < end {
      // Register, then read once (a reply committed before the registration is found by that read, one
      // committed after it is announced to the registered waiter), then read again when woken.
      // The announcement carries the committed reply (`ReplyAnnouncement`): then no read is needed.
      var early: Mesh_Chat_V1_ChatMessage?
      let announced: ReplyAnnouncement?
      let wait = min(end - ContinuousClock.now, recheck)
      recheck *= 2
      if let registered = announcement {
        announcement = nil
        announced = await waiters.wait(registered, timeout: wait)
      } else {
        announced = await waiters.wait(for: turn.idempotencyKey, timeout: wait) {
          early = try? await self.storedReply(turn)
          return early != nil
        }
      }
      var found = early ?? announced.flatMap { announcedReply($0, turn) }
      if found == nil { found = try await storedReply(turn) }
      if let found {
        TurnTimeline.shared.mark(turn.clientMessageID, .chatHasReply)
        TurnStageTimings.shared.record("chat.reply (enqueued → reply read)", ContinuousClock.now - started)
        AssistantMetrics.process.replyReady(acceptedAt: turn.acceptedAt)
        return found
      }
    }
    if let found = try await storedReply(turn) {
      AssistantMetrics.process.replyReady(acceptedAt: turn.acceptedAt)
      return found
    }
    throw RPCError(code: .deadlineExceeded, message: "the reply is not ready yet; send the same message id again to get it")
  }

  private func storedReply(_ turn: ChatTurn) async throws -> Mesh_Chat_V1_ChatMessage? {
    try await TurnStageTimings.shared.measure("chat.read reply (each check)") { try await readReply(turn) }
  }

  /// The reply an announcement carried, as `readReply` would return it; nil when it does not open (then
  /// the reply is read).
  private func announcedReply(_ reply: ReplyAnnouncement, _ turn: ChatTurn) -> Mesh_Chat_V1_ChatMessage? {
    guard let stored = try? chat.message(from: reply, conversationID: turn.conversationID, userID: turn.userID) else { return nil }
    let extras = (try? JSONDecoder().decode(ReplyExtras.self, from: Data(reply.richJSON.utf8))).map { (reply.intent, $0) }
    var message = message(from: stored, extras: extras)
    message.messageID = turn.replyClientID
    return message
  }

  /// The reply and its extras in one statement (a round trip per check).
  private func readReply(_ turn: ChatTurn) async throws -> Mesh_Chat_V1_ChatMessage? {
    let row = try await ServiceErrors.mapping {
      // Ready once its extras are committed (with the processor's completion of the turn).
      try await pool.execute("""
        SELECT m.id, m.role, m.key_id, m.body_sealed, m.created_at, e.intent, e.rich::text
        FROM chat_messages m JOIN chat_reply_extras e ON e.message_id = m.id
        WHERE m.conversation_id = $1::uuid AND m.client_id = $2 AND m.user_id = $3
        """, [turn.conversationID, turn.replyClientID, turn.userID], idempotent: true).first
    }
    guard let row else { return nil }
    let stored = try await ServiceErrors.mapping { try chat.message(from: row, conversationID: turn.conversationID, userID: turn.userID) }
    var extras: (String, ReplyExtras)?
    if let intent = try? row.decode(String.self, at: 5), let rich = try? row.decode(String.self, at: 6),
       let decoded = try? JSONDecoder().decode(ReplyExtras.self, from: Data(rich.utf8)) {
      extras = (intent, decoded)
    }
    var message = message(from: stored, extras: extras)
    message.messageID = turn.replyClientID
    return message
  }

  private func extras(of ids: [Int64]) async throws -> [Int64: (String, ReplyExtras)] {
    guard !ids.isEmpty else { return [:] }
    let rows = try await ServiceErrors.mapping {
      try await pool.execute("SELECT message_id, intent, rich::text FROM chat_reply_extras WHERE message_id = ANY($1::int8[])",
                             ["{" + ids.map(String.init).joined(separator: ",") + "}"], idempotent: true)
    }
    var out: [Int64: (String, ReplyExtras)] = [:]
    for row in rows.rows {
      guard let extras = try? JSONDecoder().decode(ReplyExtras.self, from: Data(try row.decode(String.self, at: 2).utf8)) else { continue }
      out[try row.decode(Int64.self, at: 0)] = (try row.decode(String.self, at: 1), extras)
    }
    return out
  }

  private func message(from stored: MeshStores.ChatMessage, extras: (String, ReplyExtras)?) -> Mesh_Chat_V1_ChatMessage {
    var message = Mesh_Chat_V1_ChatMessage()
    message.messageID = String(stored.id)
    message.conversationID = stored.conversationID.uuidString.lowercased()
    message.role = stored.role == .user ? .user : stored.role == .assistant ? .assistant : .system
    message.text = stored.body
    message.sentAt = Google_Protobuf_Timestamp(date: stored.createdAt)
    if let (intent, extras) = extras {
      message.annotations["intent"] = intent
      if !extras.quickReplies.isEmpty { message.annotations["quick_replies"] = extras.quickReplies.joined(separator: "\n") }
      if let order = extras.orderID { message.annotations["order_id"] = order }
      if !extras.cards.isEmpty {
        var carousel = Mesh_Chat_V1_ProductCarousel()
        carousel.listings = extras.cards.map(Self.listing)
        message.carousel = carousel
      } else if !extras.quickReplies.isEmpty {
        var quick = Mesh_Chat_V1_QuickReplies()
        quick.options = extras.quickReplies
        message.quickReplies = quick
      } else if let order = extras.orderID {
        message.orderID = order
      }
    }
    return message
  }

  static func listing(_ card: ListingFact) -> Mesh_Listing_V1_Listing {
    var listing = Mesh_Listing_V1_Listing()
    listing.listingID = card.listingID
    listing.title = card.title
    var price = Mesh_Common_V1_Money()
    price.currencyCode = card.price.currency
    price.units = card.price.minorUnits / 100
    price.nanos = Int32(card.price.minorUnits % 100) * 10_000_000
    listing.price = price
    if let colour = card.colour { listing.attributes["colour"] = colour }
    if let rating = card.rating { listing.rating = rating }
    return listing
  }

  static func conversationID(_ text: String) throws -> UUID {
    guard let id = UUID(uuidString: text) else { throw RPCError(code: .invalidArgument, message: "the conversation id is not a UUID") }
    return id
  }
}
