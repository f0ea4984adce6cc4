internal import CNGHTTP2

extension ServerLimits {
  /// A limit that HTTP/2 cannot carry: `GRPCServer.start` refuses to serve with it, rather than
  /// trapping on the conversion or having nghttp2 refuse the SETTINGS of every connection.
  public struct InvalidLimit: Error, CustomStringConvertible {
    /// The `ServerLimits` property, such as `initialStreamWindow`.
    public let name: String
    /// The value it had.
    public let value: Int
    /// The range HTTP/2 allows for it.
    public let allowed: ClosedRange<Int>

    /// Names the property, its value and the allowed range.
    public var description: String {
      "ServerLimits.\(name) = \(value) is outside what HTTP/2 allows (\(allowed.lowerBound)...\(allowed.upperBound))"
    }
  }

  /// Checks that every limit sent in SETTINGS, or as the connection window, fits HTTP/2.
  /// - Throws: `InvalidLimit` naming the first that does not.
  public func validate() throws(InvalidLimit) {
    _ = try http2Settings()
  }

  /// The SETTINGS a server connection sends and the connection window it grants, checked against
  /// HTTP/2's ranges (RFC 9113 §6.5.2 and §6.9.1: windows at most 2^31-1, the rest 32-bit).
  func http2Settings() throws(InvalidLimit) -> (settings: [(Int32, UInt32)], connectionWindow: Int32) {
    let maxWindow = Int(Int32.max)
    let maxField = Int(UInt32.max)
    func checked(_ name: String, _ value: Int, _ allowed: ClosedRange<Int>) throws(InvalidLimit) -> Int {
      guard allowed.contains(value) else { throw InvalidLimit(name: name, value: value, allowed: allowed) }
      return value
    }
    let streams = try checked("maxConcurrentStreams", maxConcurrentStreams, 0...maxField)
    let window = try checked("initialStreamWindow", initialStreamWindow, 0...maxWindow)
    let headerList = try checked("maxHeaderListBytes", maxHeaderListBytes, 0...maxField)
    let connection = try checked("connectionWindow", connectionWindow, 0...maxWindow)
    return ([
      (Int32(NGHTTP2_SETTINGS_MAX_CONCURRENT_STREAMS.rawValue), UInt32(streams)),
      (Int32(NGHTTP2_SETTINGS_INITIAL_WINDOW_SIZE.rawValue), UInt32(window)),
      (Int32(NGHTTP2_SETTINGS_MAX_HEADER_LIST_SIZE.rawValue), UInt32(headerList)),
    ], Int32(connection))
  }
}
