// The grpc-swift-2 peer of the benchmark: grpc.testing.TestService over grpc-swift-nio-transport's
// HTTP/2 Posix transport on 127.0.0.1, plaintext or TLS.
//
// usage: GRPCSwiftBenchServer --port N [--tls_cert_file F --tls_key_file F]
import Foundation
import GRPCCore
import GRPCNIOTransportHTTP2

func usage() -> Never {
    print("usage: GRPCSwiftBenchServer --port N [--tls_cert_file F --tls_key_file F]")
    exit(2)
}

var port: Int?
var certFile: String?
var keyFile: String?
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
    guard let value = parts.count == 2 ? parts[1] : arguments.popFirst() else { usage() }
    switch parts[0] {
    case "--port": port = Int(value)
    case "--tls_cert_file": certFile = value
    case "--tls_key_file": keyFile = value
    default: usage()
    }
}
guard let port, (1...65535).contains(port), (certFile == nil) == (keyFile == nil) else { usage() }

let security: HTTP2ServerTransport.Posix.TransportSecurity
if let certFile, let keyFile {
    security = .tls(
        certificateChain: [.file(path: certFile, format: .pem)],
        privateKey: .file(path: keyFile, format: .pem)
    )
} else {
    security = .plaintext
}

// The transport's default event-loop group has one thread per CPU it may run on: one under run.sh's
// taskset, like the C++ peer.
let transport = HTTP2ServerTransport.Posix(
    address: .ipv4(host: "127.0.0.1", port: port),
    transportSecurity: security
)
let server = GRPCServer(transport: transport, services: [TestService()])
try await withThrowingDiscardingTaskGroup { group in
    group.addTask { try await server.serve() }
    if let address = try await transport.listeningAddress.ipv4 {
        // Unbuffered, so a log file shows it at once.
        let line = "grpc-swift-server listening on \(address.host):\(address.port)\(certFile == nil ? "" : " (TLS)")\n"
        FileHandle.standardOutput.write(Data(line.utf8))
    }
}
