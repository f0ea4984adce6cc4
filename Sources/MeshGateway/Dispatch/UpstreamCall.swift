public import MeshCore
import Synchronization

/// One call forwarded upstream: route, deadline, open, then messages, metadata and status pumped both
/// ways for every call kind, with cancellation both ways.
enum UpstreamCall {
  /// Forwards a call and returns (or throws) as its upstream ended, for `ServerRPCExecutor.finishing`
  /// to end the client's stream with.
  static func forward(stream: any ServerCallStream, context: ServerContext, routes: RouteTable,
                      clusters: [String: any ClientTransport], observer: (any UpstreamCallObserver)?) async throws {
    let started = ContinuousClock.now
    var record = observer.map { _ in
      UpstreamCallRecord(method: context.method, status: .ok, requestBytes: 0, responseBytes: 0, duration: .zero,
                         peer: context.peer, requestID: context.requestMetadata.firstString(forKey: "x-request-id"),
                         traceParent: context.requestMetadata.firstString(forKey: "traceparent"))
    }
    do {
      try await run(stream: stream, context: context, routes: routes, clusters: clusters, record: &record)
      if var record, let observer {
        record.duration = .now - started
        observer.callEnded(record)
      }
    } catch {
      if var record, let observer {
        record.status = RPCError(from: error).code
        record.duration = .now - started
        observer.callEnded(record)
      }
      throw error
    }
  }

  @inline(__always)  // one async frame and executor check less per call
  private static func run(stream: any ServerCallStream, context: ServerContext, routes: RouteTable,
                          clusters: [String: any ClientTransport], record: inout UpstreamCallRecord?) async throws {
    let metadata = context.requestMetadata
    guard let route = routes.route(for: context.method, authority: context.authority, metadata: metadata) else {
      throw RPCError(code: .unimplemented, message: "No route for \(context.method.path).")
    }
    record?.route = route.name
    record?.cluster = route.cluster
    guard let cluster = clusters[route.cluster] else {
      throw RPCError(code: .unavailable, message: "The cluster '\(route.cluster)' is not configured.")
    }
    var options = CallOptions()
    options.timeout = route.timeout
    // A message that came compressed goes on compressed (an upstream may check the flag); the algorithm
    // is the gateway's own choice.
    options.compression = .gzip
    // The caller's deadline counts from when its call arrived, so what the gateway spent is taken off.
    if let deadline = context.deadline {
      let remaining = deadline - .now
      guard remaining > .zero else { throw RPCError(code: .deadlineExceeded, message: "Deadline exceeded.") }
      if options.timeout.map({ remaining < $0 }) ?? true { options.timeout = remaining }
    }
    let upstreamStarted = ContinuousClock.now
    let forwarded = ForwardedMetadata.filtered(metadata)
    let upstream: any ClientCallStream
    if let cluster = cluster as? UpstreamCluster {
      // The route's retries, and its name for the cluster's retry metrics.
      upstream = try await cluster.openCall(method: context.method, metadata: forwarded, options: options,
                                            retries: route.retries, route: route.name)
    } else {
      upstream = try await cluster.openCall(method: context.method, metadata: forwarded, options: options)
    }
    let pump = RequestPump()
    defer {
      record?.requestBytes = pump.bytes.load(ordering: .relaxed)
      record?.upstreamDuration = .now - upstreamStarted
    }
    // The response direction, then the call's end: run beside the request pump, or alone when the
    // requests were all forwarded already.
    func respond() async throws {
      let status: Status
      let trailers: Metadata
      do {
        // Not `record?.responseBytes = try await …`: optional chaining would skip the pump without a record.
        let responseBytes = try await pumpResponses(from: upstream, to: stream, context: context)
        record?.responseBytes = responseBytes
        (status, trailers) = await upstream.finalStatus()
      } catch {
        upstream.cancel()
        end(stream, error: RPCError(from: error), context: context, unless: pump)
        throw error
      }
      if let failure = pump.failure.withLock({ $0 }) {
        end(stream, error: failure, context: context, unless: pump)
        throw failure
      }
      let forwarded = ForwardedMetadata.filtered(trailers)
      if let error = RPCError(status: status, metadata: forwarded) {
        end(stream, error: error, context: context, unless: pump)
        throw error
      }
      context.trailingResponseMetadata.add(contentsOf: forwarded)
      if !pump.done.load(ordering: .acquiring) {
        // The upstream ended while the client still sends: ending the client's stream is what wakes the
        // request pump, and the group cannot return before it does.
        stream.finish(status: .ok, trailers: context.trailingResponseMetadata)
      }
    }
    try await withTaskCancellationHandler {
      // A unary call's request arrived whole (with END_STREAM): forwarded here, it needs no pump task.
      if await pump.forwardReceived(from: stream, to: upstream, context: context) {
        try await respond()
        return
      }
      try await withThrowingTaskGroup(of: Void.self) { group in
        // The child inherits the call's executor preference: both directions stay on the connection's loop.
        group.addTask { await pump.run(from: stream, to: upstream, context: context) }
        try await respond()
      }
    } onCancel: {
      upstream.cancel()
    }
  }

  /// Ends the client's stream now when the request pump still waits on it (see above).
  private static func end(_ stream: any ServerCallStream, error: RPCError, context: ServerContext,
                          unless pump: RequestPump) {
    guard !pump.done.load(ordering: .acquiring) else { return }
    var trailers = context.trailingResponseMetadata
    trailers.add(contentsOf: error.metadata)
    stream.finish(status: error.status, trailers: trailers)
  }

  /// Response headers and messages from upstream to the client; returns the bytes sent.
  @inline(__always)
  private static func pumpResponses(from upstream: any ClientCallStream, to stream: any ServerCallStream,
                                    context: ServerContext) async throws -> Int {
    var headers = context.initialResponseMetadata
    // A Trailers-Only answer has no headers: the status alone then goes back, as Trailers-Only too.
    let initial = try await upstream.initialMetadata()
    headers.add(contentsOf: ForwardedMetadata.filtered(initial))
    var headersSent = false
    if !headers.isEmpty {
      try await stream.sendInitialMetadata(headers)
      headersSent = true
    }
    var bytes = 0
    while let message = try await upstream.receive() {
      if !headersSent {
        try await stream.sendInitialMetadata(headers)
        headersSent = true
      }
      bytes += message.count
      try await stream.send(message, compress: context.compressResponses)
    }
    return bytes
  }
}

/// The request direction of a forwarded call: the client's messages to the upstream, then its end.
final class RequestPump: Sendable {
  /// Set when the client's stream has ended (or failed) and nothing more will be read from it.
  let done = Atomic<Bool>(false)
  /// Request message bytes forwarded.
  let bytes = Atomic<Int>(0)
  /// How the client's side failed (a message over the limit, bad framing); nil when it did not.
  let failure = Mutex<RPCError?>(nil)

  /// Forwards the requests the client's stream has now; true when they were all it will send (or the
  /// call went wrong): then nothing is left for `run`.
  @inline(__always)
  func forwardReceived(from stream: any ServerCallStream, to upstream: any ClientCallStream,
                       context: ServerContext) async -> Bool {
    while true {
      let request: ImmediateRequest
      do {
        request = try stream.receiveWithoutWaiting()
      } catch {
        clientFailed(error, upstream: upstream)
        return true
      }
      switch request {
      case .unknown:
        return false
      case .end:
        try? await upstream.closeSending()
        done.store(true, ordering: .releasing)
        return true
      case .message(let message):
        guard await forward(message, to: upstream, context: context) else {
          done.store(true, ordering: .releasing)
          return true
        }
      }
    }
  }

  /// Forwards the client's requests, then their end, as they come.
  func run(from stream: any ServerCallStream, to upstream: any ClientCallStream, context: ServerContext) async {
    defer { done.store(true, ordering: .releasing) }
    do {
      while let message = try await stream.receive() {
        guard await forward(message, to: upstream, context: context) else { return }
      }
    } catch {
      clientFailed(error, upstream: upstream)
      return
    }
    try? await upstream.closeSending()
  }

  /// Sends one request upstream; false when the upstream has ended its call (its status tells the client why).
  @inline(__always)
  private func forward(_ message: [UInt8], to upstream: any ClientCallStream, context: ServerContext) async -> Bool {
    bytes.add(message.count, ordering: .relaxed)
    do {
      try await upstream.send(message, compress: context.lastRequestWasCompressed)
      return true
    } catch {
      return false
    }
  }

  /// The client reset the call, or sent something the transport refused: the upstream call goes too.
  private func clientFailed(_ error: any Error, upstream: any ClientCallStream) {
    let error = RPCError(from: error)
    if error.code != .cancelled { failure.withLock { $0 = error } }
    upstream.cancel()
    done.store(true, ordering: .releasing)
  }
}
