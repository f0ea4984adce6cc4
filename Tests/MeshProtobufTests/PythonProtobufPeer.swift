import Foundation
import MeshProtos

/// Python's protobuf (installed with grpcio in `.venv` by `mesh/scripts/install-deps.sh --test-peers`) as
/// a second implementation of the proto3 JSON mapping, loaded with our reflection registry's descriptors.
enum PythonProtobufPeer {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  private static let script = """
    import sys
    from google.protobuf import descriptor_pb2, descriptor_pool, json_format, message_factory
    mode, type_name, set_path = sys.argv[1:4]
    files = descriptor_pb2.FileDescriptorSet.FromString(open(set_path, "rb").read())
    pool = descriptor_pool.DescriptorPool()
    for f in files.file:
        pool.Add(f)
    cls = message_factory.GetMessageClass(pool.FindMessageTypeByName(type_name))
    data = sys.stdin.buffer.read()
    if mode == "json2bin":
        sys.stdout.buffer.write(json_format.Parse(data.decode("utf-8"), cls()).SerializeToString())
    else:
        sys.stdout.write(json_format.MessageToJson(cls.FromString(data)))
    """

  /// Every registered file as one serialized FileDescriptorSet (field 1, repeated).
  static func descriptorSet() -> [UInt8] {
    var bytes: [UInt8] = []
    for file in ProtoRegistry.files {
      bytes.append(0x0A)
      var length = file.serializedDescriptor.count
      repeat {
        bytes.append(UInt8(length & 0x7F) | (length > 0x7F ? 0x80 : 0))
        length >>= 7
      } while length > 0
      bytes += file.serializedDescriptor
    }
    return bytes
  }

  /// Runs the peer: `json2bin` parses JSON and prints protobuf bytes, `bin2json` the reverse.
  static func run(_ mode: String, type: String, input: [UInt8]) async throws -> [UInt8] {
    let python = root.appendingPathComponent(".venv/bin/python").path
    guard FileManager.default.isExecutableFile(atPath: python) else {
      throw Failure(description: "no Python test peer at \(python): run mesh/scripts/install-deps.sh --test-peers")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pypeer-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let scriptURL = folder.appendingPathComponent("peer.py"), setURL = folder.appendingPathComponent("set.pb")
    try Data(script.utf8).write(to: scriptURL)
    try Data(descriptorSet()).write(to: setURL)
    let run = try await PeerRun.run(python, [scriptURL.path, mode, type, setURL.path], input: input)
    guard run.status == 0 else { throw Failure(description: run.errors) }
    return run.output
  }
}
