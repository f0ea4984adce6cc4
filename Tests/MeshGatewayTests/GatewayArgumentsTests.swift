import MeshGatewayProcess
import Testing

/// The command line of `mesh-gateway`, what `mesh serve gateway` passes on when it execs it.
@Suite("mesh-gateway arguments")
struct GatewayArgumentsTests {
  @Test("--file, -f and --file= name the mesh file; none means mesh/mesh.yaml")
  func file() {
    #expect(GatewayArguments.parse(["--file", "a/mesh.yaml"]) == .serve(file: "a/mesh.yaml"))
    #expect(GatewayArguments.parse(["-f", "b.yaml"]) == .serve(file: "b.yaml"))
    #expect(GatewayArguments.parse(["--file=c.yaml"]) == .serve(file: "c.yaml"))
    #expect(GatewayArguments.parse([]) == .serve(file: "mesh/mesh.yaml"))
  }

  @Test("--help, a missing file and anything else")
  func others() {
    #expect(GatewayArguments.parse(["--help"]) == .help)
    #expect(GatewayArguments.parse(["--file"]) == .invalid("--file needs a file"))
    #expect(GatewayArguments.parse(["--port", "1"]) == .invalid("unexpected argument '--port'"))
  }
}
