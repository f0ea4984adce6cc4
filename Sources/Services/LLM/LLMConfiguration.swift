import Foundation
public import AdapterSupport

/// Where the optional OpenAI-compatible backend is and how far it is trusted: the base URL (`/chat/
/// completions` is appended), the model, the bearer key (read from a file or an environment variable,
/// never from the settings themselves), the timeout of a whole completion, and the circuit breaker.
public struct LLMConfiguration: Sendable {
  /// The base URL, such as `http://127.0.0.1:8081/v1`.
  public var endpoint: String
  /// The model name sent with each request.
  public var model: String
  /// The bearer key; nil sends none.
  public var apiKey: String?
  /// The longest a completion may take, first byte to `[DONE]`; past it the templates answer.
  public var timeout: Duration
  /// When the backend counts as down, and for how long.
  public var breaker: CircuitBreakerStateMachine.Configuration
  /// The most tokens asked for.
  public var maxTokens: Int

  /// Creates a configuration.
  public init(endpoint: String, model: String, apiKey: String? = nil, timeout: Duration = .seconds(10),
              breaker: CircuitBreakerStateMachine.Configuration = .init(failureThreshold: 3, openDuration: .seconds(30)),
              maxTokens: Int = 300) {
    self.endpoint = endpoint
    self.model = model
    self.apiKey = apiKey
    self.timeout = timeout
    self.breaker = breaker
    self.maxTokens = maxTokens
  }

  /// The backend a service's settings describe, or nil when it is off (the default).
  ///
  /// Settings: `llm_endpoint` and `llm_model` (both needed to turn it on), `llm_key_file` (a file
  /// holding the key) or `llm_key_env` (the name of a variable holding it), `llm_timeout_ms` (10000),
  /// `llm_breaker_failures` (3 consecutive failures open the circuit), `llm_breaker_open_ms` (30000),
  /// `llm_max_tokens` (300).
  /// - Parameters:
  ///   - settings: the service's settings.
  ///   - environment: where `llm_key_env` is looked up (the process's environment when nil).
  /// - Throws: `LLMSetupError` when a setting is malformed or the key cannot be read.
  public static func from(settings: [String: String],
                          environment: [String: String]? = nil) throws -> LLMConfiguration? {
    guard let endpoint = settings["llm_endpoint"], !endpoint.isEmpty else { return nil }
    guard endpoint.hasPrefix("http://") || endpoint.hasPrefix("https://") else {
      throw LLMSetupError("llm_endpoint must be an http:// or https:// URL")
    }
    guard let model = settings["llm_model"], !model.isEmpty else { throw LLMSetupError("llm_endpoint needs llm_model") }
    func number(_ name: String, _ fallback: Int) throws -> Int {
      guard let text = settings[name] else { return fallback }
      guard let value = Int(text), value > 0 else { throw LLMSetupError("\(name) must be a positive integer") }
      return value
    }
    var key: String?
    if let file = settings["llm_key_file"] {
      do {
        key = try String(contentsOfFile: file, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
      } catch {
        throw LLMSetupError("cannot read the LLM key file \(file)")
      }
    } else if let name = settings["llm_key_env"] {
      guard let value = (environment ?? ProcessInfo.processInfo.environment)[name], !value.isEmpty else { throw LLMSetupError("the variable \(name) (llm_key_env) is not set") }
      key = value.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    if let key, key.isEmpty || key.utf8.contains(where: { $0 < 0x21 || $0 > 0x7e }) {
      throw LLMSetupError("the LLM key must be printable ASCII without spaces")
    }
    return LLMConfiguration(
      endpoint: endpoint, model: model, apiKey: key, timeout: .milliseconds(try number("llm_timeout_ms", 10_000)),
      breaker: .init(failureThreshold: try number("llm_breaker_failures", 3), openDuration: .milliseconds(try number("llm_breaker_open_ms", 30_000))),
      maxTokens: try number("llm_max_tokens", 300))
  }
}

/// The LLM settings are wrong.
public struct LLMSetupError: Error, Sendable, CustomStringConvertible {
  /// What is wrong (never the key).
  public let description: String
  /// Creates the error.
  /// - Parameter description: what is wrong.
  public init(_ description: String) { self.description = description }
}
