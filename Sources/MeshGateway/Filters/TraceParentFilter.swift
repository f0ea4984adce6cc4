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
    let span = incoming?.child() ?? TraceParent.random()
    var head = request
    head.headers.removeAll { $0.name == TraceParent.headerName }
    head.headers.append((TraceParent.headerName, span.description))
    return .proceed(head, responseHeaders: [(TraceParent.headerName, span.description)])
  }
}
