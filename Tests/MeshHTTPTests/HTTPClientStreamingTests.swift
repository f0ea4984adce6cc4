import MeshHTTP
import MeshTransport
import Testing

/// `HTTPClient.stream`: the head first, then the body piece by piece as the server writes it; the
/// timeout covers the body too; a consumer that stops listening closes the connection.
@Suite struct HTTPClientStreamingTests {
  @Test func theBodyArrivesInPiecesAfterTheHead() async throws {
    let service = try TestHTTPService()
    let client = HTTPClient(group: service.group)
    do {
      // A generous deadline: a loaded machine must not fail this for slowness.
      let (head, body) = try await client.stream(try HTTPClientRequest(method: "GET", url: "http://127.0.0.1:\(service.port)/drip"),
                                                 timeout: .seconds(60))
      #expect(head.status == 200 && head.headers["Content-Type"] == "text/event-stream" && head.body.isEmpty)
      var pieces: [[UInt8]] = []
      for try await piece in body { pieces.append(piece) }
      // Written 300 ms apart, read as they came: not one buffered body.
      #expect(pieces.count >= 3)
      #expect(String(decoding: pieces.flatMap { $0 }, as: UTF8.self) == "data: 0\n\ndata: 1\n\ndata: 2\n\n")
      // The usual call still works beside it.
      #expect(try await client.execute(HTTPClientRequest(method: "GET", host: "127.0.0.1", port: service.port, target: "/items/1")).status == 200)
    } catch {
      client.shutdown()
      await service.stop()
      throw error
    }
    client.shutdown()
    await service.stop()
  }

  @Test func theTimeoutEndsABodyThatDoesNotEndAndStoppingClosesTheConnection() async throws {
    let service = try TestHTTPService()
    let client = HTTPClient(group: service.group)
    do {
      let request = try HTTPClientRequest(method: "GET", url: "http://127.0.0.1:\(service.port)/drip-forever")
      // The body never ends: the deadline ends it (on a loaded machine it may pass before the head even comes).
      await #expect(throws: HTTPClientError.timeout) {
        let (head, body) = try await client.stream(request, timeout: .seconds(2))
        #expect(head.status == 200)
        for try await _ in body {}
      }

      // One piece, then the stream is dropped (as a consumer that has what it wanted drops it).
      try await {
        let (_, endless) = try await client.stream(request, timeout: .seconds(30))
        for try await _ in endless { break }
      }()
      // The server sees the connection go.
      var open = service.server.openConnections
      for _ in 0..<100 where open > 0 {
        try await Task.sleep(for: .milliseconds(50))
        open = service.server.openConnections
      }
      #expect(open == 0)
    } catch {
      client.shutdown()
      await service.stop()
      throw error
    }
    client.shutdown()
    await service.stop()
  }
}
