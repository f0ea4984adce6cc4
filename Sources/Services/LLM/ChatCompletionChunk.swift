import Foundation

/// What one `data:` of an OpenAI-compatible streamed chat completion says: more text, the end
/// (`[DONE]`), or an error the server reported inside the stream.
public enum ChatCompletionChunk: Sendable, Equatable {
  /// Text to add (possibly empty: a role-only first chunk, a finish chunk).
  case delta(String)
  /// `data: [DONE]`: the completion is over.
  case done
  /// `{"error": {"message": ...}}`.
  case error(String)

  private struct Body: Decodable {
    struct Choice: Decodable {
      struct Delta: Decodable {
        let content: String?
      }
      let delta: Delta?
    }
    struct Failure: Decodable {
      let message: String?
    }
    let choices: [Choice]?
    let error: Failure?
  }

  /// Reads one event's data.
  /// - Parameter data: the event's data.
  /// - Throws: `ChatCompletionError.malformed` when it is neither `[DONE]` nor a chunk object.
  public static func parse(_ data: String) throws -> ChatCompletionChunk {
    if data.trimmingCharacters(in: .whitespaces) == "[DONE]" { return .done }
    let body: Body
    do {
      body = try JSONDecoder().decode(Body.self, from: Data(data.utf8))
    } catch {
      throw ChatCompletionError.malformed("a stream event is not a chat completion chunk")
    }
    if let failure = body.error { return .error(failure.message ?? "unknown error") }
    guard let choices = body.choices else { throw ChatCompletionError.malformed("a chunk without choices") }
    return .delta(choices.first?.delta?.content ?? "")
  }
}

/// Why a completion gave no usable text.
public enum ChatCompletionError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The circuit is open: recent calls failed, so this one was not made.
  case circuitOpen
  /// The completion did not finish within the timeout.
  case timeout
  /// The endpoint could not be reached or closed the connection.
  case unavailable(String)
  /// The endpoint answered an HTTP error status.
  case status(Int)
  /// The endpoint reported an error inside the stream.
  case reported(String)
  /// The stream is not the OpenAI streaming format.
  case malformed(String)
  /// The text names a number (a price, a date, an order) that the facts do not have.
  case ungrounded(String)

  /// For logs: never the key, the prompt or the text.
  public var description: String {
    switch self {
    case .circuitOpen: "circuit open"
    case .timeout: "timeout"
    case .unavailable(let why): "unavailable: \(why)"
    case .status(let code): "HTTP \(code)"
    case .reported(let why): "reported error: \(why.prefix(200))"
    case .malformed(let why): "malformed stream: \(why)"
    case .ungrounded(let number): "ungrounded number \(number)"
    }
  }
}
