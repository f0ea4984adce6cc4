/// The server's end of an in-memory call, which the handler (through the interceptors) drives.
final class InMemoryServerCallStream: ServerCallStream {
  private let call: InMemoryCall

  init(call: InMemoryCall) { self.call = call }

  func receive() async throws -> [UInt8]? { try await call.requests.next() }

  func sendInitialMetadata(_ metadata: Metadata) async throws {
    guard !call.hasEnded else { throw RPCError(code: .cancelled, message: "The call has ended.") }
    call.sendHeaders(metadata)
  }

  func send(_ message: [UInt8], compress: Bool) async throws {
    // As over HTTP/2, a message is preceded by the headers, empty when the handler sent none.
    try await sendInitialMetadata([])
    try await call.responses.push(message)
  }

  func finish(status: Status, trailers: Metadata) {
    call.end(status: status, trailers: trailers, cancelHandler: false)
  }
}
