/// An exchange as the edge filters left it: their rewritten head (a normalised path, an added request
/// id) and the headers they add to the response.
final class FilteredEdgeExchange: EdgeExchange {
  let request: EdgeRequestHead
  private let base: any EdgeExchange
  private let responseHeaders: [(String, String)]

  init(_ base: any EdgeExchange, request: EdgeRequestHead, responseHeaders: [(String, String)]) {
    self.base = base
    self.request = request
    self.responseHeaders = responseHeaders
  }

  func readBodyChunk() async throws -> [UInt8]? { try await base.readBodyChunk() }

  func writeHead(status: Int, headers: [(String, String)]) async throws {
    try await base.writeHead(status: status, headers: headers + responseHeaders)
  }

  func write(_ bytes: [UInt8]) async throws { try await base.write(bytes) }

  func respond(status: Int, headers: [(String, String)], body: [UInt8]) async throws {
    try await base.respond(status: status, headers: headers + responseHeaders, body: body)
  }

  func finish(trailers: [(String, String)]) { base.finish(trailers: trailers) }
}
