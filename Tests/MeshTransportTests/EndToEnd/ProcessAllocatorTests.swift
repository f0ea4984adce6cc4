import Foundation
import MeshTestSupport
import Testing

/// The shipped executables run on mimalloc, not glibc's malloc (docs/ARCHITECTURE.md, "The process's
/// allocator"): the dynamic linker itself is asked where every library's `malloc`, `free`, `calloc` and
/// `realloc` bind (`LD_DEBUG=bindings` with `LD_BIND_NOW`, so every reference binds at start).
@Suite("Process allocator", .serialized)
struct ProcessAllocatorTests {
  /// Under AddressSanitizer its interceptors, linked into the executable, win over mimalloc.
  static let underAddressSanitizer = dlsym(nil, "__asan_init") != nil

  /// The dynamic linker's bindings of the allocation functions, as (from, to) file pairs, for `product`
  /// run with `arguments` until it prints `line` (then stopped) or exits.
  static func allocationBindings(_ product: String, _ arguments: [String], until line: String?) async throws
    -> [(from: String, to: String)] {
    let log = NSTemporaryDirectory() + "bindings-\(UUID().uuidString)"
    let process = try PeerProcess(Repository.product(product), arguments,
                                  variables: ["LD_DEBUG": "bindings", "LD_BIND_NOW": "1", "LD_DEBUG_OUTPUT": log])
    if let line {
      _ = try await process.waitForLine(startingWith: line)
      process.stop()
    }
    _ = try await process.waitForExit(seconds: 30)
    // The loader writes LOG.PID.
    let path = "\(log).\(process.processIdentifier)"
    defer { try? FileManager.default.removeItem(atPath: path) }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let functions = ["malloc", "free", "calloc", "realloc"]
    return text.split(separator: "\n").compactMap { entry in
      // "  PID: binding file FROM [0] to TO [0]: normal symbol `malloc' [GLIBC_2.2.5]"
      guard functions.contains(where: { entry.contains("symbol `\($0)'") }),
            let from = entry.range(of: "binding file "), let to = entry.range(of: " to ", range: from.upperBound..<entry.endIndex),
            let end = entry.range(of: ": normal symbol", range: to.upperBound..<entry.endIndex) else { return nil }
      return (String(entry[from.upperBound..<to.lowerBound]), String(entry[to.upperBound..<end.lowerBound]))
    }
  }

  /// How each product is run for the check: its arguments, and the line it prints once serving (nil: it exits).
  static let runs: [String: (arguments: [String], line: String?)] = [
    "interop-server": (["--port", "0", "--host", "127.0.0.1"], "interop-server: listening on"),
    "mesh-gateway": (["--help"], nil),
    "mesh": (["--version"], nil),
    // The chat benchmark measures the services' CPU per turn: on glibc's malloc it measured another process.
    "ChatBenchmark": (["--help"], nil),
  ]

  @Test("malloc and free of every library bind to mimalloc", arguments: ["interop-server", "mesh-gateway", "mesh", "ChatBenchmark"])
  func bindsToMimalloc(product: String) async throws {
    let run = try #require(Self.runs[product])
    let (arguments, line) = run
    let bindings = try await Self.allocationBindings(product, arguments, until: line)
    // libc, libswiftCore, nghttp2, OpenSSL...: many libraries call malloc; none may be left on glibc's.
    #expect(bindings.count > 5, "\(bindings)")
    for binding in bindings {
      if Self.underAddressSanitizer {
        #expect(!binding.to.contains("libc.so") && !binding.to.contains("libmimalloc"), "\(binding)")
      } else {
        #expect(binding.to.contains("libmimalloc.so"), "\(binding)")
      }
    }
  }
}
