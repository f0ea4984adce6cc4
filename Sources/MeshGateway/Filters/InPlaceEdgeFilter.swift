import MeshCore

/// An edge filter that also decides on a relayed native gRPC call by reading and editing its header
/// fields in place (`RelayHead`), without the `EdgeRequestHead` copies of the usual path. Each filter
/// keeps both in its own file; the relay runs them through `InPlaceFilterChain`.
protocol InPlaceEdgeFilter: EdgeRequestFilter {
  /// Decides what happens to a relayed call, as `filter(_:)` would for the same request.
  /// - Parameter head: the call's head as the previous filter left it; edited in place.
  func filter(inPlace head: inout RelayHead) -> InPlaceFilterResult
}

/// What a filter decided on a relayed call.
enum InPlaceFilterResult {
  /// Go on (with what the filter changed in the head).
  case proceed
  /// End the call with this status and trailers (a refusal, a direct answer).
  case end(Status, Metadata)
  /// Only the usual path can serve the call as the filter would (a path to rewrite): the relay declines it.
  case usualPath

  /// A refusal.
  static func reject(_ error: RPCError) -> InPlaceFilterResult { .end(error.status, error.metadata) }
}

/// Runs a filter that cannot read the fields in place on the usual path's head, made for it; a filter
/// that changes the request takes the call to the usual path (none of the house's does that in place).
struct EdgeFilterAdapter: InPlaceEdgeFilter {
  /// The filter.
  let wrapped: any EdgeRequestFilter

  func filter(_ request: EdgeRequestHead) -> EdgeFilterResult { wrapped.filter(request) }

  func filter(inPlace head: inout RelayHead) -> InPlaceFilterResult {
    let request = head.edgeRequestHead
    switch wrapped.filter(request) {
    case .proceed(let next, let responseHeaders):
      guard next.target == request.target, next.method == request.method, next.headers.count == request.headers.count,
            zip(next.headers, request.headers).allSatisfy({ $0.name == $1.name && $0.value == $1.value })
      else { return .usualPath }
      for (name, value) in responseHeaders { head.responseFields.append(name: Array(name.utf8), value: Array(value.utf8)) }
      return .proceed
    case .reject(let error):
      return .reject(error)
    case .respond(let status, let headers, let body):
      var trailers = Metadata()
      for (name, value) in headers { trailers.addString(value, forKey: name) }
      let code = status < 300 ? Status.Code.ok : Status.Code(httpStatus: status)
      return .end(Status(code: code, message: String(decoding: body, as: UTF8.self)), trailers)
    }
  }
}

/// Runs the relay's filters in order on a call's head, as `EdgeFilterChain` runs the usual path's.
enum InPlaceFilterChain {
  /// The filters for the relay: each one itself when it reads fields in place, else through the adapter.
  /// - Parameter filters: the edge filters, in order.
  static func make(_ filters: [any EdgeRequestFilter]) -> [any InPlaceEdgeFilter] {
    filters.map { filter -> any InPlaceEdgeFilter in (filter as? any InPlaceEdgeFilter) ?? EdgeFilterAdapter(wrapped: filter) }
  }

  /// The chain's verdict; the first filter that does not proceed ends it.
  /// - Parameters:
  ///   - filters: from `make`.
  ///   - head: the call's head, edited in place.
  static func run(_ filters: [any InPlaceEdgeFilter], on head: inout RelayHead) -> InPlaceFilterResult {
    // By index, each filter called where it lies: `for filter in filters` copied every existential out
    // of the array (a retain and release of each filter's box or references) on every call.
    for index in filters.indices {
      switch filters[index].filter(inPlace: &head) {
      case .proceed: continue
      case let other: return other
      }
    }
    return .proceed
  }
}
