public import MeshCore
public import MeshProtos

/// `grpc.testing.TestService` as grpc/grpc's interop server implements it
/// (doc/interop-test-descriptions.md, "Server").
public struct TestServiceProvider: Grpc_Testing_TestService.ServiceProtocol {
  static let echoInitialKey = "x-grpc-test-echo-initial"
  static let echoTrailingKey = "x-grpc-test-echo-trailing-bin"

  /// Creates the service.
  public init() {}

  /// Returns an empty message.
  public func emptyCall(request: Grpc_Testing_Empty, context: ServerContext) async throws -> Grpc_Testing_Empty {
    echoMetadata(context)
    return Grpc_Testing_Empty()
  }

  /// Returns a payload of the requested size, or the requested status.
  public func unaryCall(request: Grpc_Testing_SimpleRequest, context: ServerContext) async throws
    -> Grpc_Testing_SimpleResponse
  {
    echoMetadata(context)
    try checkCompression(expected: request.expectCompressed, context: context)
    if let status = request.responseStatus, status.code != 0 {
      throw RPCError(code: Status.Code(rawValue: Int(status.code)), message: status.message)
    }
    context.compressResponses = request.responseCompressed?.value ?? false
    var response = Grpc_Testing_SimpleResponse()
    response.payload = Self.payload(size: Int(request.responseSize))
    return response
  }

  /// Like `unaryCall`; a real server would let caches keep the response.
  public func cacheableUnaryCall(request: Grpc_Testing_SimpleRequest, context: ServerContext) async throws
    -> Grpc_Testing_SimpleResponse
  {
    try await unaryCall(request: request, context: context)
  }

  /// Streams one payload per response parameter, after its interval.
  public func streamingOutputCall(request: Grpc_Testing_StreamingOutputCallRequest,
                                  response: ResponseWriter<Grpc_Testing_StreamingOutputCallResponse>,
                                  context: ServerContext) async throws {
    if let status = request.responseStatus, status.code != 0 {
      throw RPCError(code: Status.Code(rawValue: Int(status.code)), message: status.message)
    }
    for parameters in request.responseParameters {
      try await write(parameters, to: response)
    }
  }

  /// Sums the sizes of the payloads received.
  public func streamingInputCall(request: RequestStream<Grpc_Testing_StreamingInputCallRequest>,
                                 context: ServerContext) async throws -> Grpc_Testing_StreamingInputCallResponse {
    var total = 0
    for try await message in request {
      try checkCompression(expected: message.expectCompressed, context: context)
      total += message.payload?.body.count ?? 0
    }
    var response = Grpc_Testing_StreamingInputCallResponse()
    response.aggregatedPayloadSize = Int32(total)
    return response
  }

  /// Answers each request at once with the payloads it asks for.
  public func fullDuplexCall(request: RequestStream<Grpc_Testing_StreamingOutputCallRequest>,
                             response: ResponseWriter<Grpc_Testing_StreamingOutputCallResponse>,
                             context: ServerContext) async throws {
    echoMetadata(context)
    for try await message in request {
      if let status = message.responseStatus, status.code != 0 {
        throw RPCError(code: Status.Code(rawValue: Int(status.code)), message: status.message)
      }
      for parameters in message.responseParameters {
        try await write(parameters, to: response)
      }
    }
  }

  /// Reads every request first, then answers them in order.
  public func halfDuplexCall(request: RequestStream<Grpc_Testing_StreamingOutputCallRequest>,
                             response: ResponseWriter<Grpc_Testing_StreamingOutputCallResponse>,
                             context: ServerContext) async throws {
    var requests: [Grpc_Testing_StreamingOutputCallRequest] = []
    for try await message in request { requests.append(message) }
    for message in requests {
      for parameters in message.responseParameters { try await write(parameters, to: response) }
    }
  }

  /// Not implemented, on purpose: the `unimplemented_method` case expects UNIMPLEMENTED.
  public func unimplementedCall(request: Grpc_Testing_Empty, context: ServerContext) async throws -> Grpc_Testing_Empty {
    throw RPCError(code: .unimplemented, message: "UnimplementedCall is not implemented, by design.")
  }

  // MARK: Helpers

  private func write(_ parameters: Grpc_Testing_ResponseParameters,
                     to writer: ResponseWriter<Grpc_Testing_StreamingOutputCallResponse>) async throws {
    if parameters.intervalUs > 0 { try await Task.sleep(for: .microseconds(Int(parameters.intervalUs))) }
    var message = Grpc_Testing_StreamingOutputCallResponse()
    message.payload = Self.payload(size: Int(parameters.size))
    try await writer.write(message, compress: parameters.compressed?.value ?? false)
  }

  /// Fails with INVALID_ARGUMENT when a request was expected compressed and was not, as the interop
  /// server must (client_compressed_unary / client_compressed_streaming).
  private func checkCompression(expected: Grpc_Testing_BoolValue?, context: ServerContext) throws {
    guard let expected, expected.value, !context.lastRequestWasCompressed else { return }
    throw RPCError(code: .invalidArgument, message: "The request was expected to be compressed, and was not.")
  }

  /// Copies the echo keys of the request's metadata into the response's headers and trailers.
  private func echoMetadata(_ context: ServerContext) {
    if let value = context.requestMetadata.firstString(forKey: Self.echoInitialKey) {
      var initial = context.initialResponseMetadata
      initial.addString(value, forKey: Self.echoInitialKey)
      context.initialResponseMetadata = initial
    }
    if let value = context.requestMetadata.firstBinary(forKey: Self.echoTrailingKey) {
      var trailing = context.trailingResponseMetadata
      trailing.addBinary(value, forKey: Self.echoTrailingKey)
      context.trailingResponseMetadata = trailing
    }
  }

  static func payload(size: Int) -> Grpc_Testing_Payload {
    var payload = Grpc_Testing_Payload()
    payload.type = .compressable
    payload.body = ZeroPayloads.body(size: size)
    return payload
  }
}
