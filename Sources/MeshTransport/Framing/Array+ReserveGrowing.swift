extension Array where Element == UInt8 {
  /// Makes room for `additional` more bytes, growing geometrically: `reserveCapacity` alone allocates
  /// exactly what is asked, so calling it before every append would copy the buffer every time.
  /// - Parameter additional: the bytes about to be appended.
  @inline(__always)
  mutating func reserveGrowing(_ additional: Int) {
    let needed = count + additional
    if needed > capacity { reserveCapacity(Swift.max(needed, capacity * 2)) }
  }
}
