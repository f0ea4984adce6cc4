/// The client's end of an in-memory call.
final class InMemoryClientCallStream: ClientCallStream {
  private let call: InMemoryCall

  init(call: InMemoryCall) { self.call = call }

  func send(_ message: [UInt8], compress: Bool) async throws {
    let limit = call.options.maxRequestMessageBytes
    guard message.count <= limit else {
      throw RPCError(code: .resourceExhausted,
                     message: "Request message of \(message.count) bytes exceeds the limit of \(limit).")
    }
    try await call.requests.push(message)
  }

  func closeSending() async throws {
    call.requests.finish(producerError: RPCError(code: .failedPrecondition, message: "The request stream is closed."))
  }

  func initialMetadata() async throws -> Metadata { await call.responseHeaders() }

  func receive() async throws -> [UInt8]? {
    guard let message = try await call.responses.next() else { return nil }
    let limit = call.options.maxResponseMessageBytes
    guard message.count <= limit else {
      let error = RPCError(code: .resourceExhausted,
                           message: "Response message of \(message.count) bytes exceeds the limit of \(limit).")
      call.end(status: error.status, trailers: [], cancelHandler: true)
      throw error
    }
    return message
  }

  func finalStatus() async -> (Status, Metadata) { await call.finalStatus() }

  func cancel() {
    call.end(status: Status(code: .cancelled, message: "The client cancelled the call."), trailers: [],
             cancelHandler: true)
  }
}
