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
    let sent = request.headers.filter { $0.name == TraceParent.headerName }
    let incoming = sent.count == 1 ? TraceParent(header: sent[0].value) : nil
    // Ids from `EdgeRandom`: a trace id must be unique, not secret, and a system call per id cost more
    // than the rest of the filter.
    let spanID = EdgeRandom.hex([EdgeRandom.nonZero()])
    let span = incoming.map { TraceParent(traceID: $0.traceID, parentID: spanID, flags: $0.flags) }
      ?? TraceParent(traceID: EdgeRandom.hex([EdgeRandom.nonZero(), EdgeRandom.next()]), parentID: spanID, flags: 1)
    var head = request
    head.headers.removeAll { $0.name == TraceParent.headerName }
    head.headers.append((TraceParent.headerName, span.description))
    return .proceed(head, responseHeaders: [(TraceParent.headerName, span.description)])
  }
}
