import MeshCore
import MeshInterop
import Testing

/// The interop cases against our TestService through the in-memory transport: the generated service
/// and client run exactly as over HTTP/2, without sockets.
@Suite("Interop cases in memory")
struct InMemoryInteropTests {
  /// The cases that check a request's Compressed-Flag on the wire, which the in-memory transport does
  /// not compress (the server-compressed cases pass: the client cannot tell).
  static let wireOnly: Set<InteropTestCase> = [.clientCompressedUnary, .clientCompressedStreaming]

  @Test(arguments: InteropTestCase.allCases.filter { !wireOnly.contains($0) })
  func interopCaseInMemory(_ testCase: InteropTestCase) async throws {
    let client = GRPCClient(transport: InMemoryTransport(services: [TestServiceProvider()]))
    try await testCase.run(with: client)
  }
}
