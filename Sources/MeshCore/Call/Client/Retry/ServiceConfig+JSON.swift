internal import FoundationEssentials

extension ServiceConfig {
  /// Parses a service config in gRPC's JSON form (`methodConfig` with `name`, `retryPolicy`, `hedgingPolicy`,
  /// `timeout`, `waitForReady`, message limits; `retryThrottling`); other fields (such as
  /// `loadBalancingConfig`) are ignored.
  /// - Parameter json: the JSON text.
  /// - Throws: `RPCError` with `.invalidArgument` that says which field is wrong.
  public init(json: String) throws {
    let document: JSONServiceConfig
    do {
      document = try JSONDecoder().decode(JSONServiceConfig.self, from: Data(json.utf8))
    } catch let error as RPCError {
      throw error
    } catch {
      throw RPCError(code: .invalidArgument, message: "Invalid service config JSON: \(error)")
    }
    var configs: [MethodConfig] = []
    var seen = Set<Name>()
    for entry in document.methodConfig ?? [] {
      var names: [Name] = []
      for name in entry.name ?? [] {
        let service = name.service ?? ""
        if service.isEmpty, !(name.method ?? "").isEmpty {
          throw RPCError(code: .invalidArgument, message: "Invalid service config: a name with a method needs a service.")
        }
        let parsed = Name(service: service, method: (name.method ?? "").isEmpty ? nil : name.method)
        guard seen.insert(parsed).inserted else {
          throw RPCError(code: .invalidArgument, message: "Invalid service config: the name \(service)/\(name.method ?? "") appears twice.")
        }
        names.append(parsed)
      }
      var policy: ExecutionPolicy?
      switch (entry.retryPolicy, entry.hedgingPolicy) {
      case (let retry?, nil):
        policy = .retry(try RetryPolicy(
          maxAttempts: try required(retry.maxAttempts, "retryPolicy.maxAttempts"),
          initialBackoff: try Self.duration(try required(retry.initialBackoff, "retryPolicy.initialBackoff")),
          maxBackoff: try Self.duration(try required(retry.maxBackoff, "retryPolicy.maxBackoff")),
          backoffMultiplier: try required(retry.backoffMultiplier, "retryPolicy.backoffMultiplier"),
          retryableStatusCodes: Set(try required(retry.retryableStatusCodes, "retryPolicy.retryableStatusCodes").map(\.code))))
      case (nil, let hedge?):
        policy = .hedge(try HedgingPolicy(
          maxAttempts: try required(hedge.maxAttempts, "hedgingPolicy.maxAttempts"),
          hedgingDelay: try hedge.hedgingDelay.map(Self.duration) ?? .zero,
          nonFatalStatusCodes: Set((hedge.nonFatalStatusCodes ?? []).map(\.code))))
      case (nil, nil):
        policy = nil
      case (_?, _?):
        throw RPCError(code: .invalidArgument, message: "Invalid service config: retryPolicy and hedgingPolicy are exclusive.")
      }
      configs.append(MethodConfig(names: names, executionPolicy: policy, timeout: try entry.timeout.map(Self.duration),
                                  waitForReady: entry.waitForReady, maxRequestMessageBytes: entry.maxRequestMessageBytes,
                                  maxResponseMessageBytes: entry.maxResponseMessageBytes))
    }
    let throttling = try document.retryThrottling.map {
      try RetryThrottling(maxTokens: try required($0.maxTokens, "retryThrottling.maxTokens"),
                          tokenRatio: try required($0.tokenRatio, "retryThrottling.tokenRatio"))
    }
    self.init(methodConfig: configs, retryThrottling: throttling)
  }

  /// Parses a proto3 JSON duration: decimal seconds with an `s` suffix, such as `"0.5s"` or `".1s"`.
  /// - Parameter text: the duration text.
  /// - Throws: `RPCError` with `.invalidArgument` when the text is not a duration.
  static func duration(_ text: String) throws -> Duration {
    let invalid = RPCError(code: .invalidArgument, message: "Invalid service config: '\(text)' is not a duration such as \"0.5s\".")
    guard text.hasSuffix("s") else { throw invalid }
    let number = text.dropLast()
    let parts = number.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    guard !number.isEmpty, parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
          parts.contains(where: { !$0.isEmpty }), parts.count == 1 || parts[1].count <= 9 else { throw invalid }
    guard let seconds = parts[0].isEmpty ? 0 : Int64(parts[0]), seconds <= 315_576_000_000 else { throw invalid }
    var nanos: Int64 = 0
    if parts.count == 2, !parts[1].isEmpty {
      let digits = String(parts[1]) + String(repeating: "0", count: 9 - parts[1].count)
      guard let value = Int64(digits) else { throw invalid }
      nanos = value
    }
    return .seconds(seconds) + .nanoseconds(nanos)
  }
}

private func required<T>(_ value: T?, _ field: String) throws -> T {
  guard let value else { throw RPCError(code: .invalidArgument, message: "Invalid service config: \(field) is required.") }
  return value
}

/// The JSON shape of a service config, decoded before it is validated.
private struct JSONServiceConfig: Decodable {
  struct Name: Decodable {
    var service: String?
    var method: String?
  }
  struct Retry: Decodable {
    var maxAttempts: Int?
    var initialBackoff: String?
    var maxBackoff: String?
    var backoffMultiplier: Double?
    var retryableStatusCodes: [JSONStatusCode]?
  }
  struct Hedge: Decodable {
    var maxAttempts: Int?
    var hedgingDelay: String?
    var nonFatalStatusCodes: [JSONStatusCode]?
  }
  struct Method: Decodable {
    var name: [Name]?
    var retryPolicy: Retry?
    var hedgingPolicy: Hedge?
    var timeout: String?
    var waitForReady: Bool?
    var maxRequestMessageBytes: Int?
    var maxResponseMessageBytes: Int?
  }
  struct Throttling: Decodable {
    var maxTokens: Int?
    var tokenRatio: Double?
  }
  var methodConfig: [Method]?
  var retryThrottling: Throttling?
}

/// A status code written as its name (`"UNAVAILABLE"`, any case) or its number (14).
private struct JSONStatusCode: Decodable {
  let code: Status.Code

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let number = try? container.decode(Int.self) {
      guard (1...16).contains(number) else {
        throw RPCError(code: .invalidArgument, message: "Invalid service config: status code \(number) is out of range.")
      }
      code = Status.Code(rawValue: number)
      return
    }
    let name = try container.decode(String.self)
    guard let code = Status.Code(name: name.uppercased()), code != .ok else {
      throw RPCError(code: .invalidArgument, message: "Invalid service config: '\(name)' is not a status code name.")
    }
    self.code = code
  }
}
