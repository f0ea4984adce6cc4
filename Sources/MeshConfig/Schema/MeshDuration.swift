/// A duration written with its unit: `250ms`, `5s`, `2m`, `1h`.
public struct MeshDuration: MeshTextValue, Hashable, CustomStringConvertible {
  /// The duration in milliseconds.
  public let milliseconds: Int64

  /// A duration of `milliseconds`.
  public init(milliseconds: Int64) { self.milliseconds = milliseconds }

  /// Parses a whole number followed by `ms`, `s`, `m` or `h`.
  public init?(meshText text: String) {
    let units: [(String, Int64)] = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)]
    for (unit, scale) in units where text.hasSuffix(unit) {
      guard let value = Int64(text.dropLast(unit.count)), value >= 0, value <= Int64.max / scale else { continue }
      self.init(milliseconds: value * scale)
      return
    }
    return nil
  }

  /// What the mesh file expects.
  public static let expectedText = "a duration such as 250ms, 5s, 2m or 1h"

  /// As Swift's `Duration`.
  public var duration: Duration { .milliseconds(milliseconds) }

  /// The duration in its shortest exact unit.
  public var description: String {
    if milliseconds % 3_600_000 == 0 && milliseconds > 0 { return "\(milliseconds / 3_600_000)h" }
    if milliseconds % 60_000 == 0 && milliseconds > 0 { return "\(milliseconds / 60_000)m" }
    if milliseconds % 1000 == 0 { return "\(milliseconds / 1000)s" }
    return "\(milliseconds)ms"
  }
}

extension MeshDuration: PlaceholderProviding {
  static var placeholder: MeshDuration { MeshDuration(milliseconds: 0) }
}
