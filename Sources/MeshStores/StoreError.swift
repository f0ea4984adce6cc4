/// A store refused a request; database failures arrive as `PostgresError` instead.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A value is larger than the store accepts.
  case valueTooLarge(field: String, size: Int, limit: Int)
  /// A value is empty or malformed.
  case invalidValue(field: String, reason: String)
  /// The queue message's lease was lost (its visibility timeout passed and another consumer took it).
  case leaseLost(messageID: Int64)
  /// A stored row could not be decrypted or authenticated.
  case decryptionFailed(String)

  /// A one-line explanation for logs and API errors.
  public var description: String {
    switch self {
    case .valueTooLarge(let field, let size, let limit): return "\(field) is \(size) bytes, over the limit of \(limit)"
    case .invalidValue(let field, let reason): return "invalid \(field): \(reason)"
    case .leaseLost(let id): return "lease of queue message \(id) was lost"
    case .decryptionFailed(let reason): return "stored message cannot be decrypted: \(reason)"
    }
  }

  static func check(_ field: String, _ value: String, max: Int, allowEmpty: Bool = false) throws {
    if !allowEmpty && value.isEmpty { throw StoreError.invalidValue(field: field, reason: "empty") }
    if value.utf8.count > max { throw StoreError.valueTooLarge(field: field, size: value.utf8.count, limit: max) }
    if value.utf8.contains(0) { throw StoreError.invalidValue(field: field, reason: "contains a NUL byte") }
  }
}
