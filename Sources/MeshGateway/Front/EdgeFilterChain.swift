/// Runs edge filters in order: each sees the head the previous one left, response headers add up, and
/// the first rejection or direct answer ends the chain.
enum EdgeFilterChain {
  /// The chain's verdict on a request.
  /// - Parameters:
  ///   - filters: the filters, in order.
  ///   - request: the request as it arrived.
  static func run(_ filters: [any EdgeRequestFilter], on request: EdgeRequestHead) -> EdgeFilterResult {
    var head = request
    var responseHeaders: [(String, String)] = []
    for filter in filters {
      switch filter.filter(head) {
      case .proceed(let next, let added):
        head = next
        // The first filter's headers are taken as they are, not copied into a new array.
        if responseHeaders.isEmpty { responseHeaders = added } else { responseHeaders += added }
      case .reject(let error):
        return .reject(error)
      case .respond(let status, let headers, let body):
        return .respond(status: status, headers: responseHeaders + headers, body: body)
      }
    }
    return .proceed(head, responseHeaders: responseHeaders)
  }
}
