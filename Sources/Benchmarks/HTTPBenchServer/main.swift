// The HTTP/1.1 server of MeshHTTP answering `GET /hello` with a short text, for mesh/bench/http1/run.sh
// (requests/s beside nginx and a Python server, measured by ab). Prints "listening on PORT".
import MeshHTTP
import MeshTransport
import Glibc

let arguments = CommandLine.arguments
let port = arguments.firstIndex(of: "--port").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil } ?? 0
let threads = arguments.firstIndex(of: "--threads").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil }
  ?? EventLoopGroup.coreCount

var router = HTTPRouter()
router.add("GET", "/hello") { _ in .text(200, "hello, world\n") }
let group = EventLoopGroup(threads: threads)
let server = HTTPServer(handler: router, configuration: HTTPServerConfiguration(port: port), group: group)
do {
  let address = try server.start()
  print("listening on \(address.port)")
} catch {
  print("cannot listen: \(error)")
  exit(1)
}
while true { try await Task.sleep(for: .seconds(3600)) }
