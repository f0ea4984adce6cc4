import Foundation
import MeshConfig
import Testing

/// `mesh check`'s engine on broken files: every problem is found, each with its line and column.
@Suite("mesh file check")
struct MeshFileCheckTests {
  /// The repository's shipped mesh file.
  static let shipped = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("mesh/mesh.yaml").path

  /// Expects exactly the problems at `positions` (line, column, a piece of the message), in file order.
  func expectProblems(_ yaml: String, _ expected: [(Int, Int, String)], sourceLocation: SourceLocation = #_sourceLocation) {
    let check = MeshFileLoader.parse(yaml)
    #expect(!check.isValid, sourceLocation: sourceLocation)
    #expect(check.problems.count == expected.count, "\(check.problems)", sourceLocation: sourceLocation)
    for (problem, (line, column, text)) in zip(check.problems, expected) {
      #expect(problem.line == line && problem.column == column, "\(problem) expected at \(line):\(column)",
              sourceLocation: sourceLocation)
      #expect(problem.message.contains(text), "\(problem) should mention '\(text)'", sourceLocation: sourceLocation)
    }
  }

  @Test("the shipped mesh/mesh.yaml is valid")
  func shippedFileIsValid() throws {
    let check = try MeshFileLoader.load(path: Self.shipped)
    #expect(check.problems == [], "\(check.problems.map(\.description))")
    let file = try #require(check.file)
    #expect(file.allServices.contains { $0.name == "interop" && $0.listen.port == 50051 })
    #expect(file.gateway?.listeners.contains { $0.tls != nil } == true)
    #expect(file.llm?.enabled == false)
    #expect(file.databaseOrDefault.embedded?.data == ".mesh/postgres")
  }

  @Test("an unknown key names itself, the closest known key and the keys expected")
  func unknownKey() {
    expectProblems("""
      version: 1
      servces: []
      """, [(2, 1, "unknown key 'servces'; did you mean 'services'?")])
  }

  @Test("wrong types name what was found and what is expected")
  func wrongTypes() {
    expectProblems("""
      version: 1
      services:
        - name: chat
          replicas: two
          listen: 127.0.0.1:99999
      metrics:
        enabled: yes
      """, [(4, 15, "expected a whole number"), (5, 13, "expected host:port"), (7, 12, "expected true or false, found 'yes'")])
  }

  @Test("a route to a cluster that does not exist")
  func unknownCluster() {
    expectProblems("""
      version: 1
      services:
        - { name: chat, listen: "127.0.0.1:7101" }
      gateway:
        listeners:
          - { name: plain, address: "127.0.0.1:8080" }
        routes:
          - match: { prefix: / }
            cluster: chats
        clusters:
          - { name: chat, service: chat }
      """, [(9, 16, "route to unknown cluster 'chats'; expected one of: chat")])
  }

  @Test("a port used twice, including by a replica's port + i")
  func portUsedTwice() {
    expectProblems("""
      version: 1
      services:
        - name: chat
          replicas: 2
          listen: 127.0.0.1:7101
        - name: nlu
          listen: 0.0.0.0:7102
      gateway:
        listeners:
          - { name: plain, address: "127.0.0.1:7101" }
      """, [(7, 13, "port 7102 is used twice: already taken by services[0].listen (line 5, column 13)"),
            (10, 31, "port 7101 is used twice")])
  }

  @Test("a TLS listener without a certificate")
  func tlsWithoutCertificate() {
    expectProblems("""
      version: 1
      gateway:
        listeners:
          - name: secure
            address: 127.0.0.1:8443
            tls:
              key: certs/server.key
      """, [(7, 9, "missing key 'certificate'")])
  }

  @Test("a response cache and a listener body limit out of range")
  func cacheAndBodyLimit() {
    expectProblems("""
      version: 1
      gateway:
        listeners:
          - { name: edge, address: 127.0.0.1:8080, max_body_bytes: 0 }
        cache:
          ttl: 0s
          max_entries: -1
      """, [(4, 62, "must be a positive number"), (6, 10, "must be longer than 0"), (7, 18, "must be a positive number")])
  }

  @Test("every problem of a file is reported, not only the first")
  func everyProblem() {
    expectProblems("""
      version: 2
      services:
        - name: Chat
          listen: localhost
        - name: nlu
          listen: 127.0.0.1:7111
          colour: blue
      database:
        url: { env: MESH_DATABASE_URL, file: /run/db-url }
      keys:
        - name: pii-hash
          value: s3cret
      """, [(1, 10, "unsupported version 2"),
            (3, 11, "'Chat' is not a valid service name"),
            (4, 13, "expected host:port"),
            (7, 5, "unknown key 'colour'"),
            (9, 8, "has both 'file' and 'env'"),
            (11, 5, "needs 'file:' or 'env:'"),
            (12, 5, "unknown key 'value'")])
  }

  @Test("YAML that does not parse points at the error")
  func invalidYAML() {
    expectProblems("""
      version: 1
      services:
        - name: chat
         listen: [127.0.0.1:7101
      """, [(4, 4, "not valid YAML")])
  }

  @Test("a key written twice")
  func duplicateKey() {
    let check = MeshFileLoader.parse("""
      version: 1
      name: a
      name: b
      """)
    #expect(!check.isValid)
    #expect(check.problems.first?.line == 3 || check.problems.first?.line == 2, "\(check.problems)")
    #expect(check.problems.first?.message.contains("name") == true, "\(check.problems)")
  }

  @Test("an empty file and a missing version")
  func emptyAndMissing() {
    expectProblems("", [(1, 1, "the file is empty")])
    expectProblems("name: x\n", [(1, 1, "missing key 'version'")])
  }

  @Test("a choice lists the allowed names")
  func choice() {
    expectProblems("""
      version: 1
      logging: { level: loud }
      """, [(2, 19, "one of: trace, debug, info, notice, warning, error, critical")])
  }

  @Test("the processor's adapter deadline: read, and refused outside 10ms to 30s where it is written")
  func processorAdapterTimeout() throws {
    let check = MeshFileLoader.parse("version: 1\nprocessor: { adapter_timeout: 1500ms }\n")
    #expect(check.problems == [], "\(check.problems)")
    #expect(check.file?.processor?.adapterTimeout?.milliseconds == 1500)
    expectProblems("""
      version: 1
      processor:
        adapter_timeout: 2m
      """, [(3, 20, "must be from 10ms to 30s (half a turn's 60s lease), not 2m")])
    expectProblems("""
      version: 1
      processor: { adapter_timeout: 5ms }
      """, [(2, 31, "not 5ms")])
    expectProblems("""
      version: 1
      processor: { adapter_timeot: 5s }
      """, [(2, 14, "did you mean 'adapter_timeout'?")])
  }
}
