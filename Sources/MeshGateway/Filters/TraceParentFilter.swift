import MeshCore
import MeshLogging
import MeshTransport

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
    let span = Self.span(continuing: count == 1 ? sent : nil)
    // Written out once for both.
    let value = span.description
    var head = request
    if count > 0 { head.headers.removeAll { $0.name == TraceParent.headerName } }
    head.headers.append((TraceParent.headerName, value))
    return .proceed(head, responseHeaders: [(TraceParent.headerName, value)])
  }

  /// The gateway's span: a new span of the trace `sent` names when it is a valid `traceparent`, else a new trace.
  /// Ids from `EdgeRandom`: a trace id must be unique, not secret, and a system call per id cost more than
  /// the rest of the filter.
  private static func span(continuing sent: String?) -> TraceParent {
    let incoming = sent.flatMap(TraceParent.init(header:))
    let spanID = EdgeRandom.hex([EdgeRandom.nonZero()])
    return incoming.map { TraceParent(traceID: $0.traceID, parentID: spanID, flags: $0.flags) }
      ?? TraceParent(traceID: EdgeRandom.hex([EdgeRandom.nonZero(), EdgeRandom.next()]), parentID: spanID, flags: 1)
  }
}

extension TraceParentFilter: InPlaceEdgeFilter {
  /// Sets the gateway's span in the relayed call's fields and its response.
  func filter(inPlace head: inout RelayHead) -> InPlaceFilterResult {
    let value = Self.span(continuing: head.fields.onlyString(named: TraceParent.headerName)).description
    head.fields.set(value, named: TraceParent.headerName)
    head.responseFields.append(name: TraceParent.headerName.utf8, value: value.utf8)
    return .proceed
  }
}
