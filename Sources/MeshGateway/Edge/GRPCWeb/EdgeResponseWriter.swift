import MeshCore
import Synchronization

/// The response side of a streaming edge call (gRPC-Web, Connect streaming): one writer at a time (the
/// handler's messages and the end written on a deadline come from different tasks), the head once before
/// any body byte, nothing after the call has ended, and the exchange finished after the final bytes.
final class EdgeResponseWriter: Sendable {
  /// The exchange written to.
  let exchange: any EdgeExchange
  /// The end of the call, which the stream's `finish` records and the protocol waits for.
  let completion = EdgeCallCompletion()
  private let gate = EdgeWriteGate()
  private let headSent = Atomic<Bool>(false)
  private let headFields: @Sendable (Metadata) -> [(String, String)]

  /// Creates a writer.
  /// - Parameters:
  ///   - exchange: the exchange.
  ///   - headFields: the fields of a `200` head carrying the call's initial metadata.
  init(exchange: any EdgeExchange, headFields: @escaping @Sendable (Metadata) -> [(String, String)]) {
    self.exchange = exchange
    self.headFields = headFields
  }

  /// Sends the head with the initial metadata, unless a head went out already.
  func sendHead(_ metadata: Metadata) async throws {
    try await gate.withGate {
      try checkOpen()
      try await writeHeadIfNeeded(metadata)
    }
  }

  /// Sends body bytes (after a head without metadata when none went out yet).
  func sendBody(_ bytes: [UInt8]) async throws {
    try await gate.withGate {
      try checkOpen()
      try await writeHeadIfNeeded(Metadata())
      try await exchange.write(bytes)
    }
  }

  /// Writes the end of the response, then finishes the exchange. `end` is told whether a head went out
  /// already; when not, it writes one (`writeHead`, or a head of its own such as gRPC-Web's Trailers-Only).
  /// A failed write is not reported: the client went away and there is nobody left to tell.
  func writeEnd(_ end: (_ headWasSent: Bool) async throws -> Void) async {
    await gate.withGate {
      let headWasSent = headSent.exchange(true, ordering: .acquiringAndReleasing)
      do { try await end(headWasSent) } catch {}
      exchange.finish(trailers: [])
    }
  }

  /// Writes a `200` head with `metadata` (from `writeEnd`'s body, when no head went out).
  func writeHead(_ metadata: Metadata) async throws {
    try await exchange.writeHead(status: 200, headers: headFields(metadata))
  }

  /// Writes a whole `200` response without metadata (from `writeEnd`'s body, when no head went out):
  /// head, `bytes` and end in one step.
  func respond(_ bytes: [UInt8]) async throws {
    try await exchange.respond(status: 200, headers: headFields(Metadata()), body: bytes)
  }

  private func checkOpen() throws {
    guard !completion.isComplete else { throw RPCError(code: .cancelled, message: "The call has ended.") }
  }

  private func writeHeadIfNeeded(_ metadata: Metadata) async throws {
    guard !headSent.exchange(true, ordering: .acquiringAndReleasing) else { return }
    try await writeHead(metadata)
  }
}
