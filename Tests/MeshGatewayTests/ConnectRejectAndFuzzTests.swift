import Foundation
import MeshCore
import MeshGateway
import MeshInterop
import Testing

@Suite("Filter rejections in each protocol's format, and random input to the edge decoders")
struct ConnectRejectAndFuzzTests {
  private static let limited: RPCError = {
    var metadata = Metadata()
    metadata.addString("3", forKey: "retry-after")
    return RPCError(code: .resourceExhausted, message: "Too many requests.", metadata: metadata)
  }()

  @Test("A refused request: gRPC-Web Trailers-Only, Connect 429 JSON, Connect stream end, with retry-after")
  func rejections() async throws {
    let web = GRPCWebTestExchange(target: "/grpc.testing.TestService/EmptyCall",
                                  headers: [("content-type", "application/grpc-web-text")])
    await GRPCWebProtocol().reject(Self.limited, on: web)
    #expect(web.status == 200)
    #expect(web.header("grpc-status") == "8")
    #expect(web.header("retry-after") == "3")
    #expect(web.header("content-type") == "application/grpc-web-text+proto")

    let unary = GRPCWebTestExchange(target: "/grpc.testing.TestService/EmptyCall", headers: [("content-type", "application/json")])
    await ConnectProtocol().reject(Self.limited, on: unary)
    #expect(unary.status == 429)
    #expect(unary.header("retry-after") == "3")
    #expect(String(decoding: unary.body, as: UTF8.self) == #"{"code":"resource_exhausted","message":"Too many requests."}"#)

    let stream = GRPCWebTestExchange(target: "/grpc.testing.TestService/StreamingOutputCall",
                                     headers: [("content-type", "application/connect+json")])
    await ConnectProtocol().reject(Self.limited, on: stream)
    #expect(stream.status == 200)
    #expect(stream.body.first == 2)
    let end = String(decoding: stream.body.dropFirst(5), as: UTF8.self)
    #expect(end == #"{"error":{"code":"resource_exhausted","message":"Too many requests."},"metadata":{"retry-after":["3"]}}"#)
  }

  /// A small deterministic generator, so a failure can be replayed.
  private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test("Random bodies and queries end in messages or a status, never a crash", arguments: 0..<4)
  func fuzz(seed: UInt64) throws {
    var random = SplitMix(state: seed)
    let alphabet = Array("AAAA/+=_-\r\n%&=?messageencodingbase641jsonproto\u{0}\u{80}".utf8)
    for _ in 0..<500 {
      let length = Int.random(in: 0..<64, using: &random)
      let bytes = (0..<length).map { _ in
        Bool.random(using: &random) ? UInt8.random(in: 0...255, using: &random) : alphabet.randomElement(using: &random) ?? 0
      }
      for isText in [false, true] {
        var decoder = GRPCWebRequestDecoder(isText: isText, maxMessageSize: 32)
        let cut = Int.random(in: 0...bytes.count, using: &random)
        do {
          _ = try decoder.append(Array(bytes[..<cut]))
          _ = try decoder.append(Array(bytes[cut...]))
          _ = try decoder.finish()
        } catch {
          #expect([.invalidArgument, .resourceExhausted, .unimplemented].contains(error.code))
        }
      }
      do {
        _ = try ConnectGetQuery(query: String(decoding: bytes, as: UTF8.self))
      } catch {
        #expect([.invalidArgument, .unimplemented].contains(error.code))
      }
      do {
        _ = try ConnectGzip.decompress([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF] + bytes, limit: 1024)
      } catch {
        #expect([.invalidArgument, .resourceExhausted].contains(error.code))
      }
      _ = GRPCWebTrailers.parse(bytes)
    }
  }
}
