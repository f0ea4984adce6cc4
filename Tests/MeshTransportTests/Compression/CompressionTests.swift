import CZlib
import MeshCore
import Testing
@testable import MeshTransport

@Suite struct CompressionTests {
  static let algorithms: [CompressionAlgorithm] = [.gzip, .deflate]

  static func sampleText(_ count: Int) -> [UInt8] {
    let words = Array("the quick brown fox jumps over the lazy dog while the mesh routes every call ".utf8)
    return (0..<count).map { words[$0 % words.count] }
  }

  @Test(arguments: algorithms)
  func roundTripsManyMessagesThroughOneStream(algorithm: CompressionAlgorithm) throws {
    let compressor = try MessageCompressor(algorithm: algorithm)
    let decompressor = try MessageDecompressor(algorithm: algorithm)
    var generator = SystemRandomNumberGenerator()
    for count in [0, 1, 100, 4096, 100_000] {
      let text = Self.sampleText(count)
      let random = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
      for message in [text, random] {
        let compressed = compressor.compress(message)
        #expect(try decompressor.decompress(compressed, limit: 1 << 20) == message)
      }
    }
  }

  @Test func producesTheRightContainers() throws {
    let message = Self.sampleText(1000)
    let gzip = try MessageCompressor(algorithm: .gzip).compress(message)
    #expect(gzip.prefix(3) == [0x1F, 0x8B, 0x08])  // RFC 1952 magic and CM = deflate
    let zlib = try MessageCompressor(algorithm: .deflate).compress(message)
    #expect(zlib[0] & 0x0F == 8)  // RFC 1950: CM = deflate
    #expect((UInt16(zlib[0]) << 8 | UInt16(zlib[1])) % 31 == 0)  // FCHECK
    #expect(gzip.count < message.count / 5)
  }

  @Test func compressesAppendingToAnExistingBuffer() throws {
    let compressor = try MessageCompressor(algorithm: .gzip)
    var buffer: [UInt8] = [1, 2, 3]
    let message = Self.sampleText(5000)
    let appended = message.withUnsafeBytes { compressor.compress($0, appendingTo: &buffer) }
    #expect(buffer.count == 3 + appended)
    #expect(buffer.prefix(3) == [1, 2, 3])
    #expect(try MessageDecompressor(algorithm: .gzip).decompress(Array(buffer.dropFirst(3)), limit: 10_000) == message)
  }

  @Test func decodesWhatZlibItselfCompresses() throws {
    // compress2 writes the zlib wrapper: that is gRPC's deflate, made by a different code path.
    let message = Self.sampleText(3000)
    var length = compressBound(uLong(message.count))
    var compressed = [UInt8](repeating: 0, count: Int(length))
    #expect(compress2(&compressed, &length, message, uLong(message.count), 9) == Z_OK)
    compressed.removeLast(compressed.count - Int(length))
    #expect(try MessageDecompressor(algorithm: .deflate).decompress(compressed, limit: 10_000) == message)
  }

  @Test(arguments: algorithms)
  func stopsAZipBombAtTheLimit(algorithm: CompressionAlgorithm) throws {
    // 64 MiB of zeros compress to about 64 KiB; a 1 MiB limit must refuse them without inflating them.
    let zeros = [UInt8](unsafeUninitializedCapacity: 64 << 20) { buffer, count in
      buffer.initialize(repeating: 0)
      count = buffer.count
    }
    let bomb = try MessageCompressor(algorithm: algorithm, level: 9).compress(zeros)
    #expect(bomb.count < 100_000)
    let decompressor = try MessageDecompressor(algorithm: algorithm)
    let error = try #require(throws: RPCError.self) { try decompressor.decompress(bomb, limit: 1 << 20) }
    #expect(error.code == .resourceExhausted)
    // The decompressor is still usable afterwards.
    let small = try MessageCompressor(algorithm: algorithm).compress([1, 2, 3])
    #expect(try decompressor.decompress(small, limit: 3) == [1, 2, 3])
  }

  @Test func theLimitIsInclusive() throws {
    let message = Self.sampleText(1000)
    let compressed = try MessageCompressor(algorithm: .gzip).compress(message)
    let decompressor = try MessageDecompressor(algorithm: .gzip)
    #expect(try decompressor.decompress(compressed, limit: 1000) == message)
    #expect(throws: RPCError.self) { try decompressor.decompress(compressed, limit: 999) }
  }

  @Test(arguments: algorithms)
  func rejectsCorruptTruncatedAndTrailingData(algorithm: CompressionAlgorithm) throws {
    let decompressor = try MessageDecompressor(algorithm: algorithm)
    let compressed = try MessageCompressor(algorithm: algorithm).compress(Self.sampleText(2000))
    let cases: [[UInt8]] = [
      [],
      Array(compressed.prefix(compressed.count / 2)),
      compressed + [0],
      [UInt8](repeating: 0xAB, count: 64),
      compressed.enumerated().map { $0.offset == compressed.count - 3 ? $0.element ^ 0xFF : $0.element },
    ]
    for input in cases {
      let error = try #require(throws: RPCError.self) { try decompressor.decompress(input, limit: 1 << 20) }
      #expect(error.code == .internal)
    }
  }

  @Test func gzipIsNotAcceptedAsDeflate() throws {
    let gzip = try MessageCompressor(algorithm: .gzip).compress(Self.sampleText(100))
    let error = try #require(throws: RPCError.self) {
      try MessageDecompressor(algorithm: .deflate).decompress(gzip, limit: 1000)
    }
    #expect(error.code == .internal)
  }
}
