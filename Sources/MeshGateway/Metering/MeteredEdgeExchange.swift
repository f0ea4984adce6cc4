import MeshCore
import Synchronization

/// An exchange that counts the body bytes both ways for the access log and holds the request body to the
/// listener's limit as it is read: past the limit, `readBodyChunk` throws RESOURCE_EXHAUSTED and reads no
/// further, so an oversized body is never buffered whole. The protocol answers that error in its own
/// format; when that answer is an HTTP status (REST, Connect), it becomes 413 Content Too Large.
final class MeteredEdgeExchange: EdgeExchange {
  let request: EdgeRequestHead
  private let base: any EdgeExchange
  private let maxBodyBytes: Int
  private let entry: AccessLogEntry?
  private let bytesIn = Atomic<Int>(0)
  /// Set once the body went past the limit.
  let bodyTooLarge = Atomic<Bool>(false)

  init(_ base: any EdgeExchange, maxBodyBytes: Int, entry: AccessLogEntry?) {
    self.base = base
    request = base.request
    self.maxBodyBytes = maxBodyBytes
    self.entry = entry
  }

  /// The error of a body past `limit` bytes.
  static func tooLarge(_ limit: Int) -> RPCError {
    RPCError(code: .resourceExhausted, message: "The request body exceeds \(limit) bytes.")
  }

  func readBodyChunk() async throws -> [UInt8]? {
    guard !bodyTooLarge.load(ordering: .relaxed) else { throw Self.tooLarge(maxBodyBytes) }
    guard let chunk = try await base.readBodyChunk() else { return nil }
    let total = bytesIn.add(chunk.count, ordering: .relaxed).newValue
    entry?.update { $0.bytesIn = total }
    guard total <= maxBodyBytes else {
      bodyTooLarge.store(true, ordering: .relaxed)
      throw Self.tooLarge(maxBodyBytes)
    }
    return chunk
  }

  func writeHead(status: Int, headers: [(String, String)]) async throws {
    try await base.writeHead(status: noteHead(status: status, headers: headers), headers: headers)
  }

  func respond(status: Int, headers: [(String, String)], body: [UInt8]) async throws {
    let status = noteHead(status: status, headers: headers)
    if let entry, !body.isEmpty { entry.update { $0.bytesOut += body.count } }
    try await base.respond(status: status, headers: headers, body: body)
  }

  /// The status to send (413 for a body over the limit), recorded with the head's gRPC status for the
  /// access log.
  private func noteHead(status: Int, headers: [(String, String)]) -> Int {
    // RESOURCE_EXHAUSTED maps to 429 (a rate limit); a body over the limit is 413.
    let status = status == 429 && bodyTooLarge.load(ordering: .relaxed) ? 413 : status
    entry?.update { fields in
      fields.httpStatus = status
      if let value = headers.first(where: { $0.0 == "grpc-status" })?.1, let code = Int(value) {
        fields.grpcStatus = Status.Code(rawValue: code)
      }
    }
    return status
  }

  func write(_ bytes: [UInt8]) async throws {
    if let entry, !bytes.isEmpty {
      entry.update { fields in
        fields.bytesOut += bytes.count
        // A body written with no head first goes out as 200.
        if fields.httpStatus == nil { fields.httpStatus = 200 }
      }
    }
    try await base.write(bytes)
  }

  func finish(trailers: [(String, String)]) {
    if let entry, let value = trailers.first(where: { $0.0 == "grpc-status" })?.1, let code = Int(value) {
      entry.callFinished(Status.Code(rawValue: code))
    }
    base.finish(trailers: trailers)
  }
}
