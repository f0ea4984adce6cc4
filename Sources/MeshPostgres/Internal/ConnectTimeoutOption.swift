internal import CPostgres
import Foundation

/// libpq's `connect_timeout` option of a connection string (`?connect_timeout=30`, `connect_timeout=30`): the layer
/// connects with `PQconnectStart` and `PQconnectPoll`, which ignore it, so the layer reads it and keeps the deadline
/// itself, as a user who wrote it expects.
enum ConnectTimeoutOption {
  /// The deadline the string asks for, nil when it names none or cannot be parsed (libpq reports that on connecting).
  /// As in libpq: whole seconds, less than 2 counts as 2, and 0 (or less) waits without a deadline (here, a day).
  static func value(in connectionString: String) -> Duration? {
    guard let options = PQconninfoParse(connectionString, nil) else { return nil }
    defer { PQconninfoFree(options) }
    var option = options
    while let keyword = option.pointee.keyword {
      if String(cString: keyword) == "connect_timeout", let value = option.pointee.val {
        guard let seconds = Int(String(cString: value).trimmingCharacters(in: .whitespaces)) else { return nil }
        return seconds <= 0 ? .seconds(86_400) : .seconds(max(seconds, 2))
      }
      option += 1
    }
    return nil
  }
}
