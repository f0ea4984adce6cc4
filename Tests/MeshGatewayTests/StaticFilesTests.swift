import Foundation
import MeshCore
@testable import MeshGateway
import Testing

/// Static files from a temporary folder, through an in-memory exchange.
@Suite("Static web files")
struct StaticFilesTests {
  /// A folder with an index, an asset and its gzip sibling, a hidden file, a secret beside the folder and
  /// links pointing in and out.
  final class Site {
    let base: URL
    let root: URL

    init() throws {
      base = FileManager.default.temporaryDirectory.appendingPathComponent("static-\(UUID().uuidString)")
      root = base.appendingPathComponent("web")
      let manager = FileManager.default
      try manager.createDirectory(at: root.appendingPathComponent("assets"), withIntermediateDirectories: true)
      try manager.createDirectory(at: root.appendingPathComponent("docs"), withIntermediateDirectories: true)
      try Data("<!doctype html><title>chat</title>".utf8).write(to: root.appendingPathComponent("index.html"))
      try Data("<p>docs</p>".utf8).write(to: root.appendingPathComponent("docs/index.html"))
      try Data("console.log('chat')".utf8).write(to: root.appendingPathComponent("assets/app.js"))
      try Data([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]).write(to: root.appendingPathComponent("assets/app.js.gz"))
      try Data("body{}".utf8).write(to: root.appendingPathComponent("assets/site.css"))
      try Data("token".utf8).write(to: root.appendingPathComponent(".env"))
      try Data("secret".utf8).write(to: base.appendingPathComponent("secret.txt"))
      try manager.createSymbolicLink(atPath: root.appendingPathComponent("leak.txt").path,
                                     withDestinationPath: base.appendingPathComponent("secret.txt").path)
      try manager.createSymbolicLink(atPath: root.appendingPathComponent("outside").path, withDestinationPath: base.path)
      try manager.createSymbolicLink(atPath: root.appendingPathComponent("app.js").path,
                                     withDestinationPath: root.appendingPathComponent("assets/app.js").path)
    }

    deinit { try? FileManager.default.removeItem(at: base) }

    func get(_ target: String, method: String = "GET", headers: [(String, String)] = [], secure: Bool = false) async
      -> RESTTestExchange.Response
    {
      let files = StaticFiles(configuration: StaticFilesConfiguration(root: root.path))
      let exchange = RESTTestExchange(method, target, headers: headers, isSecure: secure)
      #expect(files.accepts(exchange.request))
      await files.handle(exchange, dispatcher: RouterDispatcher(services: []))
      #expect(exchange.response.finished)
      return exchange.response
    }
  }

  @Test("Serves files with their content type, cache control and security headers")
  func serving() async throws {
    let site = try Site()
    var response = await site.get("/assets/site.css")
    #expect(response.status == 200)
    #expect(response.body == "body{}")
    #expect(response.header("content-type") == "text/css; charset=utf-8")
    #expect(response.header("cache-control") == "public, max-age=3600")
    #expect(response.header("x-content-type-options") == "nosniff")
    #expect(response.header("content-security-policy")?.contains("default-src 'self'") == true)
    #expect(response.header("referrer-policy") != nil)
    #expect(response.header("strict-transport-security") == nil)
    response = await site.get("/assets/site.css", secure: true)
    #expect(response.header("strict-transport-security")?.hasPrefix("max-age=") == true)
    response = await site.get("/assets/site.css", method: "HEAD")
    #expect(response.status == 200)
    #expect(response.body.isEmpty)
    #expect(response.header("content-length") == "6")
    response = await site.get("/app.js")  // a link that stays inside the folder
    #expect(response.body == "console.log('chat')")
  }

  @Test("The index answers for the root, for folders, and for paths without an extension")
  func indexFallback() async throws {
    let site = try Site()
    for path in ["/", "/chat/42", "/settings"] {
      let response = await site.get(path)
      #expect(response.status == 200, "\(path)")
      #expect(response.body.contains("<title>chat</title>"), "\(path)")
      #expect(response.header("content-type") == "text/html; charset=utf-8")
      #expect(response.header("cache-control") == "no-cache")
    }
    #expect(await site.get("/docs").body == "<p>docs</p>")
    #expect(await site.get("/docs/").body == "<p>docs</p>")
    #expect(await site.get("/missing.png").status == 404)
  }

  @Test("Traversal is refused: .., encoded .., backslashes, NUL; hidden files and links out of the folder are not served",
        arguments: [
          ("/../secret.txt", 400), ("/assets/../../secret.txt", 400), ("/%2e%2e/secret.txt", 400),
          ("/assets/%2E%2E/%2e%2e/secret.txt", 400), ("/..%2fsecret.txt", 400), ("/assets%5c..%5csecret.txt", 400),
          ("/a%00b", 400), ("/bad%zz", 400), ("/.env", 404), ("/leak.txt", 400), ("/outside/secret.txt", 400),
        ])
  func traversal(path: String, status: Int) async throws {
    let site = try Site()
    let response = await site.get(path)
    #expect(response.status == status)
    #expect(!response.body.contains("secret"))
    #expect(!response.body.contains("token"))
  }

  @Test("ETag and If-None-Match give 304; gzip is served when accepted, with Vary")
  func negotiation() async throws {
    let site = try Site()
    let first = await site.get("/assets/app.js")
    let etag = try #require(first.header("etag"))
    #expect(first.header("vary") == "Accept-Encoding")
    #expect(first.header("content-encoding") == nil)
    let revalidated = await site.get("/assets/app.js", headers: [("if-none-match", "\"other\", W/\(etag)")])
    #expect(revalidated.status == 304)
    #expect(revalidated.body.isEmpty)
    #expect(revalidated.header("etag") == etag)
    #expect(await site.get("/assets/app.js", headers: [("if-none-match", "\"other\"")]).status == 200)
    let gzip = await site.get("/assets/app.js", headers: [("accept-encoding", "br, gzip;q=0.8")])
    #expect(gzip.header("content-encoding") == "gzip")
    #expect(gzip.header("content-type") == "text/javascript; charset=utf-8")
    #expect(gzip.chunks.flatMap { $0 } == [0x1f, 0x8b, 8, 0, 0, 0, 0, 0])
    #expect(gzip.header("etag") != etag)
    #expect(await site.get("/assets/app.js", headers: [("accept-encoding", "gzip;q=0")]).header("content-encoding") == nil)
    #expect(await site.get("/assets/app.js.gz").header("content-type") == "application/octet-stream")
  }

  @Test("Only GET and HEAD are taken")
  func methods() {
    let files = StaticFiles(configuration: StaticFilesConfiguration(root: "/nonexistent"))
    #expect(!files.accepts(RESTTestExchange("POST", "/").request))
    #expect(files.accepts(RESTTestExchange("HEAD", "/").request))
  }
}

@Suite("Static files: the chat page of mesh/web")
struct StaticWebFolderTests {
  @Test("The page, its script and style are served with a CSP that allows no inline code")
  func chatPage() async throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("mesh/web")
    let files = StaticFiles(configuration: StaticFilesConfiguration(root: root.path))
    for (path, type) in [("/", "text/html; charset=utf-8"), ("/app.js", "text/javascript; charset=utf-8"),
                         ("/connect.js", "text/javascript; charset=utf-8"), ("/app.css", "text/css; charset=utf-8"),
                         ("/conversation/7", "text/html; charset=utf-8")] {
      let exchange = RESTTestExchange("GET", path)
      await files.handle(exchange, dispatcher: RouterDispatcher(services: []))
      #expect(exchange.response.status == 200, "\(path)")
      #expect(exchange.response.header("content-type") == type, "\(path)")
      let policy = try #require(exchange.response.header("content-security-policy"))
      #expect(!policy.contains("unsafe-inline") && policy.contains("script-src 'self'"))
    }
  }
}
