extension Status {
  /// A gRPC status code (doc/statuscodes.md of grpc/grpc). Unknown numbers from a peer are kept, not lost.
  public struct Code: Sendable, Hashable, RawRepresentable, CustomStringConvertible {
    /// The number sent in `grpc-status`.
    public let rawValue: Int

    /// Creates a code from its number; any integer is accepted so that a peer's new codes survive.
    /// - Parameter rawValue: the number.
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// Not an error.
    public static let ok = Code(rawValue: 0)
    /// The operation was cancelled, typically by the caller.
    public static let cancelled = Code(rawValue: 1)
    /// Unknown error.
    public static let unknown = Code(rawValue: 2)
    /// The client specified an invalid argument.
    public static let invalidArgument = Code(rawValue: 3)
    /// The deadline expired before the operation could complete.
    public static let deadlineExceeded = Code(rawValue: 4)
    /// Some requested entity was not found.
    public static let notFound = Code(rawValue: 5)
    /// The entity that a client attempted to create already exists.
    public static let alreadyExists = Code(rawValue: 6)
    /// The caller does not have permission to execute the operation.
    public static let permissionDenied = Code(rawValue: 7)
    /// Some resource has been exhausted: a quota, or a message larger than allowed.
    public static let resourceExhausted = Code(rawValue: 8)
    /// The system is not in a state required for the operation.
    public static let failedPrecondition = Code(rawValue: 9)
    /// The operation was aborted, typically due to a concurrency issue.
    public static let aborted = Code(rawValue: 10)
    /// The operation was attempted past the valid range.
    public static let outOfRange = Code(rawValue: 11)
    /// The operation is not implemented or not supported.
    public static let unimplemented = Code(rawValue: 12)
    /// An invariant expected by the system was broken.
    public static let `internal` = Code(rawValue: 13)
    /// The service is currently unavailable; retrying may succeed.
    public static let unavailable = Code(rawValue: 14)
    /// Unrecoverable data loss or corruption.
    public static let dataLoss = Code(rawValue: 15)
    /// The request does not have valid authentication credentials.
    public static let unauthenticated = Code(rawValue: 16)

    private static let names = [
      "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED", "NOT_FOUND", "ALREADY_EXISTS",
      "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE",
      "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED",
    ]

    /// The canonical upper-case name, such as `DEADLINE_EXCEEDED`.
    public var description: String {
      Code.names.indices.contains(rawValue) ? Code.names[rawValue] : "CODE_\(rawValue)"
    }

    /// Looks a code up by its canonical name, such as `NOT_FOUND`.
    /// - Parameter name: the upper-case name.
    public init?(name: String) {
      guard let index = Code.names.firstIndex(of: name) else { return nil }
      self.init(rawValue: index)
    }

    /// The code an HTTP status maps to when a response carries no `grpc-status`
    /// (doc/http-grpc-status-mapping.md).
    /// - Parameter httpStatus: the `:status` of the response.
    public init(httpStatus: Int) {
      switch httpStatus {
      case 400: self = .internal
      case 401: self = .unauthenticated
      case 403: self = .permissionDenied
      case 404: self = .unimplemented
      case 429, 502, 503, 504: self = .unavailable
      default: self = .unknown
      }
    }
  }
}
