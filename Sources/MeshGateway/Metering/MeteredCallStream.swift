import MeshCore
import Synchronization

/// A call stream that records the status the call ends with in the access log entry and, for native gRPC,
/// counts message bytes both ways and holds the request messages to the listener's body limit
/// (RESOURCE_EXHAUSTED past it, before the message that crosses it goes upstream).
final class MeteredCallStream: ForwardingServerCallStream, @unchecked Sendable {
  private let entry: AccessLogEntry?
  private let maxBodyBytes: Int?
  private let bytesIn = Atomic<Int>(0)

  /// Wraps a stream.
  /// - Parameters:
  ///   - base: the call's stream.
  ///   - entry: the request's log entry.
  ///   - maxBodyBytes: the limit on request message bytes; nil when the edge exchange already holds it.
  init(base: any ServerCallStream, entry: AccessLogEntry?, maxBodyBytes: Int?) {
    self.entry = entry
    self.maxBodyBytes = maxBodyBytes
    super.init(base: base)
  }

  override func receive() async throws -> [UInt8]? {
    guard let message = try await base.receive() else { return nil }
    return try counted(message)
  }

  override func receiveWithoutWaiting() throws -> ImmediateRequest {
    let request = try base.receiveWithoutWaiting()
    guard case .message(let message) = request else { return request }
    return .message(try counted(message))
  }

  /// Counts a request message against the body limit.
  private func counted(_ message: [UInt8]) throws -> [UInt8] {
    guard let maxBodyBytes else { return message }
    let total = bytesIn.add(message.count, ordering: .relaxed).newValue
    entry?.update { $0.bytesIn = total }
    guard total <= maxBodyBytes else { throw MeteredEdgeExchange.tooLarge(maxBodyBytes) }
    return message
  }

  override func send(_ message: [UInt8], compress: Bool) async throws {
    if maxBodyBytes != nil { entry?.update { $0.bytesOut += message.count } }
    try await base.send(message, compress: compress)
  }

  override func finish(status: Status, trailers: Metadata) {
    entry?.callFinished(status.code)
    base.finish(status: status, trailers: trailers)
  }
}

/// Runs an edge protocol's calls with their streams metered (see `MeteredCallStream`).
struct MeteredDispatcher: GatewayDispatcher {
  let base: any GatewayDispatcher
  let entry: AccessLogEntry?

  func dispatch(head: ServerCallHead, stream: any ServerCallStream) async {
    await base.dispatch(head: head, stream: MeteredCallStream(base: stream, entry: entry, maxBodyBytes: nil))
  }
}
