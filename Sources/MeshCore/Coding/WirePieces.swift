/// A serialized message, whole or in pieces. A message with large byte fields gives each of them as the
/// array the caller set (shared, not copied), so that a transport can write it by reference; every other
/// message is whole (an enum, so that the usual case costs nothing over a bare array).
public enum WirePieces: Sendable {
  /// The message in one array.
  case whole([UInt8])
  /// The message in several arrays, in order.
  case pieces([[UInt8]])

  /// The bytes of every piece.
  public var count: Int {
    switch self {
    case .whole(let bytes): bytes.count
    case .pieces(let pieces): pieces.reduce(0) { $0 + $1.count }
    }
  }

  /// The message in one array (a copy when it is in pieces).
  public var joined: [UInt8] {
    switch self {
    case .whole(let bytes):
      return bytes
    case .pieces(let pieces):
      var bytes = [UInt8]()
      bytes.reserveCapacity(count)
      for piece in pieces { bytes.append(contentsOf: piece) }
      return bytes
    }
  }
}
