/// A serialized message in pieces, in order: `first`, then `rest`. A message with large byte fields gives
/// each of them as the array the caller set (shared, not copied), so that a transport can write it by
/// reference; every other message is one piece (`rest` empty, which allocates nothing).
public struct WirePieces: Sendable {
  /// The first bytes (all of them when `rest` is empty).
  public var first: [UInt8]
  /// The pieces after `first`.
  public var rest: [[UInt8]]

  /// A message in one or more pieces.
  /// - Parameters:
  ///   - first: the first bytes.
  ///   - rest: the pieces after them.
  public init(_ first: [UInt8], rest: [[UInt8]] = []) {
    self.first = first
    self.rest = rest
  }

  /// The bytes of every piece.
  public var count: Int { rest.reduce(first.count) { $0 + $1.count } }

  /// The message in one array (a copy when it is in several pieces).
  public var joined: [UInt8] {
    guard !rest.isEmpty else { return first }
    var bytes = [UInt8]()
    bytes.reserveCapacity(count)
    bytes.append(contentsOf: first)
    for piece in rest { bytes.append(contentsOf: piece) }
    return bytes
  }
}
