// mesh-stubgen: reads `protoc --descriptor_set_out` and writes the Swift stubs of MeshProtos and the
// descriptor accessors of CMeshProtos. mesh/scripts/generate.sh runs it; see mesh/docs/ADD-A-SERVICE.md.
import Foundation
// mimalloc is this process's malloc: importing its module links it ahead of libc (docs/ARCHITECTURE.md).
import CMimalloc
import MeshGenerator

// mimalloc's options before the process allocates much (Sources/CBindings/CMimalloc/shim.h).
CMimalloc_configure()

let usage = "usage: mesh-stubgen --descriptor-set FILE --swift-out DIR --c-out DIR"

func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("mesh-stubgen: error: \(message)\n".utf8))
  exit(1)
}

var options: [String: String] = [:]
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
  guard ["--descriptor-set", "--swift-out", "--c-out"].contains(flag), let value = arguments.popFirst() else {
    fail("unexpected argument \(flag)\n\(usage)")
  }
  options[flag] = value
}
guard let setPath = options["--descriptor-set"], let swiftOut = options["--swift-out"],
      let cOut = options["--c-out"] else { fail(usage) }
guard let set = FileManager.default.contents(atPath: setPath) else { fail("cannot read \(setPath)") }

do {
  let output = try StubGenerator.generate(descriptorSet: [UInt8](set))
  for (folder, files) in [(swiftOut, output.swift), (cOut, output.c)] {
    for file in files {
      let url = URL(fileURLWithPath: folder).appendingPathComponent(file.path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(file.contents.utf8).write(to: url)
    }
  }
} catch let error as GeneratorError {
  fail(error.description)
} catch {
  fail("\(error)")
}
