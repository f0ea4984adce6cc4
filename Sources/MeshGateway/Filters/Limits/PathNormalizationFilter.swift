import MeshCore

/// Rewrites the request target to its normalised path (see `PathNormalizer`) so routes and deny rules
/// match what the upstream will serve; refuses paths that cannot be normalised safely with
/// INVALID_ARGUMENT (400). The query is kept as sent.
public struct PathNormalizationFilter: EdgeRequestFilter {
  /// Creates the filter (it has no settings: normalisation is always the same).
  public init() {}

  /// Normalises the path of the target.
  /// - Parameter request: the head.
  public func filter(_ request: EdgeRequestHead) -> EdgeFilterResult {
    switch PathNormalizer.normalize(request.path) {
    case .success(let path):
      var head = request
      let query = request.query
      head.target = request.target.contains("?") ? path + "?" + query : path
      return .proceed(head, responseHeaders: [])
    case .failure(let failure):
      return .reject(RPCError(code: .invalidArgument, message: "The request path is refused (\(failure))."))
    }
  }
}
