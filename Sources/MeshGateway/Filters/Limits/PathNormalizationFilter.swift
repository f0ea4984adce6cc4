import Glibc
import MeshCore
import MeshTransport

/// Rewrites the request target to its normalised path (see `PathNormalizer`) so routes and deny rules
/// match what the upstream will serve; refuses paths that cannot be normalised safely with
/// INVALID_ARGUMENT (400). The query is kept as sent.
public struct PathNormalizationFilter: EdgeRequestFilter {
  /// Creates the filter (it has no settings: normalisation is always the same).
  public init() {}

  /// Normalises the path of the target.
  /// - Parameter request: the head.
  public func filter(_ request: EdgeRequestHead) -> EdgeFilterResult {
    // The query mark found on UTF-8 bytes: `EdgeRequestHead.path` walks the target by Character, on every call.
    let target = request.target
    let mark = target.utf8.firstIndex(of: UInt8(ascii: "?"))
    switch PathNormalizer.normalize(mark.map { String(target[..<$0]) } ?? target) {
    case .success(let path):
      // The usual target is normal already and has no query: the head goes on as it is, not copied.
      guard let mark else {
        if path == target { return .proceed(request, responseHeaders: []) }
        var head = request
        head.target = path
        return .proceed(head, responseHeaders: [])
      }
      var head = request
      head.target = path + target[mark...]
      return .proceed(head, responseHeaders: [])
    case .failure(let failure):
      return .reject(RPCError(code: .invalidArgument, message: "The request path is refused (\(failure))."))
    }
  }
}

extension PathNormalizationFilter: InPlaceEdgeFilter {
  /// A relayed call's path (a gRPC method's, normal already) goes on; one that would be rewritten takes
  /// the usual path, which rewrites it; one that cannot be normalised is refused.
  func filter(inPlace head: inout RelayHead) -> InPlaceFilterResult {
    let path = head.method.path
    // The usual case, a normal path without a query, checked on the path's bytes in place (the UTF-8 view's
    // `contains` and iteration cost ~80 instructions a byte, ~3k per call).
    let normal = path.utf8Span.span.withUnsafeBytes { bytes -> Bool? in
      if let base = bytes.baseAddress, memchr(base, Int32(UInt8(ascii: "?")), bytes.count) != nil { return nil }
      return PathNormalizer.isNormal(bytes)
    }
    guard let normal else { return .usualPath }
    if normal { return .proceed }
    switch PathNormalizer.normalize(path) {
    case .success(let normal): return normal == path ? .proceed : .usualPath
    case .failure(let failure):
      return .reject(RPCError(code: .invalidArgument, message: "The request path is refused (\(failure))."))
    }
  }
}
