/// A filter setting that cannot be used (the mesh file's checker reports most of these first).
public struct FilterConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Where the setting is, under `gateway.limits` or `gateway.auth`.
  public let path: String
  /// What is wrong with it.
  public let reason: String

  /// Creates an error.
  /// - Parameters:
  ///   - path: the setting.
  ///   - reason: what is wrong.
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }

  /// One line for the operator.
  public var description: String { "gateway setting \(path): \(reason)" }
}
