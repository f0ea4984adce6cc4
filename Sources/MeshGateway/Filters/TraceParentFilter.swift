import MeshCore
import MeshLogging

/// Starts or continues the W3C trace of every request at the edge: a valid `traceparent` from the
/// client is continued with the gateway's own span id, a missing or malformed one is replaced by a new
/// trace. The upstream gets the gateway's `traceparent` (the services continue it and pass it on), and
/// the client gets it back in the response, so it can quote the trace id.
public struct TraceParentFilter: EdgeRequestFilter {
  /// Creates the filter.
  public init() {}

  /// Sets the gateway's span.
  /// - Parameter request: the head.
  public func filter(_ request: EdgeRequestHead) -> EdgeFilterResult {
    // The one `traceparent` sent, found without building an array of them (this runs on every call).
    var sent: String?
    var count = 0
    for header in request.headers where header.name == TraceParent.headerName {
      sent = header.value
      count += 1
    }
    let incoming = count == 1 ? sent.flatMap(TraceParent.init(header:)) : nil
    // Ids from `EdgeRandom`: a trace id must be unique, not secret, and a system call per id cost more
    // than the rest of the filter.
    let spanID = EdgeRandom.hex([EdgeRandom.nonZero()])
    let span = incoming.map { TraceParent(traceID: $0.traceID, parentID: spanID, flags: $0.flags) }
      ?? TraceParent(traceID: EdgeRandom.hex([EdgeRandom.nonZero(), EdgeRandom.next()]), parentID: spanID, flags: 1)
    // Written out once for both.
    let value = span.description
    var head = request
    if count > 0 { head.headers.removeAll { $0.name == TraceParent.headerName } }
    head.headers.append((TraceParent.headerName, value))
    return .proceed(head, responseHeaders: [(TraceParent.headerName, value)])
  }
}
