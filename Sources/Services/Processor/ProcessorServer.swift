import Foundation
public import MeshDialogue
import MeshLLM
import MeshPostgres
import MeshProtos
public import MeshServiceKit
import MeshStores
import MeshTransport

/// Starts the processor alone (`mesh serve processor`): workers consuming the turn queue, plus a gRPC
/// server with health and reflection only (its liveness probe).
///
/// Dependencies: `nlu`, `context`, `order`, `shipping`, `payment`, `user`, `search`, and optionally
/// `analytics`. The optional LLM backend: `llm_*` settings (see `LLMConfiguration.from`). Settings: `workers` (the
/// workers that always run, default 4), `max_workers` (the most while turns queue up, default 32 or `workers` if
/// more; see `workerCounts`), `chat_keys` (see `ChatKeyring`), `visibility_timeout` (seconds a taken
/// turn stays hidden from other workers before it is redelivered; default 60), `adapter_timeout_ms` (the
/// deadline of one adapter call, the mesh file's `processor.adapter_timeout`; default 5000, and never past
/// the turn's visibility timeout), `ship_from_country` (where parcels leave from, for delivery quotes; see
/// `shipFromCountry`).
public enum ProcessorServer {
  /// Opens the database, connects to the dependencies and starts the workers.
  /// - Parameters:
  ///   - configuration: address, database, dependencies, settings.
  ///   - policy: the dialogue policy.
  public static func start(_ configuration: ServiceConfiguration, policy: DialoguePolicy = DialoguePolicy()) async throws -> RunningService {
    let (workers, maxWorkers) = try Self.workerCounts(configuration.settings)
    // How long a turn a worker took stays invisible to the others: a processor that dies mid-turn leaves
    // it to be redelivered after this (a turn normally takes milliseconds; an adapter call at most
    // `adapter_timeout_ms`, 5 s by default, and never past this).
    let visibility = Duration.seconds(Int(configuration.settings["visibility_timeout"] ?? "60") ?? 60)
    let adapterTimeout = try Self.adapterTimeout(configuration.settings)
    let pool = try await StoreDatabase.open(url: configuration.databaseURL, dataDirectory: configuration.dataDirectory,
                                            maxConnections: maxWorkers * 2 + 2)
    let channels = ServiceChannels(configuration)
    let queue = PostgresDurableQueue(pool: pool, policy: QueuePolicy(maxAttempts: 8, baseBackoff: .milliseconds(200),
                                                                     maxBackoff: .seconds(10)))
    var llm: (client: LLMClient, group: EventLoopGroup)?
    do {
      if let settings = try LLMConfiguration.from(settings: configuration.settings) {
        let group = EventLoopGroup(threads: 1)
        llm = (try LLMClient(configuration: settings, group: group), group)
      }
      let timeout = Duration.seconds(5)
      // The turns' analytics events go in batches, off the turns' path.
      let outbox = try channels.has("analytics")
        ? AnalyticsOutbox(client: .init(wrapping: channels.client("analytics")), callTimeout: timeout) : nil
      var processor = TurnProcessor(
        chat: PostgresChatHistoryStore(pool: pool, keyring: try ChatKeyring.load(configuration.settings).keyring),
        nlu: .init(wrapping: try channels.client("nlu")), context: .init(wrapping: try channels.client("context")),
        analytics: outbox,
        executor: AdapterExecutor(clients: AdapterClients(order: .init(wrapping: try channels.client("order")),
                                                          shipping: .init(wrapping: try channels.client("shipping")),
                                                          payment: .init(wrapping: try channels.client("payment")),
                                                          user: .init(wrapping: try channels.client("user")),
                                                          search: .init(wrapping: try channels.client("search")),
                                                          listing: channels.has("listing") ? .init(wrapping: try channels.client("listing")) : nil),
                                  pool: pool, timeout: adapterTimeout,
                                  shipFromCountry: try Self.shipFromCountry(configuration.settings)),
        policy: policy, callTimeout: timeout)
      processor.turnLease = visibility
      if let llm { processor.phraser = ReplyPhraser(client: llm.client, pool: pool) }
      let turns = processor
      let backend = llm
      // A worker holds a connection for its turn's transaction: the floor's are opened now, not by the first turns.
      try await pool.warm(workers)
      let consumer = Task {
        // A turn is counted once its transaction committed, not each time its handler ran. The queue's done
        // mark rides on the turn's lock statement.
        // A worker mostly waits (nlu, context, the adapters, the commit): while turns queue up, more
        // workers start, up to `maxWorkers`, instead of leaving the turns waiting with the CPU idle.
        await queue.consume(queue: ChatTurn.queue, concurrency: workers, maxConcurrency: maxWorkers, visibilityTimeout: visibility,
                            carryingMark: { message, completion, connection in
                              try await turns.handle(message, completion: completion, connection: connection)
                            },
                            committed: { message, answered in
                              TurnTimeline.shared.mark(turnKey: message.idempotencyKey, .processorCommitted)
                              answered?.recordCommitted()
                            })
      }
      return try RunningService.start(name: "processor", services: [], configuration: configuration, pool: pool) {
        consumer.cancel()
        _ = await consumer.value
        await outbox?.close()
        queue.stop()
        channels.close()
        backend?.client.shutdown()
        backend?.group.shutdown()
      }
    } catch {
      queue.stop()
      channels.close()
      llm?.client.shutdown()
      llm?.group.shutdown()
      pool.close()
      throw error
    }
  }

  /// The `workers` and `max_workers` settings: the workers that always run (default 4) and the most at
  /// once while turns queue up (default 32, never fewer than `workers`); whole numbers from 1 to 256. Each
  /// busy worker holds a database connection for its turn (two while it creates a ticket).
  /// - Parameter settings: the service's settings.
  /// - Throws: `ServiceSetupError` for a value that is not such a number, or a ceiling below the floor.
  static func workerCounts(_ settings: [String: String]) throws -> (workers: Int, maxWorkers: Int) {
    func count(_ key: String) throws -> Int? {
      guard let text = settings[key] else { return nil }
      guard let value = Int(text), (1...256).contains(value) else {
        throw ServiceSetupError("\(key) must be a whole number from 1 to 256, not '\(text)'")
      }
      return value
    }
    let workers = try count("workers") ?? 4
    guard let ceiling = try count("max_workers") else { return (workers, max(workers, 32)) }
    guard ceiling >= workers else { throw ServiceSetupError("max_workers (\(ceiling)) must be at least workers (\(workers))") }
    return (workers, ceiling)
  }

  /// The `ship_from_country` setting: the ISO 3166-1 alpha-2 code parcels are sent from, which the shipping
  /// service's quotes depend on (dearer and slower abroad). Default "NL": the bundled marketplace ships from
  /// its warehouse in Venlo (its seed's tracking events).
  /// - Parameter settings: the service's settings.
  static func shipFromCountry(_ settings: [String: String]) throws -> String {
    guard let text = settings["ship_from_country"] else { return "NL" }
    guard text.count == 2, text.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
      throw ServiceSetupError("ship_from_country must be an ISO 3166-1 alpha-2 code such as NL, not '\(text)'")
    }
    return text
  }

  /// The `adapter_timeout_ms` setting (default 5000): a whole number of milliseconds, 10 to 30000 as the
  /// mesh file allows.
  /// - Parameter settings: the service's settings.
  /// - Throws: `ServiceSetupError` for any other value.
  static func adapterTimeout(_ settings: [String: String]) throws -> Duration {
    guard let text = settings["adapter_timeout_ms"] else { return .seconds(5) }
    guard let milliseconds = Int64(text), (10...30_000).contains(milliseconds) else {
      throw ServiceSetupError("adapter_timeout_ms must be a whole number of milliseconds from 10 to 30000, not '\(text)'")
    }
    return .milliseconds(milliseconds)
  }
}
