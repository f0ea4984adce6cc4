import Foundation
@testable import MeshGenerator
import MeshTestSupport
import Testing

/// The C names the generated accessors use must be the ones protoc-c declares: checked against the real
/// protoc-c on awkward names.
@Suite struct ProtocCNamingTests {
  static let proto = """
    syntax = "proto3";
    package odd.Names_v2;
    message HTTPRequest {
      message URLPart { string v = 1; }
      message inner_lower { int32 x = 1; }
      URLPart part = 1;
    }
    message My_Message2 {
      message A1B2c { bool b = 1; }
    }
    message snake_case_message {}
    """

  @Test func accessorNamesMatchProtocCDeclarations() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cnames-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(Self.proto.utf8).write(to: folder.appendingPathComponent("odd.proto"))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["protoc-c", "-I", folder.path, "--c_out=\(folder.path)", "odd.proto"]
    #expect(try await exitStatus(of: process) == 0)
    let header = try String(contentsOf: folder.appendingPathComponent("odd.pb-c.h"), encoding: .utf8)
    for name in ["odd.Names_v2.HTTPRequest", "odd.Names_v2.HTTPRequest.URLPart", "odd.Names_v2.HTTPRequest.inner_lower",
                 "odd.Names_v2.My_Message2", "odd.Names_v2.My_Message2.A1B2c", "odd.Names_v2.snake_case_message"] {
      let declaration = "extern const ProtobufCMessageDescriptor \(SwiftNaming.cLowerName(name))__descriptor;"
      #expect(header.contains(declaration), "\(name): \(declaration)")
    }
  }
}
