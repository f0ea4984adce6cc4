import Foundation
public import AdapterSupport
import MeshHTTP
public import MeshTransport

/// One message of a chat completion request.
public struct LLMMessage: Sendable, Equatable, Encodable {
  /// `system`, `user` or `assistant`.
  public var role: String
  /// The text.
  public var content: String

  /// Creates a message.
  public init(role: String, content: String) {
    self.role = role
    self.content = content
  }
}

/// An OpenAI-compatible chat completion backend, streamed: `POST {endpoint}/chat/completions` with
/// `"stream": true`, the answer read as Server-Sent Events (`data: {"choices":[{"delta":{"content":
/// ...}}]}` until `data: [DONE]`), each piece of text handed on as it arrives. The whole completion has
/// one timeout; failures (timeouts, refused connections, HTTP errors, errors inside the stream, a
/// malformed stream) count against a circuit breaker, and while it is open no call is made at all.
public final class LLMClient: Sendable {
  /// The configuration.
  public let configuration: LLMConfiguration
  /// The breaker of this backend.
  public let breaker: CircuitBreaker
  private let base: HTTPBaseURL
  private let http: HTTPClient

  /// Creates a client.
  /// - Parameters:
  ///   - configuration: where and how.
  ///   - group: the event loops of its connections.
  /// - Throws: `LLMSetupError` when the endpoint is not a usable URL.
  public init(configuration: LLMConfiguration, group: EventLoopGroup) throws {
    do {
      base = try HTTPBaseURL(configuration.endpoint)
    } catch {
      throw LLMSetupError("llm_endpoint is not a usable URL: \(error)")
    }
    self.configuration = configuration
    breaker = CircuitBreaker(configuration: configuration.breaker)
    http = HTTPClient(configuration: .init(defaultTimeout: configuration.timeout, maxResponseBytes: 1 << 20), group: group)
  }

  private struct Request: Encodable {
    let model: String
    let messages: [LLMMessage]
    let stream: Bool
    let temperature: Double
    let maxTokens: Int

    enum CodingKeys: String, CodingKey {
      case model, messages, stream, temperature
      case maxTokens = "max_tokens"
    }
  }

  /// Streams a completion of `messages`, calling `onText` with the text so far each time more arrives.
  /// - Parameters:
  ///   - messages: the prompt.
  ///   - onText: called with the whole text so far after each non-empty piece.
  /// - Returns: the whole text.
  /// - Throws: `ChatCompletionError`.
  public func complete(_ messages: [LLMMessage], onText: (String) async -> Void = { _ in }) async throws -> String {
    if case .reject = breaker.decide() { throw ChatCompletionError.circuitOpen }
    do {
      let text = try await attempt(messages, onText: onText)
      breaker.recordSuccess()
      return text
    } catch let error as ChatCompletionError {
      breaker.recordFailure()
      throw error
    } catch {
      breaker.recordFailure()
      throw ChatCompletionError.unavailable("\(error)")
    }
  }

  private func attempt(_ messages: [LLMMessage], onText: (String) async -> Void) async throws -> String {
    let body = Request(model: configuration.model, messages: messages, stream: true, temperature: 0.2, maxTokens: configuration.maxTokens)
    var headers: HTTPHeaders = ["Content-Type": "application/json", "Accept": "text/event-stream"]
    if let key = configuration.apiKey { headers.add(name: "Authorization", value: "Bearer " + key) }
    let request = HTTPClientRequest(method: "POST", host: base.host, port: base.port, target: base.pathPrefix + "/chat/completions",
                                    headers: headers, body: Array(try JSONEncoder().encode(body)))
    let head: HTTPClientResponse
    let stream: AsyncThrowingStream<[UInt8], any Error>
    do {
      let response = try await http.stream(request, timeout: configuration.timeout)
      head = response.head
      stream = response.body
    } catch let error as HTTPClientError {
      throw error == .timeout ? ChatCompletionError.timeout : ChatCompletionError.unavailable(error.description)
    }
    guard head.status == 200 else {
      // Read no further: the error body is the server's business (and may echo the prompt).
      throw ChatCompletionError.status(head.status)
    }
    var parser = ServerSentEventParser()
    var text = ""
    do {
      for try await bytes in stream {
        let events: [ServerSentEvent]
        do {
          events = try parser.feed(bytes)
        } catch {
          throw ChatCompletionError.malformed("a line over \(parser.maxLineBytes) bytes")
        }
        for event in events where event.event == "message" {
          switch try ChatCompletionChunk.parse(event.data) {
          case .done:
            return text
          case .error(let message):
            throw ChatCompletionError.reported(message)
          case .delta(let piece):
            guard !piece.isEmpty else { continue }
            text += piece
            await onText(text)
          }
        }
      }
    } catch let error as HTTPClientError {
      throw error == .timeout ? ChatCompletionError.timeout : ChatCompletionError.unavailable(error.description)
    }
    throw ChatCompletionError.malformed("the stream ended without [DONE]")
  }

  /// Closes idle connections.
  public func shutdown() { http.shutdown() }
}
