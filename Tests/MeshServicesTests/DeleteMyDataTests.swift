import Foundation
import MeshAuthService
import MeshChatService
import MeshContextService
import MeshCore
import MeshPostgres
import MeshPostgresTestSupport
import MeshProtos
import MeshServiceKit
import MeshSessionService
import MeshStores
import MeshTransport
import Testing

/// `ChatService.DeleteMyData` through real chat, context, session and auth servers on one PostgreSQL:
/// what each service kept about the caller is gone, what it kept about somebody else is not, and the
/// audit log records each request.
@Suite(.postgresCluster, .serialized) struct DeleteMyDataTests {
  /// Two users' worth of data, written through the services (and the chat store for the history, which
  /// otherwise needs the processor and the NLU model to be written).
  struct Seeded {
    var conversation: UUID
    var session: String
    var refreshToken: String
    /// The sign-in's session (the `sid` of its tokens).
    var signIn: String
  }

  static func seed(user: String, login: String, chatStore: PostgresChatHistoryStore, contexts: Mesh_Context_V1_ContextService.Client,
                   sessions: Mesh_Session_V1_SessionService.Client, auth: Mesh_Auth_V1_AuthService.Client) async throws -> Seeded {
    let metadata = ServiceHarness.user(user)
    let conversation = try await chatStore.createConversation(userID: user, title: "")
    _ = try await chatStore.append("where is order 1042? mail me at \(login)@example.com", role: .user,
                                   conversationID: conversation.id, userID: user, clientMessageID: "m1")
    _ = try await chatStore.append("It is on its way.", role: .assistant, conversationID: conversation.id, userID: user,
                                   clientMessageID: "reply:m1")
    var update = Mesh_Context_V1_UpdateContextRequest()
    update.conversationID = conversation.id.uuidString.lowercased()
    update.expectedVersion = 0
    var slot = Mesh_Context_V1_Slot()
    slot.text = "1042"
    update.setSlots = ["order_number": slot]
    _ = try await contexts.updateContext(update, metadata: metadata)
    var preferences = Mesh_Context_V1_UpdatePreferencesRequest()
    preferences.userID = user
    preferences.language = "de"
    preferences.size = "M"
    _ = try await contexts.updatePreferences(preferences, metadata: metadata)
    var create = Mesh_Session_V1_CreateSessionRequest()
    create.userID = user
    create.channel = .web
    create.ttl = Google_Protobuf_Duration(.seconds(600))
    let session = try await sessions.createSession(create, metadata: metadata)
    var issue = Mesh_Auth_V1_IssueTokenRequest()
    var grant = Mesh_Auth_V1_PasswordGrant()
    grant.username = login
    grant.password = "correct horse battery"
    issue.grant = .password(grant)
    let issued = try await auth.issueToken(issue)
    return Seeded(conversation: conversation.id, session: session.sessionID, refreshToken: try #require(issued.refreshToken),
                  signIn: issued.sessionID)
  }

  @Test func theCallersDataGoesOthersStaysAndTheAuditLogRecordsEachRequest() async throws {
    let configuration = try ServiceHarness.configuration()
    let suffix = UUID().uuidString.prefix(8).lowercased()
    let ann = "u-ann-\(suffix)", bob = "u-bob-\(suffix)"
    let (authProvider, authPool) = try await AuthServer.makeProvider(configuration, pepper: Array(repeating: 7, count: 32))
    try await authProvider.setPassword(username: "ann-\(suffix)", password: "correct horse battery", subject: ann)
    try await authProvider.setPassword(username: "bob-\(suffix)", password: "correct horse battery", subject: bob)
    let services = [try RunningService.start(name: "auth", services: [authProvider], configuration: configuration, pool: authPool),
                    try await ContextServer.start(configuration), try await SessionServer.start(configuration),
                    try await ChatServer.start(configuration)]
    do {
      let pool = try #require(services[3].pool)
      try await ServiceHarness.withClient(services[0]) { authClient in
        try await ServiceHarness.withClient(services[1]) { contextClient in
          try await ServiceHarness.withClient(services[2]) { sessionClient in
            try await ServiceHarness.withClient(services[3]) { chatClient in
              try await Self.run(pool: pool, suffix: String(suffix), ann: ann, bob: bob,
                                 auth: .init(wrapping: authClient), contexts: .init(wrapping: contextClient),
                                 sessions: .init(wrapping: sessionClient), chat: .init(wrapping: chatClient))
            }
          }
        }
      }
    } catch {
      for service in services.reversed() { await service.shutdown(gracePeriod: .seconds(1)) }
      throw error
    }
    for service in services.reversed() { await service.shutdown(gracePeriod: .seconds(1)) }
  }

  static func run(pool: PostgresPool, suffix: String, ann: String, bob: String, auth: Mesh_Auth_V1_AuthService.Client,
                  contexts: Mesh_Context_V1_ContextService.Client, sessions: Mesh_Session_V1_SessionService.Client,
                  chat: Mesh_Chat_V1_ChatService.Client) async throws {
    let chatStore = PostgresChatHistoryStore(pool: pool, keyring: try ChatKeyring.load([:]).keyring)
    let annData = try await seed(user: ann, login: "ann-\(suffix)", chatStore: chatStore, contexts: contexts, sessions: sessions, auth: auth)
    let bobData = try await seed(user: bob, login: "bob-\(suffix)", chatStore: chatStore, contexts: contexts, sessions: sessions, auth: auth)
    func history(_ user: String, _ conversation: UUID) async throws -> Int {
      var request = Mesh_Chat_V1_GetHistoryRequest()
      request.conversationID = conversation.uuidString.lowercased()
      return try await chat.getHistory(request, metadata: ServiceHarness.user(user)).messages.count
    }
    #expect(try await history(ann, annData.conversation) == 2)
    #expect(try await chatStore.analyticsCopies(conversationID: annData.conversation).count == 2)

    // No identity, no deletion; a reason with control characters is refused before anything goes.
    #expect(await rpcCode { _ = try await chat.deleteMyData(Mesh_Chat_V1_DeleteMyDataRequest()) } == .unauthenticated)
    var bad = Mesh_Chat_V1_DeleteMyDataRequest()
    bad.reason = "bye\u{1b}[2J"
    #expect(await rpcCode { _ = try await chat.deleteMyData(bad, metadata: ServiceHarness.user(ann)) } == .invalidArgument)
    #expect(try await history(ann, annData.conversation) == 2)

    var request = Mesh_Chat_V1_DeleteMyDataRequest()
    request.reason = "please forget me, write to ann-\(suffix)@example.com"
    let first = try await chat.deleteMyData(request, metadata: ServiceHarness.user(ann))
    #expect(first.conversationsDeleted == 1 && first.messagesDeleted == 2 && first.preferencesDeleted)
    #expect(first.sessionsRevoked == 2)  // the session and the sign-in's refresh token
    #expect(first.auditSequence > 0)

    // Each service now answers as if ann had never been here.
    #expect(try await history(ann, annData.conversation) == 0)
    #expect(try await chatStore.analyticsCopies(conversationID: annData.conversation).isEmpty)
    #expect(try await chatStore.conversations(userID: ann).isEmpty)
    var getContext = Mesh_Context_V1_GetContextRequest()
    getContext.conversationID = annData.conversation.uuidString.lowercased()
    let context = try await contexts.getContext(getContext, metadata: ServiceHarness.user(ann))
    #expect(context.version == 0 && context.slots.isEmpty)
    var getPreferences = Mesh_Context_V1_GetPreferencesRequest()
    getPreferences.userID = ann
    let preferences = try await contexts.getPreferences(getPreferences, metadata: ServiceHarness.user(ann))
    #expect(preferences.language == "en" && preferences.size == nil)
    var getSession = Mesh_Session_V1_GetSessionRequest()
    getSession.sessionID = annData.session
    #expect(await rpcCode { _ = try await sessions.getSession(getSession, metadata: ServiceHarness.user(ann)) } == .notFound)
    var refresh = Mesh_Auth_V1_IssueTokenRequest()
    refresh.grant = .refreshToken(annData.refreshToken)
    #expect(await rpcCode { _ = try await auth.issueToken(refresh) } == .unauthenticated)
    // Ann's sign-in is in the revocation feed the gateways poll (its access tokens stop there); bob's is not.
    let feed = try await auth.listRevocations(Mesh_Auth_V1_ListRevocationsRequest()).revocations.map(\.sessionID)
    #expect(!annData.signIn.isEmpty && feed.contains(annData.signIn) && !feed.contains(bobData.signIn))
    // The account stays: ann can sign in again, to a fresh start.
    var login = Mesh_Auth_V1_IssueTokenRequest()
    var grant = Mesh_Auth_V1_PasswordGrant()
    grant.username = "ann-\(suffix)"
    grant.password = "correct horse battery"
    login.grant = .password(grant)
    #expect(try await auth.issueToken(login).accessToken.isEmpty == false)

    // Bob's data is all there.
    #expect(try await history(bob, bobData.conversation) == 2)
    #expect(try await chatStore.analyticsCopies(conversationID: bobData.conversation).count == 2)
    getContext.conversationID = bobData.conversation.uuidString.lowercased()
    #expect(try await contexts.getContext(getContext, metadata: ServiceHarness.user(bob)).version == 1)
    getPreferences.userID = bob
    #expect(try await contexts.getPreferences(getPreferences, metadata: ServiceHarness.user(bob)).language == "de")
    getSession.sessionID = bobData.session
    #expect(try await sessions.getSession(getSession, metadata: ServiceHarness.user(bob)).userID == bob)
    refresh.grant = .refreshToken(bobData.refreshToken)
    #expect(try await auth.issueToken(refresh).accessToken.isEmpty == false)

    // Again: nothing more to delete (idempotent), and the request is recorded again.
    let second = try await chat.deleteMyData(Mesh_Chat_V1_DeleteMyDataRequest(), metadata: ServiceHarness.user(ann))
    #expect(second.conversationsDeleted == 0 && second.messagesDeleted == 0 && !second.preferencesDeleted)
    // The password sign-in above made one refresh token; it goes too.
    #expect(second.sessionsRevoked == 1)
    #expect(second.auditSequence > first.auditSequence)

    // The audit log: one record per request, counts and the redacted reason, no address; the chain holds.
    let audit = PostgresAuditLog(pool: pool)
    var entries: [AuditEntry] = []
    var cursor: Int64 = 0
    while true {
      let page = try await audit.entries(after: cursor, limit: 1000)
      guard let last = page.last else { break }
      entries += page
      cursor = last.sequence
    }
    let records = entries.filter { $0.action == "user.data.delete" && $0.subject == "user/\(ann)" }
    #expect(records.map(\.sequence) == [first.auditSequence, second.auditSequence])
    #expect(records.first?.actor == ann)
    #expect(records.first?.details.hasPrefix("conversations=1 messages=2 sessions=1 preferences=1 refresh_tokens=1 sign_in_sessions=1 reason=") == true)
    #expect(records.first.map { !$0.details.contains("@example.com") } == true)
    #expect(!entries.contains { $0.action == "user.data.delete" && $0.subject == "user/\(bob)" })
    #expect(try await audit.verify().isIntact)
  }
}
