// The grpc-swift-2 peer of the benchmark: grpc.testing.TestService over grpc-swift-nio-transport's
// HTTP/2 Posix transport on 127.0.0.1, plaintext or TLS.
//
// usage: GRPCSwiftBenchServer --port N [--tls_cert_file F --tls_key_file F] [--event_loops N]
//                             [--handlers_on_event_loops true|false]
//   --event_loops               event-loop threads (default: the CPUs this process may run on)
//   --handlers_on_event_loops   run Swift concurrency's jobs (the handlers) on those event loops
//                               (default: false, Swift concurrency's own thread pool)
import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2
import NIOCore
import NIOPosix

func usage() -> Never {
    print("""
        usage: GRPCSwiftBenchServer --port N [--tls_cert_file F --tls_key_file F] [--event_loops N] \
        [--handlers_on_event_loops true|false]
        """)
    exit(2)
}

var port: Int?
var certFile: String?
var keyFile: String?
var eventLoops: Int?
var handlersOnEventLoops = false
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
    guard let value = parts.count == 2 ? parts[1] : arguments.popFirst() else { usage() }
    switch parts[0] {
    case "--port": port = Int(value)
    case "--tls_cert_file": certFile = value
    case "--tls_key_file": keyFile = value
    case "--event_loops":
        guard let count = Int(value), (1...1024).contains(count) else { usage() }
        eventLoops = count
    case "--handlers_on_event_loops":
        guard let flag = Bool(value) else { usage() }
        handlersOnEventLoops = flag
    default: usage()
    }
}
guard let port, (1...65535).contains(port), (certFile == nil) == (keyFile == nil) else { usage() }

// One event loop per CPU the process may use, as grpc-swift's own performance worker sizes its group
// (`asyncServerThreads`, else the core count). The transport's default group is NIO's singleton, sized
// by `System.coreCount`, which ignores `taskset`: under run.sh it had two loops on the one pinned CPU.
// The singleton is sized here rather than a group of our own so that `--handlers_on_event_loops` can hand
// Swift concurrency's jobs to the same loops (NIO only installs its singleton as the global executor).
let loopCount = eventLoops ?? allowedCPUCount() ?? System.coreCount
NIOSingletons.groupLoopCountSuggestion = loopCount
if handlersOnEventLoops {
    // Each call's handler task otherwise runs on Swift concurrency's pool and hops back to the loop to
    // write: on one CPU, every hop is a thread switch.
    guard NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor() else {
        FileHandle.standardError.write(Data("cannot install NIO's event loops as the global executor\n".utf8))
        exit(1)
    }
}

let security: HTTP2ServerTransport.Posix.TransportSecurity
if let certFile, let keyFile {
    security = .tls(
        certificateChain: [.file(path: certFile, format: .pem)],
        privateKey: .file(path: keyFile, format: .pem)
    )
} else {
    security = .plaintext
}

let transport = HTTP2ServerTransport.Posix(
    address: .ipv4(host: "127.0.0.1", port: port),
    transportSecurity: security,
    eventLoopGroup: .singletonMultiThreadedEventLoopGroup
)
let server = GRPCServer(transport: transport, services: [TestService()])
try await withThrowingDiscardingTaskGroup { group in
    group.addTask { try await server.serve() }
    if let address = try await transport.listeningAddress.ipv4 {
        // Unbuffered, so a log file shows it at once.
        let line = "grpc-swift-server listening on \(address.host):\(address.port)\(certFile == nil ? "" : " (TLS)")"
            + " with \(loopCount) event loop(s)\(handlersOnEventLoops ? ", handlers on them" : "")\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }
}
