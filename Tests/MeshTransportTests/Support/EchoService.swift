import MeshCore
import Synchronization

/// Raw-byte methods for transport tests: the transport never looks inside messages.
struct EchoService: RegistrableRPCService {
  static func method(_ name: String, _ kind: RPCKind = .unary) -> RPCMethod<RawMessage, RawMessage> {
    RPCMethod(MethodDescriptor(service: "mesh.test.Echo", method: name), kind: kind)
  }
  static let unary = method("Unary")
  static let fail = method("Fail")
  static let sleep = method("Sleep")
  static let collect = method("Collect", .clientStreaming)
  static let expand = method("Expand", .serverStreaming)
  static let bidi = method("Bidi", .bidirectionalStreaming)
  static let neverRead = method("NeverRead", .clientStreaming)
  static let hold = method("Hold")

  /// Counts what handlers saw, so tests can check the server side of a call.
  final class Probe: Sendable {
    let cancelledCalls = Atomic<Int>(0)
    let messagesWritten = Atomic<Int>(0)
    let calls = Atomic<Int>(0)
    let inFlight = Atomic<Int>(0)
    let maxInFlight = Atomic<Int>(0)
  }
  let probe: Probe

  init(probe: Probe = Probe()) { self.probe = probe }

  func registerMethods(with router: inout RPCRouter) {
    let probe = self.probe
    router.registerUnary(Self.unary) { request, context in
      probe.calls.add(1, ordering: .relaxed)
      context.initialResponseMetadata = context.requestMetadata
      var trailers = Metadata()
      trailers.addString("done", forKey: "x-trailer")
      context.trailingResponseMetadata = trailers
      context.compressResponses = context.requestMetadata.firstString(forKey: "x-compress") == "1"
      return request
    }
    router.registerUnary(Self.fail) { request, _ in
      var metadata = Metadata()
      metadata.addBinary([0, 1, 2, 255], forKey: "x-detail-bin")
      throw RPCError(code: .failedPrecondition, message: "bad: \(String(decoding: request.bytes, as: UTF8.self))",
                     metadata: metadata)
    }
    router.registerUnary(Self.sleep) { request, _ in
      probe.calls.add(1, ordering: .relaxed)
      do {
        try await Task.sleep(for: .seconds(30))
      } catch {
        probe.cancelledCalls.add(1, ordering: .relaxed)
        throw error
      }
      return request
    }
    router.registerClientStreaming(Self.collect) { requests, _ in
      var all: [UInt8] = []
      do {
        for try await message in requests { all += message.bytes }
      } catch {
        probe.cancelledCalls.add(1, ordering: .relaxed)
        throw error
      }
      return RawMessage(all)
    }
    router.registerServerStreaming(Self.expand) { request, writer, _ in
      // Request: 4 bytes count, 4 bytes size.
      let bytes = request.bytes
      let count = Int(bytes[0]) << 24 | Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
      let size = Int(bytes[4]) << 24 | Int(bytes[5]) << 16 | Int(bytes[6]) << 8 | Int(bytes[7])
      do {
        for index in 0..<count {
          try await writer.write(RawMessage([UInt8](repeating: UInt8(index & 0xFF), count: size)))
          probe.messagesWritten.add(1, ordering: .relaxed)
        }
      } catch {
        probe.cancelledCalls.add(1, ordering: .relaxed)
        throw error
      }
    }
    router.registerBidirectionalStreaming(Self.bidi) { requests, writer, _ in
      for try await message in requests { try await writer.write(message) }
    }
    router.registerUnary(Self.hold) { request, _ in
      let now = probe.inFlight.add(1, ordering: .relaxed).newValue
      probe.maxInFlight.max(now, ordering: .relaxed)
      try? await Task.sleep(for: .milliseconds(50))
      probe.inFlight.subtract(1, ordering: .relaxed)
      return request
    }
    router.registerClientStreaming(Self.neverRead) { _, _ in
      do {
        try await Task.sleep(for: .seconds(30))
      } catch {
        probe.cancelledCalls.add(1, ordering: .relaxed)
        throw error
      }
      return RawMessage([])
    }
  }

  /// The request of `Expand`: `count` messages of `size` bytes.
  static func expandRequest(count: Int, size: Int) -> RawMessage {
    RawMessage([UInt8(count >> 24 & 0xFF), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF),
                UInt8(size >> 24 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size & 0xFF)])
  }
}
