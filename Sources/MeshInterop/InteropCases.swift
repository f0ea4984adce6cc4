import MeshCore
import MeshProtos

/// The bodies of the interop cases; names and figures are those of doc/interop-test-descriptions.md.
enum InteropCases {
  typealias Client = Grpc_Testing_TestService.Client

  static func emptyUnary(_ client: Client) async throws {
    let response = try await client.emptyCall(Grpc_Testing_Empty())
    try require(response == Grpc_Testing_Empty(), "EmptyCall returned a non-empty message")
  }

  static func largeUnary(_ client: Client) async throws {
    let response = try await client.unaryCall(simpleRequest(responseSize: 314_159, payloadSize: 271_828))
    try checkPayload(response.payload, size: 314_159)
  }

  static func clientCompressedUnary(_ client: Client) async throws {
    // Probe: a request marked as compressed that is not must be refused.
    var probe = simpleRequest(responseSize: 314_159, payloadSize: 271_828)
    probe.expectCompressed = boolValue(true)
    try await requireStatus(.invalidArgument) { _ = try await client.unaryCall(probe) }
    for compressed in [true, false] {
      var request = simpleRequest(responseSize: 314_159, payloadSize: 271_828)
      request.expectCompressed = boolValue(compressed)
      let options = CallOptions(compression: compressed ? .gzip : nil)
      try checkPayload(try await client.unaryCall(request, options: options).payload, size: 314_159)
    }
  }

  static func serverCompressedUnary(_ client: Client) async throws {
    for compressed in [true, false] {
      var request = simpleRequest(responseSize: 314_159, payloadSize: 271_828)
      request.responseCompressed = boolValue(compressed)
      try checkPayload(try await client.unaryCall(request).payload, size: 314_159)
    }
  }

  static func clientStreaming(_ client: Client) async throws {
    let response = try await client.streamingInputCall { writer in
      for size in [27_182, 8, 1_828, 45_904] {
        var request = Grpc_Testing_StreamingInputCallRequest()
        request.payload = payload(size: size)
        try await writer.write(request)
      }
    }
    try require(response.aggregatedPayloadSize == 74_922, "aggregated size \(response.aggregatedPayloadSize), expected 74922")
  }

  static func clientCompressedStreaming(_ client: Client) async throws {
    // Probe: a first message marked as compressed that is not must fail the call.
    try await requireStatus(.invalidArgument) {
      _ = try await client.streamingInputCall { writer in
        var request = Grpc_Testing_StreamingInputCallRequest()
        request.expectCompressed = boolValue(true)
        request.payload = payload(size: 27_182)
        try await writer.write(request, compress: false)
      }
    }
    let response = try await client.streamingInputCall(options: CallOptions(compression: .gzip)) { writer in
      var first = Grpc_Testing_StreamingInputCallRequest()
      first.expectCompressed = boolValue(true)
      first.payload = payload(size: 27_182)
      try await writer.write(first, compress: true)
      var second = Grpc_Testing_StreamingInputCallRequest()
      second.expectCompressed = boolValue(false)
      second.payload = payload(size: 45_904)
      try await writer.write(second, compress: false)
    }
    try require(response.aggregatedPayloadSize == 73_086, "aggregated size \(response.aggregatedPayloadSize), expected 73086")
  }

  static func serverStreaming(_ client: Client, compressed: Bool) async throws {
    let sizes = compressed ? [31_415, 92_653] : [31_415, 9, 2_653, 58_979]
    var request = Grpc_Testing_StreamingOutputCallRequest()
    request.responseParameters = sizes.enumerated().map { index, size in
      var parameters = Grpc_Testing_ResponseParameters()
      parameters.size = Int32(size)
      if compressed { parameters.compressed = boolValue(index == 0) }
      return parameters
    }
    let received = try await client.streamingOutputCall(request) { responses in
      var received: [Int] = []
      for try await response in responses {
        try checkPayload(response.payload, size: response.payload?.body.count ?? -1)
        received.append(response.payload?.body.count ?? -1)
      }
      return received
    }
    try require(received == sizes, "received sizes \(received), expected \(sizes)")
  }

  static func pingPong(_ client: Client) async throws {
    let responseSizes = [31_415, 9, 2_653, 58_979]
    let requestSizes = [27_182, 8, 1_828, 45_904]
    try await client.fullDuplexCall { writer, responses in
      var iterator = responses.makeAsyncIterator()
      for (responseSize, requestSize) in zip(responseSizes, requestSizes) {
        try await writer.write(streamingRequest(responseSize: responseSize, payloadSize: requestSize))
        let response = try await iterator.next()
        try checkPayload(response?.payload, size: responseSize)
      }
      try await writer.finish()
      try require(try await iterator.next() == nil, "more responses than requests")
    }
  }

  static func emptyStream(_ client: Client) async throws {
    try await client.fullDuplexCall { writer, responses in
      try await writer.finish()
      var iterator = responses.makeAsyncIterator()
      try require(try await iterator.next() == nil, "a response to an empty stream")
    }
  }

  static func customMetadata(_ client: Client) async throws {
    let initialValue = "test_initial_metadata_value"
    let trailingValue: [UInt8] = [0xAB, 0xAB, 0xAB]
    var metadata = Metadata()
    metadata.addString(initialValue, forKey: TestServiceProvider.echoInitialKey)
    metadata.addBinary(trailingValue, forKey: TestServiceProvider.echoTrailingKey)

    let unary = try await client.client.unary(
      Grpc_Testing_TestService.Method.unaryCall, request: simpleRequest(responseSize: 314_159, payloadSize: 271_828),
      metadata: metadata)
    try checkPayload(unary.message.payload, size: 314_159)
    try checkEcho(initial: unary.initialMetadata, trailing: unary.trailingMetadata, initialValue, trailingValue)

    try await client.fullDuplexCall(metadata: metadata) { writer, responses in
      try await writer.write(streamingRequest(responseSize: 314_159, payloadSize: 271_828))
      try await writer.finish()
      var iterator = responses.makeAsyncIterator()
      try checkPayload(try await iterator.next()?.payload, size: 314_159)
      try require(try await iterator.next() == nil, "more than one response")
      try checkEcho(initial: try await responses.initialMetadata(), trailing: await responses.trailingMetadata(),
                    initialValue, trailingValue)
    }
  }

  static func statusCodeAndMessage(_ client: Client, message: String) async throws {
    var status = Grpc_Testing_EchoStatus()
    status.code = 2
    status.message = message
    var request = Grpc_Testing_SimpleRequest()
    request.responseStatus = status
    try await requireStatus(.unknown, message: message) { _ = try await client.unaryCall(request) }
    var streaming = Grpc_Testing_StreamingOutputCallRequest()
    streaming.responseStatus = status
    try await requireStatus(.unknown, message: message) {
      try await client.fullDuplexCall { writer, responses in
        try await writer.write(streaming)
        try await writer.finish()
        for try await _ in responses {}
      }
    }
  }

  static func unimplementedMethod(_ client: Client) async throws {
    try await requireStatus(.unimplemented) { _ = try await client.unimplementedCall(Grpc_Testing_Empty()) }
  }

  static func unimplementedService(_ client: GRPCClient) async throws {
    let other = Grpc_Testing_UnimplementedService.Client(wrapping: client)
    try await requireStatus(.unimplemented) { _ = try await other.unimplementedCall(Grpc_Testing_Empty()) }
  }

  static func cancelAfterBegin(_ client: GRPCClient) async throws {
    let stream = try await client.transport.openCall(
      method: Grpc_Testing_TestService.Method.streamingInputCall.descriptor, metadata: [], options: .defaults)
    stream.cancel()
    let (status, _) = await stream.finalStatus()
    try require(status.code == .cancelled, "expected CANCELLED, got \(status)")
  }

  static func cancelAfterFirstResponse(_ client: GRPCClient) async throws {
    let stream = try await client.transport.openCall(
      method: Grpc_Testing_TestService.Method.fullDuplexCall.descriptor, metadata: [], options: .defaults)
    try await stream.send(try streamingRequest(responseSize: 31_415, payloadSize: 27_182).wireBytes(), compress: false)
    let first = try await stream.receive()
    try require(first != nil, "no first response")
    stream.cancel()
    let (status, _) = await stream.finalStatus()
    try require(status.code == .cancelled, "expected CANCELLED, got \(status)")
  }

  static func timeoutOnSleepingServer(_ client: Client) async throws {
    try await requireStatus(.deadlineExceeded) {
      try await client.fullDuplexCall(options: CallOptions(timeout: .milliseconds(1))) { writer, responses in
        try await writer.write(streamingRequest(responseSize: 0, payloadSize: 27_182))
        for try await _ in responses {}
      }
    }
  }

  // MARK: Messages

  static func payload(size: Int) -> Grpc_Testing_Payload { TestServiceProvider.payload(size: size) }

  static func boolValue(_ value: Bool) -> Grpc_Testing_BoolValue {
    var message = Grpc_Testing_BoolValue()
    message.value = value
    return message
  }

  static func simpleRequest(responseSize: Int, payloadSize: Int) -> Grpc_Testing_SimpleRequest {
    var request = Grpc_Testing_SimpleRequest()
    request.responseType = .compressable
    request.responseSize = Int32(responseSize)
    request.payload = payload(size: payloadSize)
    return request
  }

  static func streamingRequest(responseSize: Int, payloadSize: Int) -> Grpc_Testing_StreamingOutputCallRequest {
    var request = Grpc_Testing_StreamingOutputCallRequest()
    var parameters = Grpc_Testing_ResponseParameters()
    parameters.size = Int32(responseSize)
    request.responseParameters = [parameters]
    request.payload = payload(size: payloadSize)
    return request
  }

  static func checkPayload(_ payload: Grpc_Testing_Payload?, size: Int) throws {
    guard let payload else { throw InteropFailure(description: "missing payload") }
    try require(payload.body.count == size, "payload of \(payload.body.count) bytes, expected \(size)")
    try require(payload.body.allSatisfy { $0 == 0 }, "payload bytes are not all zero")
  }

  static func checkEcho(initial: Metadata, trailing: Metadata, _ initialValue: String, _ trailingValue: [UInt8]) throws {
    let echoedInitial = initial.firstString(forKey: TestServiceProvider.echoInitialKey)
    try require(echoedInitial == initialValue, "initial metadata echo: \(echoedInitial ?? "missing")")
    let echoedTrailing = trailing.firstBinary(forKey: TestServiceProvider.echoTrailingKey)
    try require(echoedTrailing == trailingValue, "trailing metadata echo: \(echoedTrailing.map { "\($0)" } ?? "missing")")
  }
}
