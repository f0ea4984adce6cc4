import MeshCore

/// An edge protocol as a listener runs it: the request body held to the listener's limit (a declared
/// `content-length` past it is refused before a byte is read, a longer body as it streams in), and, with an
/// access log, one line for the request when it ends.
struct MeteredEdgeProtocol: EdgeProtocol {
  let base: any EdgeProtocol
  let maxBodyBytes: Int
  let accessLog: AccessLog?

  var name: String { base.name }

  func accepts(_ request: EdgeRequestHead) -> Bool { base.accepts(request) }

  func handle(_ exchange: any EdgeExchange, dispatcher: any GatewayDispatcher) async {
    let entry = makeEntry(for: exchange.request)
    let metered = MeteredEdgeExchange(exchange, maxBodyBytes: maxBodyBytes, entry: entry)
    if let declared = exchange.request.header("content-length").flatMap(Int.init), declared > maxBodyBytes {
      metered.bodyTooLarge.store(true, ordering: .relaxed)
      entry?.callFinished(.resourceExhausted)
      await AccessLogEntry.$current.withValue(entry) {
        await base.reject(MeteredEdgeExchange.tooLarge(maxBodyBytes), on: metered)
      }
    } else {
      await AccessLogEntry.$current.withValue(entry) {
        await base.handle(metered, dispatcher: MeteredDispatcher(base: dispatcher, entry: entry))
      }
    }
    if let entry { accessLog?.write(entry) }
  }

  func reject(_ error: RPCError, on exchange: any EdgeExchange) async {
    let entry = makeEntry(for: exchange.request)
    entry?.callFinished(error.code)
    await base.reject(error, on: MeteredEdgeExchange(exchange, maxBodyBytes: maxBodyBytes, entry: entry))
    if let entry { accessLog?.write(entry) }
  }

  private func makeEntry(for request: EdgeRequestHead) -> AccessLogEntry? {
    guard accessLog != nil else { return nil }
    return AccessLogEntry(path: request.path, protocolName: base.name, peer: request.peer,
                          requestID: request.header("x-request-id"), traceParent: request.header("traceparent"))
  }
}
