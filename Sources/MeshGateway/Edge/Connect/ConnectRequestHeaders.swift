public import MeshCore

/// The Connect headers every request is checked for: `Connect-Protocol-Version` (1 when present),
/// `Connect-Timeout-Ms` (1 to 10 digits), and the call's metadata.
public enum ConnectRequestHeaders {
  /// The call's head: method from the path, metadata from the headers, deadline from `Connect-Timeout-Ms`.
  /// - Parameter request: the request.
  /// - Throws: `RPCError` (`.invalidArgument`) for a bad version or timeout, `.unimplemented` for a path
  ///   that is not `/package.Service/Method`.
  public static func callHead(_ request: EdgeRequestHead) throws(RPCError) -> ServerCallHead {
    if let version = request.header("connect-protocol-version"), version != "1" {
      throw RPCError(code: .invalidArgument, message: "Connect-Protocol-Version must be 1, not \(version).")
    }
    guard let method = MethodDescriptor(path: request.path) else {
      throw RPCError(code: .unimplemented, message: "\(request.path) is not an RPC path (/package.Service/Method).")
    }
    var deadline: ContinuousClock.Instant?
    if let timeout = request.header("connect-timeout-ms") {
      guard let milliseconds = parseTimeout(timeout) else {
        throw RPCError(code: .invalidArgument, message: "Connect-Timeout-Ms must be 1 to 10 digits, not \(timeout).")
      }
      deadline = .now + .milliseconds(milliseconds)
    }
    return ServerCallHead(method: method, metadata: try EdgeMetadata.metadata(from: request.headers),
                          deadline: deadline, peer: request.peer, authority: request.header("host"))
  }

  /// Parses `Connect-Timeout-Ms`.
  /// - Parameter value: the header value.
  /// - Returns: milliseconds, or nil when it is not 1 to 10 ASCII digits.
  public static func parseTimeout(_ value: String) -> Int64? {
    let bytes = Array(value.utf8)
    guard (1...10).contains(bytes.count),
          bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
    return Int64(value)
  }
}
