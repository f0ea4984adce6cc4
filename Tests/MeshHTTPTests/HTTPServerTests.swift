import Foundation
import MeshHTTP
import Testing

/// The server over real sockets, with curl, Python's http.client and requests, and raw sockets.
@Suite struct HTTPServerTests {
  @Test func answersCurlWithKeepAliveChunkedUploadsAndStreams() async throws {
    let service = try TestHTTPService()
    do {
      let base = "http://127.0.0.1:\(service.port)"
      // Two URLs on one curl run share the connection: curl says it re-used it.
      let reuse = try await service.curl(["-v", "\(base)/hello", "\(base)/items/a%20b"])
      #expect(reuse.contains("hello"))
      #expect(reuse.contains("{\"id\":\"a b\"}"))
      #expect(reuse.contains("Re-using existing connection") || reuse.contains("Reusing existing connection"))
      let chunked = try await service.curl(["-H", "Transfer-Encoding: chunked", "--data-binary", "abc123", "\(base)/echo"])
      #expect(chunked == "abc123")
      let continued = try await service.curl(["-v", "-H", "Expect: 100-continue", "--data-binary", "payload",
                                              "\(base)/echo"])
      #expect(continued.contains("HTTP/1.1 100 Continue"))
      #expect(continued.hasSuffix("payload"))
      let streamed = try await service.curl(["-i", "\(base)/stream"])
      #expect(streamed.contains("Transfer-Encoding: chunked"))
      #expect(streamed.contains("{\"line\":4}"))
      let missing = try await service.curl(["-o", "/dev/null", "-w", "%{http_code}", "\(base)/nowhere"])
      #expect(missing == "404")
    } catch {
      await service.stop()
      throw error
    }
    await service.stop()
  }

  @Test func answersPythonClients() async throws {
    let service = try TestHTTPService()
    do {
      let plain = try await service.peer(["httpclient", "\(service.port)"])
      #expect(plain["same_connection"] as? Bool == true)
      #expect((plain["results"] as? [[Any]])?.count == 5)
      #expect(plain["echoed"] as? Int == 100_000)
      let head = plain["head"] as? [Any]
      #expect(head?[0] as? Int == 200)
      #expect(head?[1] as? String == "5")
      let fancy = try await service.peer(["requests", "\(service.port)"])
      let json = fancy["json"] as? [Any]
      #expect(json?[0] as? Int == 200)
      #expect((json?[1] as? [String: Any])?["name"] as? String == "café")
      #expect((fancy["chunked_upload"] as? [Any])?[1] as? String == (0..<10).map { "piece \($0);" }.joined())
      let stream = fancy["stream"] as? [Any]
      #expect(stream?[1] as? String == "chunked")
      #expect((stream?[2] as? [String])?.count == 5)
      #expect(fancy["missing"] as? Int == 404)
      #expect((fancy["method"] as? [Int]) == [405])
      #expect(fancy["failed_stream"] as? String == "error")
    } catch {
      await service.stop()
      throw error
    }
    await service.stop()
  }

  @Test func answersPipelinedRequestsInOrderAndHonoursConnectionClose() async throws {
    let service = try TestHTTPService()
    do {
      let result = try await service.raw("GET /items/1 HTTP/1.1\r\nHost: a\r\n\r\nGET /slow HTTP/1.1\r\nHost: a\r\n\r\n"
                                         + "GET /items/3 HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", wait: 10)
      #expect(result.statuses == [200, 200, 200])
      #expect(result.closed)
      let order = ["{\"id\":\"1\"}", "late", "{\"id\":\"3\"}"].compactMap { result.text.range(of: $0)?.lowerBound }
      #expect(order.count == 3 && order == order.sorted())
      #expect(result.text.contains("Connection: close"))
    } catch {
      await service.stop()
      throw error
    }
    await service.stop()
  }

  @Test func keepsHTTP10ConnectionsAliveOnlyWhenAskedAndSaysSo() async throws {
    let service = try TestHTTPService()
    do {
      let result = try await service.raw("GET /hello HTTP/1.0\r\nConnection: keep-alive\r\n\r\nGET /hello HTTP/1.0\r\n\r\n")
      #expect(result.statuses == [200, 200])
      #expect(result.closed)
      #expect(result.text.contains("Connection: keep-alive"))
      #expect(result.text.contains("Connection: close"))
    } catch {
      await service.stop()
      throw error
    }
    await service.stop()
  }

  @Test(arguments: [
    "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 6\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /hello HTTP/1.1\r\nHost: a\r\n\r\n",
    "POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 40\r\n\r\nabc",
    "POST /echo HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n-1\r\nx\r\n0\r\n\r\n",
    "GET /hello HTTP/1.1\r\nHost: a\r\nX: a\r\n b\r\n\r\n",
  ])
  func refusesSmugglingOverSocketsAndCloses(attack: String) async throws {
    let service = try TestHTTPService()
    do {
      let result = try await service.raw("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n" + attack)
      #expect(result.statuses == [200, 400])
      #expect(result.closed)
    } catch {
      await service.stop()
      throw error
    }
    await service.stop()
  }

  @Test func refusesOversizedPartsWith413And431() async throws {
    let limits = HTTPDecoderLimits(maxHeaderBytes: 1024, maxBodyBytes: 1000)
    let service = try TestHTTPService(configuration: HTTPServerConfiguration(limits: limits))
    do {
      let body = try await service.raw("POST /echo HTTP/1.1\r\nHost: a\r\nContent-Length: 5000\r\n\r\n")
      #expect(body.statuses == [413])
      let headers = try await service.raw("GET /hello HTTP/1.1\r\nHost: a\r\nX: \(String(repeating: "y", count: 2000))\r\n\r\n")
      #expect(headers.statuses == [431])
      let upload = try await service.curl(["-o", "/dev/null", "-w", "%{http_code}", "--data-binary",
                                           String(repeating: "z", count: 5000), "http://127.0.0.1:\(service.port)/echo"])
      #expect(upload == "413")
    } catch {
      await service.stop()
      throw error
    }
    await service.stop()
  }

  @Test func timesOutSlowHeadsAndIdleConnections() async throws {
    let configuration = HTTPServerConfiguration(headerReadTimeout: .milliseconds(300), idleTimeout: .milliseconds(500))
    let service = try TestHTTPService(configuration: configuration)
    do {
      let slow = try await service.raw("GET /hello HTTP/1.1\r\nHost: a\r\n", wait: 5)
      #expect(slow.statuses == [408])
      #expect(slow.closed)
      let idle = try await service.raw("GET /hello HTTP/1.1\r\nHost: a\r\n\r\n", wait: 5)
      #expect(idle.statuses == [200])
      #expect(idle.closed)
      #expect(service.server.openConnections == 0)
    } catch {
      await service.stop()
      throw error
    }
    await service.stop()
  }
}
