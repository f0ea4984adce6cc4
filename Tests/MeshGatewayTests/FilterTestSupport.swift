import MeshCore
import MeshGateway
import MeshInterop
import MeshProtos
import Synchronization

/// A request head as the front would build it.
func edgeHead(_ method: String = "GET", _ target: String, headers: [(String, String)] = [],
              peer: String = "ipv4:127.0.0.1:5000") -> EdgeRequestHead {
  EdgeRequestHead(method: method, target: target, headers: headers.map { (name: $0.0, value: $0.1) }, httpVersion: "HTTP/1.1",
                  isSecure: false, peer: peer)
}

extension EdgeFilterResult {
  /// The head passed on, when the filter proceeded.
  var proceededHead: EdgeRequestHead? {
    if case .proceed(let head, _) = self { return head }
    return nil
  }
  /// The response headers added, when the filter proceeded.
  var addedHeaders: [(String, String)] {
    if case .proceed(_, let headers) = self { return headers }
    return []
  }
  /// The code of a rejection.
  var rejectedCode: Status.Code? {
    if case .reject(let error) = self { return error.code }
    return nil
  }
  /// The status of a direct answer.
  var respondedStatus: Int? {
    if case .respond(let status, _, _) = self { return status }
    return nil
  }
}

/// The server side of one in-memory call: hands the handler one request message, records what it sends
/// and how the call ended. It is the test's client, driving `RouterDispatcher` directly.
final class RecordedCall: ServerCallStream {
  private struct State {
    var request: [UInt8]?
    var sent: [[UInt8]] = []
    var status: Status?
    var trailers = Metadata()
  }
  private let state: Mutex<State>

  init(request: [UInt8]) { state = Mutex(State(request: request)) }

  func receive() async throws -> [UInt8]? { state.withLock { state in defer { state.request = nil }; return state.request } }
  func sendInitialMetadata(_ metadata: Metadata) async throws {}
  func send(_ message: [UInt8], compress: Bool) async throws { state.withLock { $0.sent.append(message) } }
  func finish(status: Status, trailers: Metadata) {
    state.withLock {
      if $0.status == nil {
        $0.status = status
        $0.trailers = trailers
      }
    }
  }

  var status: Status? { state.withLock { $0.status } }
  var trailers: Metadata { state.withLock { $0.trailers } }
}

/// What an upstream saw of the request metadata: an interceptor placed after the filter under test, in
/// front of the interop service.
final class UpstreamProbe: ServerInterceptor {
  private let seen = Mutex<[Metadata]>([])

  func intercept(stream: any ServerCallStream, context: ServerContext,
                 next: @Sendable (any ServerCallStream, ServerContext) async throws -> Void) async throws {
    seen.withLock { $0.append(context.requestMetadata) }
    try await next(stream, context)
  }

  var last: Metadata? { seen.withLock { $0.last } }
  var count: Int { seen.withLock { $0.count } }
}

/// Runs one EmptyCall of the interop service through `interceptors` and returns how it ended.
func emptyCall(through interceptors: [any ServerInterceptor], metadata: Metadata = [],
               peer: String = "ipv4:127.0.0.1:5000",
               method: MethodDescriptor = Grpc_Testing_TestService.Method.emptyCall.descriptor) async -> RecordedCall {
  let dispatcher = RouterDispatcher(services: [TestServiceProvider()], interceptors: interceptors)
  let call = RecordedCall(request: [])
  await dispatcher.dispatch(head: ServerCallHead(method: method, metadata: metadata, deadline: nil, peer: peer), stream: call)
  return call
}
