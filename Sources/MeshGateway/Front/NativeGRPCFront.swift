public import MeshCore

/// The gateway's entry for native gRPC calls (the server's fallback route): the edge filters on a head
/// built from the call, then the dispatcher.
public struct NativeGRPCFront: Sendable {
  private let filters: [any EdgeRequestFilter]
  private let dispatcher: UpstreamDispatcher
  let isSecure: Bool
  /// The filters as the relay runs them, on a call's fields in place (`InPlaceFilterChain`).
  let relayFilters: [any InPlaceEdgeFilter]

  /// Creates the entry.
  /// - Parameters:
  ///   - filters: the edge filters, in order.
  ///   - dispatcher: where calls go.
  ///   - isSecure: whether the listener it serves is TLS.
  public init(filters: [any EdgeRequestFilter], dispatcher: UpstreamDispatcher, isSecure: Bool) {
    self.filters = filters
    self.dispatcher = dispatcher
    self.isSecure = isSecure
    relayFilters = InPlaceFilterChain.make(filters)
  }

  /// The handler to set as the server's fallback route.
  public var handler: RPCRouter.Handler {
    { stream, context in await serve(stream: stream, context: context) }
  }

  /// Runs one call to its end.
  /// - Parameters:
  ///   - stream: the call's stream.
  ///   - context: its context.
  public func serve(stream: any ServerCallStream, context: ServerContext) async {
    if let (status, trailers) = runFilters(on: context) { return stream.finish(status: status, trailers: trailers) }
    await dispatcher.handle(stream: stream, context: context)
  }

  /// The edge filters on a call, at once: nil when it goes on (with what they added in its metadata and
  /// response headers), else the status and trailers it ends with.
  func runFilters(on context: ServerContext) -> (Status, Metadata)? {
    // With no filter there is no head to build: the usual call goes straight on.
    guard !filters.isEmpty else { return nil }
    let request = head(of: context)
    switch EdgeFilterChain.run(filters, on: request) {
    case .proceed(let filtered, let responseHeaders):
      apply(filtered, to: context, original: request)
      for (name, value) in responseHeaders { context.initialResponseMetadata.addString(value, forKey: name) }
      return nil
    case .reject(let error):
      return (error.status, error.metadata)
    case .respond(let status, let headers, let body):
      var trailers = Metadata()
      for (name, value) in headers { trailers.addString(value, forKey: name) }
      let code = status < 300 ? Status.Code.ok : Status.Code(httpStatus: status)
      return (Status(code: code, message: String(decoding: body, as: UTF8.self)), trailers)
    }
  }

  /// The dispatcher calls go to.
  var upstream: UpstreamDispatcher { dispatcher }

  private func head(of context: ServerContext) -> EdgeRequestHead {
    var headers: [(name: String, value: String)] = [("content-type", "application/grpc")]
    if let authority = context.authority { headers.append(("host", authority)) }
    for entry in context.requestMetadata {
      if let value = entry.value.stringValue { headers.append((entry.key, value)) }
    }
    return EdgeRequestHead(method: "POST", target: context.method.path, headers: headers, httpVersion: "HTTP/2",
                           isSecure: isSecure, peer: context.peer)
  }

  /// Headers a filter added (a request id) become request metadata.
  private func apply(_ filtered: EdgeRequestHead, to context: ServerContext, original: EdgeRequestHead) {
    let old = original.headers, new = filtered.headers
    // The usual case, on every call: the filters kept every header and appended some (a request id).
    // Compared in place, without the sets the general case builds.
    if new.count >= old.count, zip(old, new).allSatisfy({ $0.name == $1.name && $0.value == $1.value }) {
      guard new.count > old.count else { return }
      var metadata = context.requestMetadata
      for (name, value) in new[old.count...] where name != "host" && !old.contains(where: { $0.name == name }) {
        metadata.addString(value, forKey: name)
      }
      context.requestMetadata = metadata
      return
    }
    var metadata = context.requestMetadata
    let before = Set(original.headers.map(\.name))
    let after = Set(filtered.headers.map(\.name))
    for name in before.subtracting(after) { metadata.removeAll(forKey: name) }
    for (name, value) in filtered.headers where !before.contains(name) && name != "host" {
      metadata.addString(value, forKey: name)
    }
    context.requestMetadata = metadata
  }
}
