import MeshCore
import MeshTransport

/// Refuses requests whose target is too long, whose headers are too many or too large, or whose method
/// is not accepted. The body limit is not checked here (no body is read yet): the front applies
/// `limits.maxBodyBytes`.
public struct RequestLimitsFilter: EdgeRequestFilter {
  /// The limits.
  public let limits: RequestLimits
  /// Whether `limits` accept POST, the method of every relayed call: looked up once, where the set's
  /// lookup hashed the `String` on every call (~290 instructions).
  private let acceptsPOST: Bool

  /// Creates the filter.
  /// - Parameter limits: what is accepted.
  public init(limits: RequestLimits) {
    self.limits = limits
    acceptsPOST = limits.allowedMethods.contains("POST")
  }

  /// Checks the head against the limits.
  /// - Parameter request: the head.
  public func filter(_ request: EdgeRequestHead) -> EdgeFilterResult {
    guard request.target.utf8.count <= limits.maxURLBytes else {
      return .reject(RPCError(code: .invalidArgument, message: "The request target exceeds \(limits.maxURLBytes) bytes."))
    }
    guard request.headers.count <= limits.maxHeaderCount else {
      return .reject(RPCError(code: .invalidArgument, message: "The request has more than \(limits.maxHeaderCount) header fields."))
    }
    // Counted as HPACK counts a field (name + value + 32), so both HTTP versions measure alike.
    let headerBytes = request.headers.reduce(0) { $0 + $1.name.utf8.count + $1.value.utf8.count + 32 }
    guard headerBytes <= limits.maxHeaderBytes else {
      return .reject(RPCError(code: .invalidArgument, message: "The request headers exceed \(limits.maxHeaderBytes) bytes."))
    }
    guard limits.allowedMethods.contains(request.method) else {
      return .reject(RPCError(code: .unimplemented, message: "The method \(request.method) is not accepted."))
    }
    return .proceed(request, responseHeaders: [])
  }
}

extension RequestLimitsFilter: InPlaceEdgeFilter {
  /// The same limits on a relayed call, counted over its fields in place as the usual path counts the
  /// head it builds for a native gRPC call (its metadata, `content-type` and `host`).
  func filter(inPlace head: inout RelayHead) -> InPlaceFilterResult {
    guard head.method.path.utf8.count <= limits.maxURLBytes else {
      return .reject(RPCError(code: .invalidArgument, message: "The request target exceeds \(limits.maxURLBytes) bytes."))
    }
    let host = head.authority.map { "host".utf8.count + $0.utf8.count + 32 }
    guard head.fields.count + 1 + (host == nil ? 0 : 1) <= limits.maxHeaderCount else {
      return .reject(RPCError(code: .invalidArgument, message: "The request has more than \(limits.maxHeaderCount) header fields."))
    }
    let headerBytes = head.fields.listSize + "content-type".utf8.count + "application/grpc".utf8.count + 32 + (host ?? 0)
    guard headerBytes <= limits.maxHeaderBytes else {
      return .reject(RPCError(code: .invalidArgument, message: "The request headers exceed \(limits.maxHeaderBytes) bytes."))
    }
    guard acceptsPOST else {
      return .reject(RPCError(code: .unimplemented, message: "The method POST is not accepted."))
    }
    return .proceed
  }
}
