import MeshCore

/// Raw-byte methods: echo, failure, sleep, and one of each streaming kind.
struct RawEchoService: RegistrableRPCService {
  static func method(_ name: String, _ kind: RPCKind = .unary) -> RPCMethod<RawMessage, RawMessage> {
    RPCMethod(MethodDescriptor(service: "mesh.test.Echo", method: name), kind: kind)
  }
  static let unary = method("Unary")
  static let fail = method("Fail")
  static let sleep = method("Sleep")
  static let collect = method("Collect", .clientStreaming)
  static let expand = method("Expand", .serverStreaming)
  static let bidi = method("Bidi", .bidirectionalStreaming)

  let log: CallLog

  func registerMethods(with router: inout RPCRouter) {
    let log = self.log
    router.registerUnary(Self.unary) { request, context in
      log.calls.add(1, ordering: .relaxed)
      log.append("handler")
      context.initialResponseMetadata = context.requestMetadata
      context.trailingResponseMetadata = [("x-trailer", "done")]
      return request
    }
    router.registerUnary(Self.fail) { request, _ in
      throw RPCError(code: .failedPrecondition, message: "bad: \(String(decoding: request.bytes, as: UTF8.self))",
                     metadata: [("x-detail", "why")])
    }
    router.registerUnary(Self.sleep) { request, _ in
      log.calls.add(1, ordering: .relaxed)
      do {
        try await Task.sleep(for: .seconds(30))
      } catch {
        log.cancelledCalls.add(1, ordering: .relaxed)
        throw error
      }
      return request
    }
    router.registerClientStreaming(Self.collect) { requests, _ in
      var all: [UInt8] = []
      for try await message in requests { all += message.bytes }
      return RawMessage(all)
    }
    router.registerServerStreaming(Self.expand) { request, writer, _ in
      // Request: one byte, the count of one-byte messages to send.
      do {
        for index in 0..<Int(request.bytes.first ?? 0) * 10 {
          try await writer.write(RawMessage([UInt8(index & 0xFF)]))
          log.messagesWritten.add(1, ordering: .relaxed)
        }
      } catch {
        log.cancelledCalls.add(1, ordering: .relaxed)
        throw error
      }
    }
    router.registerBidirectionalStreaming(Self.bidi) { requests, writer, _ in
      do {
        for try await message in requests { try await writer.write(message) }
      } catch {
        log.cancelledCalls.add(1, ordering: .relaxed)
        throw error
      }
    }
  }
}
