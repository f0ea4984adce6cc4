/// A refusal of the marketplace API: an HTTP status, a stable machine-readable code and a sentence.
/// Sent as `{"error": {"code": …, "message": …}}`.
public struct MarketplaceError: Error, Sendable, Equatable {
  /// The HTTP status (404, 409, 422, …).
  public let status: Int
  /// A stable code, such as `order_already_shipped`.
  public let code: String
  /// What went wrong, for people.
  public let message: String

  /// Creates an error.
  /// - Parameters:
  ///   - status: the HTTP status.
  ///   - code: the machine-readable code.
  ///   - message: the sentence.
  public init(_ status: Int, _ code: String, _ message: String) {
    self.status = status
    self.code = code
    self.message = message
  }

  static func notFound(_ what: String, _ id: String) -> MarketplaceError {
    MarketplaceError(404, "\(what)_not_found", "no \(what) \(id)")
  }

  static func invalid(_ code: String, _ message: String) -> MarketplaceError {
    MarketplaceError(422, code, message)
  }

  static func conflict(_ code: String, _ message: String) -> MarketplaceError {
    MarketplaceError(409, code, message)
  }

  static func badRequest(_ message: String) -> MarketplaceError {
    MarketplaceError(400, "bad_request", message)
  }
}
