/// Why an HTTP client call failed.
public enum HTTPClientError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No response within the call's timeout.
  case timeout
  /// The connection could not be made.
  case connectFailed(String)
  /// The connection closed before the response was complete.
  case connectionClosed
  /// The response was not valid HTTP/1.1.
  case malformedResponse(String)
  /// The response body was larger than allowed.
  case responseTooLarge
  /// The URL could not be used (only `http://host[:port]/…` is).
  case invalidURL(String)

  /// A one-line reason.
  public var description: String {
    switch self {
    case .timeout: "the HTTP call timed out"
    case .connectFailed(let reason): "could not connect: \(reason)"
    case .connectionClosed: "the connection closed before the response was complete"
    case .malformedResponse(let reason): "malformed HTTP response: \(reason)"
    case .responseTooLarge: "the response body is too large"
    case .invalidURL(let url): "unusable URL: \(url)"
    }
  }
}
