import Foundation
public import MeshCore
public import MeshPostgres
public import MeshProtos
import MeshServiceKit
import MeshStores

/// `mesh.analytics.v1.AnalyticsService`: events from chat and the processor in PostgreSQL, and the
/// aggregates the dashboard asks for. Free text in labels is PII-redacted again on the way in.
public struct AnalyticsServiceProvider: Mesh_Analytics_V1_AnalyticsService.ServiceProtocol {
  /// The event name of one assistant turn (labels `intent`, `outcome`, `text`; value `latency`).
  public static let turnEvent = "turn"
  /// The most events one Record call stores.
  public static let maxEventsPerCall = 10_000
  /// The most events one INSERT stores (a statement's JSON parameter stays under a few MB).
  public static let eventsPerStatement = 500

  private let pool: PostgresPool

  /// Creates the service.
  /// - Parameter pool: the database (migrated).
  public init(pool: PostgresPool) { self.pool = pool }

  /// Stores each event once by id; returns how many were new and how many were repeats.
  public func record(request: RequestStream<Mesh_Analytics_V1_Event>, context: ServerContext) async throws
    -> Mesh_Analytics_V1_RecordResponse
  {
    // Every event is stored before the answer; a bad one fails the call after those before it are stored.
    var batch = AnalyticsEventBatch(capacity: Self.eventsPerStatement)
    var seen = 0
    do {
      for try await event in request {
        seen += 1
        guard seen <= Self.maxEventsPerCall else {
          throw RPCError(code: .resourceExhausted, message: "at most \(Self.maxEventsPerCall) events per call")
        }
        try batch.add(event, position: seen)
        if batch.isFull { try await batch.store(in: pool) }
      }
    } catch {
      // A bad event, too many, or a broken stream: the events before it are stored, as one by one they were.
      try await batch.store(in: pool)
      throw error
    }
    try await batch.store(in: pool)
    var response = Mesh_Analytics_V1_RecordResponse()
    response.accepted = batch.accepted
    response.duplicates = batch.duplicates
    return response
  }

  /// Counts (and sums of amounts, or of latencies in seconds) per name and time bucket.
  public func query(request: Mesh_Analytics_V1_QueryRequest, context: ServerContext) async throws -> Mesh_Analytics_V1_QueryResponse {
    try await series(request)
  }

  /// The counts of the last interval, every interval, until the caller goes away.
  public func live(request: Mesh_Analytics_V1_LiveRequest, response: ResponseWriter<Mesh_Analytics_V1_QueryResponse>,
                   context: ServerContext) async throws {
    let interval = request.interval.map(\.duration) ?? .seconds(5)
    guard interval >= .milliseconds(100) else { throw RPCError(code: .invalidArgument, message: "the interval must be 100 ms or more") }
    while !Task.isCancelled {
      try await Task.sleep(for: interval)
      var query = Mesh_Analytics_V1_QueryRequest()
      query.names = request.names
      let now = Date()
      query.from = Google_Protobuf_Timestamp(date: now.addingTimeInterval(-Double(interval.components.seconds) - Double(interval.components.attoseconds) / 1e18))
      query.to = Google_Protobuf_Timestamp(date: now)
      query.bucket = Google_Protobuf_Duration(interval)
      try await response.write(try await series(query))
    }
  }

  /// Intents per hour, resolution rate and p95 reply time of the turns in a range.
  public func summary(request: Mesh_Analytics_V1_SummaryRequest, context: ServerContext) async throws -> Mesh_Analytics_V1_SummaryResponse {
    let (from, to) = range(request.from, request.to)
    var response = Mesh_Analytics_V1_SummaryResponse()
    let hours = try await ServiceErrors.mapping {
      try await pool.execute("""
        SELECT date_trunc('hour', at), coalesce(labels->>'intent', ''), count(*) FROM analytics_events
        WHERE name = $1 AND at >= $2 AND at < $3 GROUP BY 1, 2 ORDER BY 1, 2
        """, [Self.turnEvent, from, to], idempotent: true)
    }
    for row in hours.rows {
      var hour = Mesh_Analytics_V1_SummaryResponse.IntentHour()
      hour.hour = Google_Protobuf_Timestamp(date: try row.decode(Date.self, at: 0))
      hour.intent = try row.decode(String.self, at: 1)
      hour.count = try row.decode(Int64.self, at: 2)
      response.intentsPerHour.append(hour)
    }
    let totals = try await ServiceErrors.mapping {
      try await pool.execute("""
        SELECT count(*), count(*) FILTER (WHERE labels->>'outcome' = 'resolved'), count(*) FILTER (WHERE labels->>'outcome' = 'handed_off'),
          coalesce(percentile_cont(0.95) WITHIN GROUP (ORDER BY latency_us), 0)::float8
        FROM analytics_events WHERE name = $1 AND at >= $2 AND at < $3
        """, [Self.turnEvent, from, to], idempotent: true)
    }
    if let row = totals.first {
      response.turns = try row.decode(Int64.self, at: 0)
      response.resolved = try row.decode(Int64.self, at: 1)
      response.handedOff = try row.decode(Int64.self, at: 2)
      response.resolutionRate = response.turns == 0 ? 0 : Double(response.resolved) / Double(response.turns)
      let p95 = try row.decode(Double.self, at: 3)
      response.p95ReplyTime = Google_Protobuf_Duration(.microseconds(Int64(p95.rounded())))
    }
    return response
  }

  private func range(_ from: Google_Protobuf_Timestamp?, _ to: Google_Protobuf_Timestamp?) -> (Date, Date) {
    (from?.date ?? Date(timeIntervalSince1970: 0), to?.date ?? Date().addingTimeInterval(1))
  }

  private func series(_ request: Mesh_Analytics_V1_QueryRequest) async throws -> Mesh_Analytics_V1_QueryResponse {
    guard request.names.count <= 50, request.labelFilter.count <= 8 else {
      throw RPCError(code: .invalidArgument, message: "at most 50 names and 8 label filters")
    }
    let (from, to) = range(request.from, request.to)
    let bucket = max(1, Double(request.bucket?.seconds ?? 3600) + Double(request.bucket?.nanos ?? 0) / 1e9)
    let filter = String(decoding: try JSONEncoder().encode(request.labelFilter), as: UTF8.self)
    let rows = try await ServiceErrors.mapping {
      try await pool.execute("""
        SELECT name, to_timestamp(floor(extract(epoch FROM at) / $4) * $4) AS bucket, count(*),
          coalesce(sum(coalesce(amount, latency_us / 1e6, count::float8)), 0)::float8
        FROM analytics_events
        WHERE at >= $1 AND at < $2 AND (cardinality($3::text[]) = 0 OR name = ANY($3::text[])) AND labels @> $5::jsonb
        GROUP BY 1, 2 ORDER BY 1, 2
        """, [from, to, Self.arrayLiteral(request.names), bucket, filter], idempotent: true)
    }
    var response = Mesh_Analytics_V1_QueryResponse()
    var byName: [String: Int] = [:]
    for row in rows.rows {
      let name = try row.decode(String.self, at: 0)
      if byName[name] == nil {
        byName[name] = response.series.count
        var series = Mesh_Analytics_V1_QueryResponse.Series()
        series.name = name
        response.series.append(series)
      }
      guard let index = byName[name] else { continue }
      response.series[index].bucketStarts.append(Google_Protobuf_Timestamp(date: try row.decode(Date.self, at: 1)))
      response.series[index].counts.append(try row.decode(Int64.self, at: 2))
      response.series[index].sums.append(try row.decode(Double.self, at: 3))
    }
    return response
  }

  /// A PostgreSQL array literal of strings, each quoted and escaped.
  static func arrayLiteral(_ values: [String]) -> String {
    "{" + values.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
      .joined(separator: ",") + "}"
  }
}
