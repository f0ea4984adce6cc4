import Foundation
import MeshHTTP
import MeshPostgres

/// JSON in and out of the API, and the translation of failures into error bodies.
enum JSONResponses {
  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.keyEncodingStrategy = .convertToSnakeCase
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  static let decoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return decoder
  }()

  static func ok(_ value: some Encodable, status: Int = 200) throws -> HTTPResponse {
    HTTPResponse(status: status, headers: ["Content-Type": "application/json"],
                 body: .bytes(Array(try encoder.encode(value))))
  }

  static func error(_ error: MarketplaceError) -> HTTPResponse {
    struct Body: Encodable {
      struct Detail: Encodable {
        let code: String
        let message: String
      }
      let error: Detail
    }
    let bytes = (try? encoder.encode(Body(error: .init(code: error.code, message: error.message)))).map(Array.init) ?? []
    return HTTPResponse(status: error.status, headers: ["Content-Type": "application/json"], body: .bytes(bytes))
  }

  /// Decodes a JSON request body.
  static func body<T: Decodable>(_ type: T.Type, from request: HTTPRequest) throws -> T {
    guard !request.body.isEmpty else { throw MarketplaceError.badRequest("a JSON body is required") }
    do {
      return try decoder.decode(T.self, from: Data(request.body))
    } catch {
      throw MarketplaceError.badRequest("the body is not the expected JSON: \(Self.describe(error))")
    }
  }

  private static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): "missing field \(key.stringValue)"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
    default: "malformed JSON"
    }
  }

  /// Runs a handler and turns what it throws into the right error response.
  static func guarded(_ body: () async throws -> HTTPResponse) async -> HTTPResponse {
    do {
      return try await body()
    } catch let error as MarketplaceError {
      return Self.error(error)
    } catch let error as PostgresError {
      // The database is away or refused: the caller may retry later; no SQL detail leaks out.
      return Self.error(MarketplaceError(503, "database_unavailable", "the marketplace database is unavailable"))
        .withRetryAfter(error)
    } catch {
      return Self.error(MarketplaceError(500, "internal", "internal error"))
    }
  }
}

extension HTTPResponse {
  fileprivate func withRetryAfter(_ error: PostgresError) -> HTTPResponse {
    var response = self
    response.headers.add(name: "Retry-After", value: "1")
    return response
  }
}

extension HTTPRequest {
  /// A path parameter the route guarantees.
  func parameter(_ name: String) -> String { pathParameters[name] ?? "" }

  /// An integer query parameter within bounds, or the default; 400 when it is not a number.
  func intQuery(_ name: String, default value: Int, range: ClosedRange<Int>) throws -> Int {
    guard let text = query(name), !text.isEmpty else { return value }
    guard let number = Int(text), range.contains(number) else {
      throw MarketplaceError.badRequest("\(name) must be a whole number in \(range.lowerBound)...\(range.upperBound)")
    }
    return number
  }
}
