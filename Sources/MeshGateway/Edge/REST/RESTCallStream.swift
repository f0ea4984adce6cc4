import MeshCore
import Synchronization

/// The `ServerCallStream` of one REST call: gives the dispatcher the transcoded request, and turns
/// response messages into JSON. Unary responses are held until the status is known (it decides the
/// HTTP status); a server stream's messages are written as they come, as NDJSON or SSE.
final class RESTCallStream: ServerCallStream, @unchecked Sendable {
  private typealias Outcome = (status: Status, trailers: Metadata)

  private struct State {
    var request: [UInt8]?
    var initialMetadata = Metadata()
    var unaryResponse: String?
    var headWritten = false
    var finished: Outcome?
    var waiter: CheckedContinuation<Outcome, Never>?
  }

  private let exchange: any EdgeExchange
  private let route: RESTRoute
  let format: RESTResponseFormat
  private let extraHeaders: [(String, String)]
  private let state: Mutex<State>

  /// Creates the stream of a call.
  /// - Parameters:
  ///   - exchange: where the response goes.
  ///   - route: the matched route.
  ///   - request: the serialized request.
  ///   - format: how messages are written.
  ///   - extraHeaders: headers every response of the call carries.
  init(exchange: any EdgeExchange, route: RESTRoute, request: [UInt8], format: RESTResponseFormat,
       extraHeaders: [(String, String)]) {
    self.exchange = exchange
    self.route = route
    self.format = format
    self.extraHeaders = extraHeaders
    self.state = Mutex(State(request: request))
  }

  func receive() async throws -> [UInt8]? {
    state.withLock { state in
      defer { state.request = nil }
      return state.request
    }
  }

  func sendInitialMetadata(_ metadata: Metadata) async throws {
    state.withLock { $0.initialMetadata = metadata }
  }

  func send(_ message: [UInt8], compress: Bool) async throws {
    let json = try RESTResponseEncoder.json(message, route: route)
    guard format != .json else {
      try state.withLock { state in
        guard state.unaryResponse == nil else {
          throw RPCError(code: .internal, message: "A unary method sent more than one response.")
        }
        state.unaryResponse = json
      }
      return
    }
    let (writeHead, metadata) = state.withLock { state in
      defer { state.headWritten = true }
      return (!state.headWritten, state.initialMetadata)
    }
    do {
      if writeHead {
        try await exchange.writeHead(status: 200, headers: streamHeaders(metadata))
      }
      try await exchange.write(Array(format.frame(message: json).utf8))
    } catch {
      throw RPCError(code: .cancelled, message: "The REST client went away.", cause: error)
    }
  }

  func finish(status: Status, trailers: Metadata) {
    let waiter = state.withLock { state -> CheckedContinuation<Outcome, Never>? in
      guard state.finished == nil else { return nil }
      state.finished = (status, trailers)
      defer { state.waiter = nil }
      return state.waiter
    }
    waiter?.resume(returning: (status, trailers))
  }

  /// Waits for `finish`, then writes what is left of the response and ends the exchange.
  func complete() async {
    let (status, trailers) = await withCheckedContinuation { (continuation: CheckedContinuation<Outcome, Never>) in
      let finished = state.withLock { state -> Outcome? in
        if state.finished == nil { state.waiter = continuation }
        return state.finished
      }
      if let finished { continuation.resume(returning: finished) }
    }
    let (headWritten, response, metadata) = state.withLock { ($0.headWritten, $0.unaryResponse, $0.initialMetadata) }
    do {
      if headWritten {
        // The stream had started with 200: a failure can only be told in the body.
        if status.code != .ok { try await exchange.write(Array(format.frame(error: RESTErrorBody.json(status)).utf8)) }
        exchange.finish(trailers: [])
        return
      }
      guard status.code == .ok else {
        try await RESTProtocol.respondError(status, headers: RESTErrorBody.headers(trailers, prefix: ""),
                                            on: exchange)
        return
      }
      var headers = streamHeaders(metadata)
      headers += RESTErrorBody.headers(trailers, prefix: "grpc-metadata-")
      if format == .json {
        guard let response else {
          try await RESTProtocol.respondError(Status(code: .internal, message: "The method sent no response."),
                                              headers: [], on: exchange)
          return
        }
        try await exchange.respond(status: 200, headers: headers, body: Array(response.utf8))
      } else {
        try await exchange.respond(status: 200, headers: headers, body: [])
      }
    } catch {
      exchange.finish(trailers: [])  // the client went away; nothing more can be told
    }
  }

  private func streamHeaders(_ metadata: Metadata) -> [(String, String)] {
    var headers = [("content-type", format.contentType)] + extraHeaders
    if format == .serverSentEvents { headers.append(("cache-control", "no-cache")) }
    return headers + RESTErrorBody.headers(metadata, prefix: "grpc-metadata-")
  }
}
