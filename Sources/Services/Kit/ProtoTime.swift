public import Foundation
public import MeshProtos

extension Google_Protobuf_Timestamp {
  /// The timestamp of a date.
  /// - Parameter date: the date.
  public init(date: Date) {
    self.init()
    let interval = date.timeIntervalSince1970
    var whole = interval.rounded(.down)
    var nanos = ((interval - whole) * 1e9).rounded()
    if nanos >= 1e9 { whole += 1; nanos -= 1e9 }
    seconds = Int64(whole)
    self.nanos = Int32(nanos)
  }

  /// The date of the timestamp.
  public var date: Date { Date(timeIntervalSince1970: Double(seconds) + Double(nanos) / 1e9) }
}

extension Google_Protobuf_Duration {
  /// The protobuf form of a Swift duration.
  /// - Parameter duration: the duration.
  public init(_ duration: Duration) {
    self.init()
    let (whole, attoseconds) = duration.components
    seconds = whole
    nanos = Int32(attoseconds / 1_000_000_000)
  }

  /// The Swift form of the duration.
  public var duration: Duration { .seconds(seconds) + .nanoseconds(Int64(nanos)) }
}
