public import MeshCore
public import MeshProtos

/// The interop test cases of grpc/grpc's doc/interop-test-descriptions.md that this client runs.
public enum InteropTestCase: String, CaseIterable, Sendable {
  case emptyUnary = "empty_unary"
  case largeUnary = "large_unary"
  case clientCompressedUnary = "client_compressed_unary"
  case serverCompressedUnary = "server_compressed_unary"
  case clientStreaming = "client_streaming"
  case clientCompressedStreaming = "client_compressed_streaming"
  case serverStreaming = "server_streaming"
  case serverCompressedStreaming = "server_compressed_streaming"
  case pingPong = "ping_pong"
  case emptyStream = "empty_stream"
  case customMetadata = "custom_metadata"
  case statusCodeAndMessage = "status_code_and_message"
  case specialStatusMessage = "special_status_message"
  case unimplementedMethod = "unimplemented_method"
  case unimplementedService = "unimplemented_service"
  case cancelAfterBegin = "cancel_after_begin"
  case cancelAfterFirstResponse = "cancel_after_first_response"
  case timeoutOnSleepingServer = "timeout_on_sleeping_server"

  /// Runs the case against a server.
  /// - Parameter client: a client connected to the server under test.
  /// - Throws: `InteropFailure` (or the call's `RPCError`) when the server does not behave as the case
  ///   requires.
  public func run(with client: GRPCClient) async throws {
    let test = Grpc_Testing_TestService.Client(wrapping: client)
    switch self {
    case .emptyUnary: try await InteropCases.emptyUnary(test)
    case .largeUnary: try await InteropCases.largeUnary(test)
    case .clientCompressedUnary: try await InteropCases.clientCompressedUnary(test)
    case .serverCompressedUnary: try await InteropCases.serverCompressedUnary(test)
    case .clientStreaming: try await InteropCases.clientStreaming(test)
    case .clientCompressedStreaming: try await InteropCases.clientCompressedStreaming(test)
    case .serverStreaming: try await InteropCases.serverStreaming(test, compressed: false)
    case .serverCompressedStreaming: try await InteropCases.serverStreaming(test, compressed: true)
    case .pingPong: try await InteropCases.pingPong(test)
    case .emptyStream: try await InteropCases.emptyStream(test)
    case .customMetadata: try await InteropCases.customMetadata(test)
    case .statusCodeAndMessage: try await InteropCases.statusCodeAndMessage(test, message: "test status message")
    case .specialStatusMessage:
      try await InteropCases.statusCodeAndMessage(
        test, message: "\t\ntest with whitespace\r\nand Unicode BMP \u{263A} and non-BMP \u{1F608}\t\n")
    case .unimplementedMethod: try await InteropCases.unimplementedMethod(test)
    case .unimplementedService: try await InteropCases.unimplementedService(client)
    case .cancelAfterBegin: try await InteropCases.cancelAfterBegin(client)
    case .cancelAfterFirstResponse: try await InteropCases.cancelAfterFirstResponse(client)
    case .timeoutOnSleepingServer: try await InteropCases.timeoutOnSleepingServer(test)
    }
  }
}

/// A check of an interop case that did not hold.
public struct InteropFailure: Error, CustomStringConvertible {
  /// What was expected and what came.
  public let description: String

  /// Creates a failure.
  /// - Parameter description: what was expected and what came.
  public init(description: String) { self.description = description }
}

/// Fails the case with `message` unless `condition` holds.
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws {
  if !condition { throw InteropFailure(description: message()) }
}

/// Expects `body` to fail with `code`; `message`, when given, must match too.
func requireStatus(_ code: Status.Code, message: String? = nil, _ body: () async throws -> Void) async throws {
  do {
    try await body()
  } catch let error as RPCError {
    try require(error.code == code, "expected \(code), got \(error)")
    if let message { try require(error.message == message, "expected message \(message.debugDescription), got \(error.message.debugDescription)") }
    return
  }
  throw InteropFailure(description: "expected \(code), the call succeeded")
}
