import Foundation
public import MeshCore
import MeshHTTP
import MeshMetrics
public import MeshTransport

/// The adapters' way to the marketplace's HTTP/JSON API: per-call timeouts, retries of idempotent
/// calls with jittered exponential backoff, a circuit breaker, and marketplace errors turned into
/// gRPC statuses (404 → NOT_FOUND, 409 → FAILED_PRECONDITION, 400/422 → INVALID_ARGUMENT, 5xx and
/// timeouts → UNAVAILABLE). The marketplace's error code travels in `x-marketplace-error` trailers.
public final class MarketplaceClient: Sendable {
  /// The configuration.
  public let configuration: MarketplaceClientConfiguration
  /// The breaker shared by this client's calls.
  public let breaker: CircuitBreaker
  private let base: HTTPBaseURL
  private let http: HTTPClient

  /// Each HTTP attempt's time to the marketplace's answer (or failure), by method, in the process's
  /// registry: the marketplace's share of an adapter call, on `/metrics`.
  static let attemptTime = MetricsRegistry.process.histogram(
    "mesh_adapter_marketplace_request_seconds", help: "Time of one HTTP request to the marketplace, to its answer or failure, in seconds.",
    labels: ["method"])

  /// Creates a client.
  /// - Parameters:
  ///   - configuration: base URL, timeouts, retries, breaker.
  ///   - group: the event loops for its connections.
  /// - Throws: `RPCError` (INVALID_ARGUMENT) when the base URL is not usable.
  public init(configuration: MarketplaceClientConfiguration, group: EventLoopGroup) throws {
    do {
      base = try HTTPBaseURL(configuration.baseURL)
    } catch {
      throw RPCError(code: .invalidArgument, message: "marketplace base URL: \(error)")
    }
    self.configuration = configuration
    self.breaker = CircuitBreaker(configuration: configuration.breaker)
    self.http = HTTPClient(configuration: .init(defaultTimeout: configuration.timeout), group: group)
  }

  /// Closes idle connections.
  public func shutdown() { http.shutdown() }

  /// Percent-encodes one path segment (ids come from callers: `/`, `?` or `..` must stay inside it).
  public static func segment(_ value: String) -> String {
    var encoded = ""
    for byte in value.utf8 {
      let char = Character(UnicodeScalar(byte))
      if byte < 0x80 && (char.isLetter || char.isNumber || "-_~".contains(char)) {
        encoded.append(char)
      } else {
        encoded += String(format: "%%%02X", byte)
      }
    }
    return encoded.isEmpty ? "%20" : encoded
  }

  /// GETs a path and decodes the JSON answer. Retried (idempotent).
  /// - Parameters:
  ///   - path: the path and query after the base URL, such as `/v1/listings/L1`.
  ///   - type: what to decode.
  ///   - context: the gRPC call, for its deadline.
  public func get<T: Decodable>(_ path: String, as type: T.Type, context: ServerContext?) async throws -> T {
    try await call("GET", path, body: nil, idempotent: true, as: type, context: context)
  }

  /// Sends JSON with a method and decodes the JSON answer.
  /// - Parameters:
  ///   - method: POST, PUT, …
  ///   - path: the path after the base URL.
  ///   - body: the JSON body.
  ///   - idempotent: whether a retry is safe (a PUT of a whole value); true anyway with an idempotency key.
  ///   - idempotencyKey: sent as `Idempotency-Key`: the marketplace does the change once per key and
  ///     replays its first answer to a retry, so retries are safe.
  ///   - type: what to decode.
  ///   - context: the gRPC call, for its deadline.
  public func send<T: Decodable>(_ method: String, _ path: String, body: some Encodable, idempotent: Bool,
                                 idempotencyKey: String? = nil, as type: T.Type, context: ServerContext?) async throws -> T {
    let bytes: [UInt8]
    do {
      bytes = Array(try MarketplaceJSON.encoder.encode(body))
    } catch {
      throw RPCError(code: .internal, message: "could not encode the marketplace request")
    }
    return try await call(method, path, body: bytes, idempotent: idempotent || idempotencyKey != nil, idempotencyKey: idempotencyKey,
                          as: type, context: context)
  }

  private func call<T: Decodable>(_ method: String, _ path: String, body: [UInt8]?, idempotent: Bool, idempotencyKey: String? = nil,
                                  as type: T.Type, context: ServerContext?) async throws -> T {
    var headers: HTTPHeaders = ["Accept": "application/json"]
    if body != nil { headers.add(name: "Content-Type", value: "application/json") }
    if let idempotencyKey { headers.add(name: "Idempotency-Key", value: idempotencyKey) }
    let request = HTTPClientRequest(method: method, host: base.host, port: base.port, target: base.pathPrefix + path,
                                    headers: headers, body: body ?? [])
    var generator = SystemRandomNumberGenerator()
    var attempt = 1
    while true {
      do {
        let response = try await attemptOnce(request, deadline: context?.deadline)
        return try decode(response, as: type)
      } catch let failure as AttemptFailure {
        let retryable = idempotent && failure.retryable && attempt < configuration.retry.maxAttempts
        let wait = configuration.retry.backoff(retry: attempt, using: &generator)
        if retryable, context?.deadline.map({ ContinuousClock.now + wait < $0 }) ?? true {
          try await Task.sleep(for: wait)
          attempt += 1
          continue
        }
        throw failure.error
      }
    }
  }

  private struct AttemptFailure: Error {
    let error: RPCError
    let retryable: Bool
  }

  private func attemptOnce(_ request: HTTPClientRequest, deadline: ContinuousClock.Instant?) async throws
    -> HTTPClientResponse
  {
    var timeout = configuration.timeout
    if let deadline {
      let left = deadline - .now
      guard left > .zero else {
        throw AttemptFailure(error: RPCError(code: .deadlineExceeded, message: "deadline exceeded before calling the marketplace"),
                             retryable: false)
      }
      timeout = min(timeout, left)
    }
    if case .reject(let after) = breaker.decide() {
      throw AttemptFailure(error: RPCError(code: .unavailable,
                                          message: "the marketplace is unavailable (circuit open, retry in \(after))"),
                           retryable: false)
    }
    let response: HTTPClientResponse
    let started = ContinuousClock.now
    defer { Self.attemptTime.labels(request.method).observe(ContinuousClock.now - started) }
    do {
      response = try await http.execute(request, timeout: timeout)
    } catch let error as HTTPClientError {
      breaker.recordFailure()
      let code: Status.Code = error == .timeout && deadline.map({ ContinuousClock.now >= $0 }) == true
        ? .deadlineExceeded : .unavailable
      throw AttemptFailure(error: RPCError(code: code, message: "the marketplace did not answer: \(error)"), retryable: true)
    }
    if response.status >= 500 || response.status == 429 {
      breaker.recordFailure()
      throw AttemptFailure(error: Self.error(from: response), retryable: response.status != 501)
    }
    breaker.recordSuccess()
    guard (200..<300).contains(response.status) else {
      throw AttemptFailure(error: Self.error(from: response), retryable: false)
    }
    return response
  }

  private func decode<T: Decodable>(_ response: HTTPClientResponse, as type: T.Type) throws -> T {
    do {
      return try MarketplaceJSON.decoder.decode(T.self, from: Data(response.body))
    } catch {
      throw RPCError(code: .internal, message: "the marketplace answered a shape this adapter does not understand")
    }
  }

  /// The gRPC error for a marketplace refusal.
  static func error(from response: HTTPClientResponse) -> RPCError {
    struct Body: Decodable {
      struct Detail: Decodable {
        let code: String
        let message: String
      }
      let error: Detail
    }
    let detail = try? MarketplaceJSON.decoder.decode(Body.self, from: Data(response.body)).error
    let code: Status.Code = switch response.status {
    case 400, 422: .invalidArgument
    case 401: .unauthenticated
    case 403: .permissionDenied
    case 404: .notFound
    case 409: .failedPrecondition
    case 429: .resourceExhausted
    case 501: .unimplemented
    default: .unavailable
    }
    var metadata = Metadata()
    if let detail { metadata.addString(detail.code, forKey: "x-marketplace-error") }
    let message = detail.map { "\($0.code): \($0.message)" } ?? "the marketplace answered HTTP \(response.status)"
    return RPCError(code: code, message: message, metadata: metadata)
  }
}

/// The marketplace's JSON conventions: snake_case keys, ISO 8601 dates.
enum MarketplaceJSON {
  static let decoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    // ISO 8601 with or without fractional seconds (a real shop may send either). The format styles are
    // plain values parsed in Swift: an `ISO8601DateFormatter` made per date cost ~0.4 ms of ICU set-up,
    // a tenth of the whole stack's CPU in the chat benchmark (orders carry several dates).
    decoder.dateDecodingStrategy = .custom { decoder in
      let text = try decoder.singleValueContainer().decode(String.self)
      if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return date }
      if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 date"))
    }
    return decoder
  }()

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    // One order of keys: a retry with an idempotency key sends the very same body.
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }()
}
