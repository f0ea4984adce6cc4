import MeshCore
import MeshGateway
import Testing

@Suite("gRPC-Web framing and base64, without sockets")
struct GRPCWebCodecTests {
  private static func frame(_ payload: [UInt8], flags: UInt8 = 0) -> [UInt8] {
    LengthPrefixedFrame(flags: flags, payload: payload).encoded
  }

  @Test("Frames cut at every possible place decode to the same messages", arguments: [false, true])
  func chunkBoundaries(isText: Bool) throws {
    let messages: [[UInt8]] = [[], [1, 2, 3], Array(repeating: 7, count: 300)]
    let binary = messages.flatMap { Self.frame($0) }
    let body = isText ? Array(EdgeBase64.encode(binary).utf8) : binary
    for cut in 0...body.count {
      var decoder = GRPCWebRequestDecoder(isText: isText, maxMessageSize: 1024)
      var decoded = try decoder.append(Array(body[..<cut]))
      decoded += try decoder.append(Array(body[cut...]))
      decoded += try decoder.finish()
      #expect(decoded == messages, "cut at \(cut)")
    }
  }

  @Test("Text bodies byte by byte, made of independently padded base64 chunks")
  func paddedChunksConcatenated() throws {
    let first = Self.frame([0xAB])       // 6 bytes → 8 characters with no padding
    let second = Self.frame([1, 2])      // 7 bytes → "…=" padding
    let third = Self.frame([9, 9, 9])    // 8 bytes → "…==" padding
    let text = EdgeBase64.encode(second) + EdgeBase64.encode(third) + EdgeBase64.encode(first)
    #expect(text.contains("=A") || text.contains("=="))
    var decoder = GRPCWebRequestDecoder(isText: true, maxMessageSize: 64)
    var decoded: [[UInt8]] = []
    for byte in Array(text.utf8) { decoded += try decoder.append([byte]) }
    decoded += try decoder.finish()
    #expect(decoded == [[1, 2], [9, 9, 9], [0xAB]])
  }

  @Test("Bad base64 is INVALID_ARGUMENT naming the offset", arguments: ["AAA*", "A===", "AA=A", "AAAAA"])
  func badBase64(text: String) {
    var decoder = GRPCWebRequestDecoder(isText: true, maxMessageSize: 64)
    #expect {
      _ = try decoder.append(Array(text.utf8))
      _ = try decoder.finish()
    } throws: { ($0 as? RPCError)?.code == .invalidArgument }
  }

  @Test("A truncated frame is INVALID_ARGUMENT at the end of the body")
  func truncatedFrame() throws {
    var decoder = GRPCWebRequestDecoder(isText: false, maxMessageSize: 64)
    let whole = Self.frame([1, 2, 3, 4])
    #expect(try decoder.append(Array(whole.dropLast())) == [])
    #expect { try decoder.finish() } throws: { ($0 as? RPCError)?.code == .invalidArgument }
  }

  @Test("An oversized length prefix is refused before its payload arrives")
  func oversizedPrefix() {
    var decoder = GRPCWebRequestDecoder(isText: false, maxMessageSize: 1000)
    #expect {
      _ = try decoder.append([0, 0xFF, 0xFF, 0xFF, 0xFF])
    } throws: { error in
      guard let error = error as? RPCError else { return false }
      return error.code == .resourceExhausted && error.message.contains("4294967295")
    }
  }

  @Test("Trailer frames and compressed frames from a client are refused")
  func refusedFlags() {
    var trailers = GRPCWebRequestDecoder(isText: false, maxMessageSize: 64)
    #expect { _ = try trailers.append(Self.frame([], flags: 0x80)) } throws: { ($0 as? RPCError)?.code == .invalidArgument }
    var compressed = GRPCWebRequestDecoder(isText: false, maxMessageSize: 64)
    #expect { _ = try compressed.append(Self.frame([1], flags: 1)) } throws: { ($0 as? RPCError)?.code == .unimplemented }
  }

  @Test("The trailer frame: flag 0x80, lower-case lines, status message percent-encoded, -bin in base64")
  func trailerFrame() throws {
    var metadata = Metadata()
    metadata.addString("v", forKey: "X-Custom")
    metadata.addBinary([0xFF, 0x00], forKey: "x-blob-bin")
    let frame = GRPCWebTrailers.frame(status: Status(code: .notFound, message: "no such thing: café 100%"), trailers: metadata)
    #expect(frame.flags == 0x80)
    let text = String(decoding: frame.payload, as: UTF8.self)
    #expect(text == "grpc-status: 5\r\ngrpc-message: no such thing: caf%C3%A9 100%25\r\nx-custom: v\r\nx-blob-bin: /wA\r\n")
    let parsed = try #require(GRPCWebTrailers.parse(frame.payload))
    #expect(parsed.map(\.0) == ["grpc-status", "grpc-message", "x-custom", "x-blob-bin"])
  }

  @Test("grpc-timeout: units, at most 8 digits, junk refused")
  func timeouts() {
    #expect(GRPCTimeoutHeader.parse("250m") == .milliseconds(250))
    #expect(GRPCTimeoutHeader.parse("2S") == .seconds(2))
    #expect(GRPCTimeoutHeader.parse("1H") == .seconds(3600))
    #expect(GRPCTimeoutHeader.parse("99999999n") == .nanoseconds(99_999_999))
    for bad in ["", "S", "123456789S", "10x", "-1S", "1.5S"] { #expect(GRPCTimeoutHeader.parse(bad) == nil, "\(bad)") }
  }

  @Test("Base64 round trip in both alphabets, with and without padding")
  func base64() {
    for length in 0..<20 {
      let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 37 + 250) }
      #expect(EdgeBase64.decode(EdgeBase64.encode(bytes)) == bytes)
      #expect(EdgeBase64.decode(EdgeBase64.encode(bytes, urlSafe: true, padded: false)) == bytes)
    }
    #expect(EdgeBase64.decode("a") == nil)
    #expect(EdgeBase64.decode("ab!c") == nil)
  }
}
