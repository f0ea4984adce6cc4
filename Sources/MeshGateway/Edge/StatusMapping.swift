public import MeshCore

/// The one table between gRPC status codes and HTTP statuses, used by every edge protocol (gRPC-Web,
/// Connect, REST/JSON) and by the filters that answer before any upstream (429, 401, 403).
///
/// gRPC → HTTP follows Connect's protocol and google.api.http (they agree). The other way, for an HTTP error
/// that carries no gRPC status, is `Status.Code(httpStatus:)` of MeshCore (grpc/grpc's mapping).
public enum StatusMapping {
  private static let table: [(code: Status.Code, http: Int, connect: String)] = [
    (.ok, 200, "ok"),
    (.cancelled, 499, "canceled"),
    (.unknown, 500, "unknown"),
    (.invalidArgument, 400, "invalid_argument"),
    (.deadlineExceeded, 504, "deadline_exceeded"),
    (.notFound, 404, "not_found"),
    (.alreadyExists, 409, "already_exists"),
    (.permissionDenied, 403, "permission_denied"),
    (.resourceExhausted, 429, "resource_exhausted"),
    (.failedPrecondition, 400, "failed_precondition"),
    (.aborted, 409, "aborted"),
    (.outOfRange, 400, "out_of_range"),
    (.unimplemented, 501, "unimplemented"),
    (.internal, 500, "internal"),
    (.unavailable, 503, "unavailable"),
    (.dataLoss, 500, "data_loss"),
    (.unauthenticated, 401, "unauthenticated"),
  ]

  /// The HTTP status of a gRPC code (500 for a code outside the table).
  /// - Parameter code: the gRPC code.
  public static func httpStatus(for code: Status.Code) -> Int {
    table.first { $0.code == code }?.http ?? 500
  }

  /// Connect's name of a code (`invalid_argument`, `canceled`).
  /// - Parameter code: the gRPC code.
  public static func connectName(for code: Status.Code) -> String {
    table.first { $0.code == code }?.connect ?? "unknown"
  }

  /// The code of a Connect name; nil for a name Connect does not define.
  /// - Parameter connectName: such as `not_found`.
  public static func code(connectName: String) -> Status.Code? {
    table.first { $0.connect == connectName }?.code
  }
}
