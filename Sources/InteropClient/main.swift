// interop-client: runs gRPC's interop test cases against a server and prints one line per case.
// Usage: interop-client --server_host H --server_port N --test_case NAME|all [--use_tls true]
//        [--use_test_ca true] [--server_host_override NAME] [--ca_file F]
import Glibc
// mimalloc is this process's malloc: importing its module links it ahead of libc (docs/ARCHITECTURE.md).
import CMimalloc
import MeshCore
import MeshInterop
import MeshTransport

// mimalloc's options before the process allocates much (Sources/CBindings/CMimalloc/shim.h).
CMimalloc_configure()

let known: Set<String> = ["server_host", "server_port", "test_case", "use_tls", "use_test_ca",
                          "server_host_override", "ca_file"]
let flags: CommandLineFlags
let cases: [InteropTestCase]
do {
  flags = try CommandLineFlags(Array(CommandLine.arguments.dropFirst()), known: known)
  let names = (flags["test_case"] ?? "all").split(separator: ",").map(String.init)
  cases = try names == ["all"] ? InteropTestCase.allCases : names.map { name in
    guard let testCase = InteropTestCase(rawValue: name) else {
      throw InteropFailure(description: "unknown test case '\(name)'; known: \(InteropTestCase.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return testCase
  }
  guard try flags.int("server_port") != nil else { throw InteropFailure(description: "--server_port is required") }
} catch {
  Console.error("interop-client: \(error)")
  exit(2)
}

let group = EventLoopGroup(threads: 1)
var configuration = GRPCChannel.Configuration()
let host = flags["server_host"] ?? "127.0.0.1"
let port = (try? flags.int("server_port")) ?? nil ?? 0
if let override = flags["server_host_override"] { configuration.authority = "\(override):\(port)" }
if flags.bool("use_tls") {
  // --ca_file trusts that CA; --use_test_ca the bundled test CA; otherwise the system's roots.
  let roots: TLSConfiguration.TrustRoots =
    if let file = flags["ca_file"] { .certificates(.file(path: file)) }
    else if flags.bool("use_test_ca") { .certificates(.pem(TestCertificates.caPEM)) }
    else { .systemDefault }
  configuration.tls = .client(trustRoots: roots, serverHostnameOverride: flags["server_host_override"])
}
let channel: GRPCChannel
do {
  channel = try GRPCChannel(host: host, port: port, configuration: configuration, group: group)
} catch {
  Console.error("interop-client: \(error)")
  exit(2)
}
let client = GRPCClient(transport: channel)
var passed = 0
var failed = 0
for testCase in cases {
  do {
    try await testCase.run(with: client)
    passed += 1
    Console.out("PASS \(testCase.rawValue)")
  } catch {
    failed += 1
    Console.out("FAIL \(testCase.rawValue): \(error)")
  }
}
Console.out("\(passed) passed, \(failed) failed")
channel.close()
exit(failed == 0 ? 0 : 1)
