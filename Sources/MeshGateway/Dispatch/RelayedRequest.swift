import MeshTransport

/// What a relayed call keeps of its `RelayRequest` besides what its `RelayHead` holds (the method, the
/// peer), moved out of it once the router takes the call (the transport drops the request then): a copy
/// of the request retained each of its strings and the loop once more per relayed call (issue 9).
struct RelayedRequest {
  /// The client's `grpc-timeout`, counted from the call's start (`RelayRequest.timeout`).
  let timeout: Duration?
  /// `grpc-encoding` as the client sent it.
  let encoding: String?
  /// `grpc-accept-encoding` as the client sent it.
  let acceptEncoding: String?
  /// The loop the call's streams live on.
  let loop: EventLoop

  /// Moves the parts out of `request`, which the transport no longer reads once a router returned a handler
  /// (`GRPCRelayRouter.relay`); only its fields must be as received when it returns nil, and those are not
  /// touched here.
  init(taking request: inout RelayRequest) {
    encoding = request.encoding.take()
    acceptEncoding = request.acceptEncoding.take()
    timeout = request.timeout
    loop = request.loop
  }
}

extension RelayedCall {
  /// What every relayed call of a listener shares, made once with its router: a call keeps this one object
  /// instead of a copy of each (an existential observer and the log were a retain each per call).
  final class Settings: Sendable {
    /// Told of every relayed call's end besides the access log (metrics).
    let observer: (any UpstreamCallObserver)?
    /// Where each call's line goes; nil logs nothing.
    let accessLog: AccessLog?
    /// The most request payload bytes a call may send.
    let maxBodyBytes: Int
    /// Whether there is an observer, and whether it reads a record's ids, read once here: each test of the
    /// optional existential per call copied it out through the runtime (~170 instructions a copy).
    let hasObserver: Bool
    let observerReadsIdentifiers: Bool

    init(observer: (any UpstreamCallObserver)?, accessLog: AccessLog?, maxBodyBytes: Int) {
      self.observer = observer
      hasObserver = observer != nil
      observerReadsIdentifiers = observer?.readsCallIdentifiers ?? false
      self.accessLog = accessLog
      self.maxBodyBytes = maxBodyBytes
    }
  }
}
