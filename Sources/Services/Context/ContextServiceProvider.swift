import Foundation
public import MeshCore
import MeshPostgres
public import MeshProtos
public import MeshStores
import MeshServiceKit

/// `mesh.context.v1.ContextService`: the dialogue state of each conversation and the user's
/// preferences, in PostgreSQL. The caller is the gateway's `x-mesh-user-id`; another user's
/// conversation is NOT_FOUND, so its existence does not leak.
public struct ContextServiceProvider: Mesh_Context_V1_ContextService.ServiceProtocol {
  private let store: PostgresContextStore
  private let preferences: PostgresPreferencesStore

  /// Creates the service.
  /// - Parameters:
  ///   - store: the contexts.
  ///   - preferences: the users' preferences.
  public init(store: PostgresContextStore, preferences: PostgresPreferencesStore) {
    self.store = store
    self.preferences = preferences
  }

  /// The conversation's context; an empty one (version 0) when nothing is stored yet.
  public func getContext(request: Mesh_Context_V1_GetContextRequest, context: ServerContext) async throws
    -> Mesh_Context_V1_ConversationContext
  {
    let caller = try CallerIdentity.userID(of: context)
    return ContextMessages.message(try await read(request.conversationID, caller: caller))
  }

  /// Applies the changes when `expected_version` is still current (ABORTED otherwise: read and retry).
  public func updateContext(request: Mesh_Context_V1_UpdateContextRequest, context: ServerContext) async throws
    -> Mesh_Context_V1_ConversationContext
  {
    let caller = try CallerIdentity.userID(of: context)
    guard request.userID.isEmpty || request.userID == caller else {
      throw RPCError(code: .permissionDenied, message: "a context can only be written for the caller")
    }
    do {
      let updated = try await store.update(request.conversationID, userID: caller, expectedVersion: request.expectedVersion,
                                           patch: ContextMessages.patch(request), flushedByCaller: FlushedByCaller.isAsked(by: context))
      return ContextMessages.message(updated)
    } catch let error as ContextError {
      throw Self.rpcError(error)
    } catch {
      throw ServiceErrors.rpcError(error)
    }
  }

  /// The current context, then one change per update, until the caller goes away (LISTEN/NOTIFY).
  public func watchContext(request: Mesh_Context_V1_GetContextRequest, response: ResponseWriter<Mesh_Context_V1_ContextChange>,
                           context: ServerContext) async throws {
    let caller = try CallerIdentity.userID(of: context)
    // Listen first (and make sure the LISTEN is in place: the listener connects in the background),
    // then read: an update after the read is then seen, not lost.
    let listener = try PostgresListener(configuration: store.pool.configuration, channels: [PostgresContextStore.channel])
    defer { listener.stop() }
    var notifications = listener.notifications.makeAsyncIterator()
    let token = "ready:" + UUID().uuidString
    let pool = store.pool
    let pinger = Task {
      while !Task.isCancelled {
        _ = try? await pool.execute("SELECT pg_notify($1, $2)", [PostgresContextStore.channel, token])
        try? await Task.sleep(for: .milliseconds(100))
      }
    }
    defer { pinger.cancel() }
    while let notification = await notifications.next(), notification.payload != token {}
    pinger.cancel()
    var last = try await read(request.conversationID, caller: caller)
    var first = Mesh_Context_V1_ContextChange()
    first.context = ContextMessages.message(last)
    first.changedSlots = last.slots.keys.sorted()
    try await response.write(first)
    while let notification = await notifications.next() {
      // An empty payload follows a reconnection: anything may have changed.
      guard notification.payload == request.conversationID || notification.payload.isEmpty else { continue }
      let now = try await read(request.conversationID, caller: caller)
      guard now.version != last.version else { continue }
      var change = Mesh_Context_V1_ContextChange()
      change.context = ContextMessages.message(now)
      change.changedSlots = ContextMessages.changedSlots(last, now)
      try await response.write(change)
      last = now
    }
  }

  /// The caller's preferences (defaults when none are stored).
  public func getPreferences(request: Mesh_Context_V1_GetPreferencesRequest, context: ServerContext) async throws
    -> Mesh_Context_V1_Preferences
  {
    let caller = try owner(request.userID, context)
    return Self.message(try await ServiceErrors.mapping { try await preferences.preferences(userID: caller) })
  }

  /// Sets the fields given; the others keep their values.
  public func updatePreferences(request: Mesh_Context_V1_UpdatePreferencesRequest, context: ServerContext) async throws
    -> Mesh_Context_V1_Preferences
  {
    let caller = try owner(request.userID, context)
    return Self.message(try await ServiceErrors.mapping {
      var current = try await preferences.preferences(userID: caller)
      if let language = request.language { current.language = language }
      if let currency = request.currency { current.currency = currency }
      if let size = request.size { current.extras["size"] = size.isEmpty ? nil : .string(size) }
      if let colours = request.colours { current.extras["colours"] = .array(colours.names.map { .string($0) }) }
      if let budget = request.budget {
        guard budget.isFinite, budget >= 0 else { throw RPCError(code: .invalidArgument, message: "the budget must be 0 or more") }
        current.extras["budget"] = budget == 0 ? nil : .number(budget)
      }
      try await preferences.save(current)
      return current
    })
  }

  private func owner(_ requested: String, _ context: ServerContext) throws -> String {
    let caller = try CallerIdentity.userID(of: context)
    guard requested.isEmpty || requested == caller else {
      throw RPCError(code: .permissionDenied, message: "preferences are the caller's own")
    }
    return caller
  }

  private func read(_ conversationID: String, caller: String) async throws -> DialogueContext {
    guard !conversationID.isEmpty, conversationID.utf8.count <= 200 else {
      throw RPCError(code: .invalidArgument, message: "the conversation id must be 1-200 bytes")
    }
    let stored = try await ServiceErrors.mapping { try await store.context(conversationID) }
    guard let stored else { return DialogueContext(conversationID: conversationID, userID: caller) }
    guard stored.userID == caller else { throw RPCError(code: .notFound, message: "no such conversation") }
    return stored
  }

  static func rpcError(_ error: ContextError) -> RPCError {
    switch error {
    case .versionConflict: return RPCError(code: .aborted, message: error.description)
    case .notOwner: return RPCError(code: .notFound, message: error.description)
    case .invalid: return RPCError(code: .invalidArgument, message: error.description)
    }
  }

  static func message(_ preferences: UserPreferences) -> Mesh_Context_V1_Preferences {
    var message = Mesh_Context_V1_Preferences()
    message.userID = preferences.userID
    message.language = preferences.language
    message.currency = preferences.currency
    if case .string(let size)? = preferences.extras["size"] { message.size = size }
    if case .array(let colours)? = preferences.extras["colours"] {
      message.colours = colours.compactMap { if case .string(let colour) = $0 { colour } else { nil } }
    }
    if case .number(let budget)? = preferences.extras["budget"] { message.budget = budget }
    return message
  }
}
