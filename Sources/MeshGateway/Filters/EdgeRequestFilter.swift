public import MeshCore

/// A check on a request's HTTP head before any route sees it: size limits, allowed methods, path
/// normalisation, deny rules, the request id, CORS. It runs for every request, native gRPC included,
/// and needs no body, so it stays synchronous and cheap.
///
/// Checks that need the call (authentication, rate limits) are `ServerInterceptor`s inside the
/// dispatcher instead, so every edge protocol gets them the same way.
public protocol EdgeRequestFilter: Sendable {
  /// Decides what happens to a request.
  /// - Parameter request: the head as the previous filter left it.
  func filter(_ request: EdgeRequestHead) -> EdgeFilterResult
}

/// What a filter decided.
public enum EdgeFilterResult: Sendable {
  /// Go on with this head (possibly rewritten: a normalised path, an added `x-request-id`), and add these
  /// headers to the response (lower-case names).
  case proceed(EdgeRequestHead, responseHeaders: [(String, String)])
  /// Refuse the request; the edge protocol answers in its own format (gRPC status, Connect error, JSON
  /// error with the HTTP status of `StatusMapping`). The error's metadata become response headers
  /// (`retry-after`, say).
  case reject(RPCError)
  /// Answer the request here, with no route (a CORS preflight, say).
  case respond(status: Int, headers: [(String, String)], body: [UInt8])
}
