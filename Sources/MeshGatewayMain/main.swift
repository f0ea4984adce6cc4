// `mesh-gateway`: the edge gateway alone, in a binary that links only what the gateway needs (no services,
// no libpq, no encoder) and the Swift runtime and Foundation statically, so the idle process maps and
// touches far fewer pages than `mesh` (mesh/bench/gateway/README.md has the figures). `mesh serve gateway`
// and `mesh up` exec it when it sits beside `mesh`; users need not know it exists.
import Glibc
// mimalloc is this process's malloc: importing its module links it ahead of libc (docs/ARCHITECTURE.md).
import CMimalloc
import MeshGatewayProcess
import MeshProcessSupport

// mimalloc's options before the process allocates much (Sources/CBindings/CMimalloc/shim.h).
CMimalloc_configure()

switch GatewayArguments.parse(Array(CommandLine.arguments.dropFirst())) {
case .help:
  print(GatewayArguments.usage)
  exit(0)
case .invalid(let reason):
  var message = "mesh-gateway: \(reason)\n\(GatewayArguments.usage)\n"
  message.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
  exit(GatewayProcess.usageStatus)
case .serve(let file):
  // As `mesh serve gateway`: the process's lines in its log format from here on, and no orphan of `mesh up`.
  ServeLogging.bootstrap(service: "gateway")
  SupervisorLink.exitIfOrphaned()
  exit(await GatewayProcess.run(path: file))
}
