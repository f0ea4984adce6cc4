/// The outcome of an RPC: a code and a human-readable message, as carried by `grpc-status` and
/// `grpc-message`.
public struct Status: Sendable, Hashable, CustomStringConvertible {
  /// The status code.
  public var code: Code
  /// A message for developers; it travels percent-encoded in `grpc-message`.
  public var message: String

  /// Creates a status.
  /// - Parameters:
  ///   - code: the code.
  ///   - message: a message for developers, empty by default.
  public init(code: Code, message: String = "") {
    self.code = code
    self.message = message
  }

  /// The status of a call that succeeded.
  public static let ok = Status(code: .ok)

  /// `code: message`, or just the code when there is no message.
  public var description: String { message.isEmpty ? "\(code)" : "\(code): \(message)" }
}
