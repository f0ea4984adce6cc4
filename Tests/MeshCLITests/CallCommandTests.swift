import Foundation
import MeshTestSupport
import Testing

/// `mesh call` like grpcurl, through server reflection: against our interop server (`mesh serve interop`)
/// and against a Python grpcio server with grpcio-reflection (v1alpha only), in plaintext, TLS and mutual TLS.
@Suite("mesh call")
struct CallCommandTests {
  static let certificates = Repository.root.appendingPathComponent("mesh/certs/test").path
  static let pythonPeer = Repository.root.appendingPathComponent("Tests/MeshCLITests/Peers/grpcio_reflection_server.py").path

  /// Runs `mesh call ARGUMENTS`, with `input` on standard input when given.
  static func call(_ arguments: [String], input: String? = nil) async throws -> MeshBinary.Result {
    guard let input else { return try await MeshBinary.run(["call"] + arguments, seconds: 60) }
    let script = "input=\"$1\"; shift; printf '%s' \"$input\" | \"$0\" call \"$@\""
    let process = try PeerProcess("/bin/sh", ["-c", script, Repository.product("mesh"), input] + arguments)
    return MeshBinary.Result(status: try await process.waitForExit(seconds: 60), output: process.text)
  }

  /// Our interop server, alone.
  static func interop() async throws -> (PeerProcess, String) {
    let server = try PeerProcess(Repository.product("mesh"), ["serve", "interop", "--port", "0"])
    let line = try await server.waitForLine(startingWith: "mesh serve: interop on", seconds: 60)
    return (server, "127.0.0.1:\(try PeerProcess.port(of: line))")
  }

  /// The grpcio server with reflection.
  static func grpcio(_ arguments: [String] = []) async throws -> (PeerProcess, String) {
    let server = try PeerProcess(try Repository.python, [pythonPeer] + arguments)
    let line = try await server.waitForLine(startingWith: "listening on", seconds: 60)
    return (server, "127.0.0.1:\(try PeerProcess.port(of: line))")
  }

  /// The cases every server must pass: list, list SERVICE, describe, unary, server, client and bidi streaming.
  static func commonCases(_ address: String) async throws {
    let list = try await call(["--plaintext", address, "list"])
    #expect(list.status == 0 && list.output.split(separator: "\n").contains("grpc.testing.TestService"), "\(list.output)")
    let methods = try await call(["--plaintext", address, "list", "grpc.testing.TestService"])
    #expect(methods.output.contains("grpc.testing.TestService.StreamingOutputCall"), "\(methods.output)")
    let message = try await call(["--plaintext", address, "describe", "grpc.testing.SimpleRequest"])
    #expect(message.status == 0 && message.output.contains("grpc.testing.SimpleRequest is a message:")
      && message.output.contains("int32 response_size = 2;"), "\(message.output)")
    let method = try await call(["--plaintext", address, "describe", "grpc.testing.TestService/StreamingInputCall"])
    #expect(method.output.contains("rpc StreamingInputCall ( stream .grpc.testing.StreamingInputCallRequest ) returns ( .grpc.testing.StreamingInputCallResponse );"),
            "\(method.output)")
    let unary = try await call(["--plaintext", address, "grpc.testing.TestService/UnaryCall", "-d", #"{"responseSize": 4}"#])
    #expect(unary.status == 0 && unary.output.contains(#"{"payload":{"body":"AAAAAA=="}}"#), "\(unary.output)")
    let stream = try await call(["--plaintext", address, "grpc.testing.TestService.StreamingOutputCall",
                                 "-d", #"{"responseParameters":[{"size":2},{"size":3}]}"#])
    let lines = stream.output.split(separator: "\n").filter { $0.hasPrefix("{") }
    #expect(lines == [#"{"payload":{"body":"AAA="}}"#, #"{"payload":{"body":"AAAA"}}"#], "\(stream.output)")
    let input = try await call(["--plaintext", address, "grpc.testing.TestService/StreamingInputCall", "-d", "-"],
                               input: "{\"payload\":{\"body\":\"AAA=\"}}\n{\"payload\":{\"body\":\"AAAAAA==\"}}\n")
    #expect(input.status == 0 && input.output.contains(#"{"aggregatedPayloadSize":6}"#), "\(input.output)")
    let failing = try await call(["--plaintext", address, "grpc.testing.TestService/UnaryCall",
                                  "-d", #"{"responseStatus":{"code":5,"message":"nope"}}"#])
    #expect(failing.status == 1 && failing.output.contains("ERROR: NOT_FOUND: nope"), "\(failing.output)")
    let badJSON = try await call(["--plaintext", address, "grpc.testing.TestService/UnaryCall", "-d", #"{"responseSize": "four"}"#])
    #expect(badJSON.status == 1 && badJSON.output.contains("ERROR:") && badJSON.output.contains("responseSize"), "\(badJSON.output)")
    let unknown = try await call(["--plaintext", address, "no.Such/Method"])
    #expect(unknown.status == 1 && unknown.output.contains("not found"), "\(unknown.output)")
    // Metadata with -H reaches the server: the test service echoes these two back, shown by -v on stderr.
    let echoed = try await call(["--plaintext", "-v", "-H", "x-grpc-test-echo-initial: from-mesh-call",
                                 "-H", "x-grpc-test-echo-trailing-bin: AAEC", address, "grpc.testing.TestService/UnaryCall",
                                 "-d", #"{"responseSize": 1}"#])
    let shown = echoed.output.components(separatedBy: "Response trailers received:")
    #expect(echoed.status == 0 && shown.count == 2 && shown[0].contains("Response headers received:")
      && shown[0].contains("\nx-grpc-test-echo-initial: from-mesh-call\n") && shown[1].contains("\nx-grpc-test-echo-trailing-bin: AAEC")
      && echoed.output.contains(#"{"payload":{"body":"AA=="}}"#), "\(echoed.output)")
    // A deadline shorter than the server's pause between messages.
    let late = try await call(["--plaintext", address, "--deadline", "0.5", "grpc.testing.TestService/StreamingOutputCall",
                               "-d", #"{"responseParameters":[{"size":1,"intervalUs":3000000}]}"#])
    #expect(late.status == 1 && late.output.contains("DEADLINE_EXCEEDED"), "\(late.output)")
  }

  @Test("list, describe and call our interop server (unary, streams both ways, from a file and from stdin)")
  func ourServer() async throws {
    let (server, address) = try await Self.interop()
    defer { server.stop() }
    try await Self.commonCases(address)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mesh-call-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data(#"{"responseParameters":[{"size":1}]} {"responseParameters":[{"size":2}]}"#.utf8).write(to: URL(fileURLWithPath: folder + "/r.json"))
    let bidi = try await Self.call(["--plaintext", address, "grpc.testing.TestService/FullDuplexCall", "-d", "@" + folder + "/r.json"])
    #expect(bidi.output.split(separator: "\n").filter { $0.hasPrefix("{") } == [#"{"payload":{"body":"AA=="}}"#, #"{"payload":{"body":"AAA="}}"#],
            "\(bidi.output)")
    let services = try await Self.call(["--plaintext", address, "list"])
    #expect(services.output.contains("grpc.reflection.v1.ServerReflection"), "\(services.output)")
  }

  @Test("the same against Python grpcio with grpcio-reflection (v1alpha)")
  func grpcioServer() async throws {
    let (server, address) = try await Self.grpcio()
    defer { server.stop() }
    try await Self.commonCases(address)
  }

  @Test("TLS with --cacert, mutual TLS with --cert/--key; an untrusted server or a missing client certificate fails")
  func tls() async throws {
    let c = Self.certificates
    let (server, address) = try await Self.grpcio(["--tls", c + "/server.pem", c + "/server.key", "--client-ca", c + "/ca.pem"])
    defer { server.stop() }
    let mutual = try await Self.call(["--cacert", c + "/ca.pem", "--cert", c + "/client.pem", "--key", c + "/client.key", address,
                                      "grpc.testing.TestService/UnaryCall", "-d", #"{"responseSize": 1}"#])
    #expect(mutual.status == 0 && mutual.output.contains(#"{"payload":{"body":"AA=="}}"#), "\(mutual.output)")
    let described = try await Self.call(["--cacert", c + "/ca.pem", "--cert", c + "/client.pem", "--key", c + "/client.key", address,
                                         "describe", "grpc.testing.Payload"])
    #expect(described.output.contains("bytes body = 2;"), "\(described.output)")
    let noClientCertificate = try await Self.call(["--cacert", c + "/ca.pem", "--deadline", "5", address, "list"])
    #expect(noClientCertificate.status == 1 && noClientCertificate.output.contains("ERROR: UNAVAILABLE"), "\(noClientCertificate.output)")
    let untrusted = try await Self.call(["--cacert", c + "/untrusted-ca.pem", "--cert", c + "/client.pem", "--key", c + "/client.key",
                                         "--deadline", "5", address, "list"])
    #expect(untrusted.status == 1 && untrusted.output.contains("did not verify"), "\(untrusted.output)")
    let plaintext = try await Self.call(["--plaintext", "--deadline", "3", address, "list"])
    #expect(plaintext.status == 1, "\(plaintext.output)")
  }

  @Test("wrong flags: usage errors, status 64")
  func wrongFlags() async throws {
    for arguments in [["--plaintext", "--cacert", "x", "127.0.0.1:1", "list"], ["127.0.0.1:1", "describe"], ["--cert", "a", "127.0.0.1:1"],
                      ["127.0.0.1", "list"], ["-H", "novalue", "127.0.0.1:1", "list"], ["--deadline", "-1", "127.0.0.1:1", "list"]] {
      let result = try await Self.call(arguments)
      #expect(result.status == 64, "\(arguments): \(result.output)")
    }
  }
}
