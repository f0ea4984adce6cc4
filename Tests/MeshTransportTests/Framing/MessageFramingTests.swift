import MeshCore
import Testing
@testable import MeshTransport

@Suite struct MessageFramerTests {
  @Test func writesTheFlagAndBigEndianLength() throws {
    var buffer: [UInt8] = [9]
    try MessageFramer.append([1, 2, 3], to: &buffer)
    try MessageFramer.append([], to: &buffer)
    #expect(buffer == [9, 0, 0, 0, 0, 3, 1, 2, 3, 0, 0, 0, 0, 0])
    var large: [UInt8] = []
    try MessageFramer.append([UInt8](repeating: 7, count: 0x01_02_03), to: &large)
    #expect(large.prefix(5) == [0, 0, 0x01, 0x02, 0x03])
  }

  @Test func setsTheCompressedFlagAndCompressedLength() throws {
    let message = [UInt8](repeating: 65, count: 10_000)
    var buffer: [UInt8] = []
    let compressor = try MessageCompressor(algorithm: .gzip)
    try message.withUnsafeBytes { try MessageFramer.append($0, compressingWith: compressor, to: &buffer) }
    #expect(buffer[0] == 1)
    let length = Int(buffer[1]) << 24 | Int(buffer[2]) << 16 | Int(buffer[3]) << 8 | Int(buffer[4])
    #expect(length == buffer.count - 5)
    #expect(length < 200)
    let decompressed = try MessageDecompressor(algorithm: .gzip).decompress(Array(buffer.dropFirst(5)), limit: 10_000)
    #expect(decompressed == message)
  }

  @Test func serializesInPlace() throws {
    var buffer: [UInt8] = []
    try MessageFramer.appendMessage(to: &buffer) { $0.append(contentsOf: [4, 5]) }
    #expect(buffer == [0, 0, 0, 0, 2, 4, 5])
    struct Failure: Error {}
    #expect(throws: Failure.self) {
      try MessageFramer.appendMessage(to: &buffer) { $0.append(1); throw Failure() }
    }
    #expect(buffer == [0, 0, 0, 0, 2, 4, 5])
  }
}

@Suite struct MessageDeframerTests {
  static func frames(_ messages: [[UInt8]], compressor: MessageCompressor? = nil) throws -> [UInt8] {
    var buffer: [UInt8] = []
    for message in messages {
      if let compressor {
        try message.withUnsafeBytes { try MessageFramer.append($0, compressingWith: compressor, to: &buffer) }
      } else {
        try MessageFramer.append(message, to: &buffer)
      }
    }
    return buffer
  }

  static func randomMessages(count: Int) -> [[UInt8]] {
    var generator = SystemRandomNumberGenerator()
    return (0..<count).map { index in
      let size = [0, 1, 4, 5, 6, 100, 1000, 20_000, 70_000][index % 9]
      return (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) ^ UInt8.random(in: 0...3, using: &generator) }
    }
  }

  /// Feeds `bytes` cut at random points and collects the messages.
  static func deframe(_ bytes: [UInt8], _ deframer: inout MessageDeframer, maxChunk: Int) throws -> [[UInt8]] {
    var generator = SystemRandomNumberGenerator()
    var messages: [[UInt8]] = []
    var index = 0
    while index < bytes.count {
      let size = min(bytes.count - index, Int.random(in: 1...maxChunk, using: &generator))
      try deframer.process(Array(bytes[index..<(index + size)])) { messages.append($0) }
      index += size
    }
    try deframer.finish()
    return messages
  }

  @Test(arguments: [1, 2, 5, 7, 64, 4096, 100_000])
  func reassemblesMessagesFromChunksOfAnySize(maxChunk: Int) throws {
    let messages = Self.randomMessages(count: 30)
    var deframer = MessageDeframer(maxMessageSize: 1 << 20)
    #expect(try Self.deframe(Self.frames(messages), &deframer, maxChunk: maxChunk) == messages)
    #expect(deframer.bufferedByteCount == 0)
  }

  @Test(arguments: [CompressionAlgorithm.gzip, .deflate])
  func decompressesCompressedMessages(algorithm: CompressionAlgorithm) throws {
    let messages = Self.randomMessages(count: 18)
    let framed = try Self.frames(messages, compressor: MessageCompressor(algorithm: algorithm))
    for maxChunk in [3, 1000, framed.count] {
      var deframer = MessageDeframer(maxMessageSize: 1 << 20, decompressor: try MessageDecompressor(algorithm: algorithm))
      #expect(try Self.deframe(framed, &deframer, maxChunk: maxChunk) == messages)
    }
  }

  @Test func acceptsUncompressedMessagesOnACompressedStream() throws {
    var deframer = MessageDeframer(maxMessageSize: 100, decompressor: try MessageDecompressor(algorithm: .gzip))
    var received: [[UInt8]] = []
    try deframer.process(Self.frames([[1, 2]])) { received.append($0) }
    #expect(received == [[1, 2]])
  }

  @Test func refusesAnOversizedMessageFromItsPrefixAlone() throws {
    var deframer = MessageDeframer(maxMessageSize: 1000)
    // Only the prefix of a 1001-byte message: the error must come before any body arrives.
    let error = try #require(throws: RPCError.self) { try deframer.process([0, 0, 0, 0x03, 0xE9]) { _ in } }
    #expect(error.code == .resourceExhausted)
    #expect(deframer.bufferedByteCount == 0)
    // It stays failed.
    let again = try #require(throws: RPCError.self) { try deframer.process([0]) { _ in } }
    #expect(again.code == .resourceExhausted)
  }

  @Test func acceptsAMessageOfExactlyTheLimit() throws {
    var deframer = MessageDeframer(maxMessageSize: 1000)
    var received: [[UInt8]] = []
    try deframer.process(Self.frames([[UInt8](repeating: 1, count: 1000)])) { received.append($0) }
    #expect(received.count == 1)
  }

  @Test func refusesAMessageThatDecompressesPastTheLimit() throws {
    let framed = try Self.frames([[UInt8](repeating: 0, count: 100_000)], compressor: MessageCompressor(algorithm: .gzip))
    #expect(framed.count < 1000)
    var deframer = MessageDeframer(maxMessageSize: 50_000, decompressor: try MessageDecompressor(algorithm: .gzip))
    let error = try #require(throws: RPCError.self) { try deframer.process(framed) { _ in } }
    #expect(error.code == .resourceExhausted)
    #expect(throws: RPCError.self) { try deframer.finish() }
  }

  @Test func refusesTheCompressedFlagWithoutAnEncoding() throws {
    var deframer = MessageDeframer(maxMessageSize: 1000)
    let error = try #require(throws: RPCError.self) { try deframer.process([1, 0, 0, 0, 1, 42]) { _ in } }
    #expect(error.code == .internal)
    #expect(error.message.contains("Compressed-Flag"))
  }

  @Test(arguments: [UInt8(2), 3, 0x80, 0xFF])
  func refusesReservedFlagBits(flag: UInt8) throws {
    var deframer = MessageDeframer(maxMessageSize: 1000, decompressor: try MessageDecompressor(algorithm: .gzip))
    let error = try #require(throws: RPCError.self) { try deframer.process([flag, 0, 0, 0, 0]) { _ in } }
    #expect(error.code == .internal)
  }

  @Test func refusesCorruptCompressedData() throws {
    var deframer = MessageDeframer(maxMessageSize: 1000, decompressor: try MessageDecompressor(algorithm: .deflate))
    let error = try #require(throws: RPCError.self) { try deframer.process([1, 0, 0, 0, 3, 9, 9, 9]) { _ in } }
    #expect(error.code == .internal)
  }

  @Test func reportsAStreamThatEndsInsideAPrefix() throws {
    var deframer = MessageDeframer(maxMessageSize: 1000)
    try deframer.process([0, 0, 0]) { _ in }
    #expect(deframer.isInsideMessage)
    let error = try #require(throws: RPCError.self) { try deframer.finish() }
    #expect(error.code == .internal)
    #expect(error.message.contains("ended in the middle of a message"))
  }

  @Test func reportsAStreamThatEndsInsideABody() throws {
    var deframer = MessageDeframer(maxMessageSize: 1000)
    var received: [[UInt8]] = []
    try deframer.process([0, 0, 0, 0, 1, 7, 0, 0, 0, 0, 10, 1, 2, 3]) { received.append($0) }
    #expect(received == [[7]])
    #expect(deframer.bufferedByteCount == 8)
    let error = try #require(throws: RPCError.self) { try deframer.finish() }
    #expect(error.code == .internal)
    #expect(error.message.contains("3 of its 10 bytes"))
  }

  @Test func anEmptyStreamEndsCleanly() throws {
    var deframer = MessageDeframer(maxMessageSize: 0)
    try deframer.process([]) { _ in }
    try deframer.finish()
    var received: [[UInt8]] = []
    try deframer.process([0, 0, 0, 0, 0]) { received.append($0) }
    #expect(received == [[]])
  }

  @Test func aSplitMessageGrowsStraightToItsLength() throws {
    // 64 KiB of payload in a grpc.testing request: 65,548 bytes, in DATA frames of 16 KiB.
    let message = (0..<65_548).map { UInt8(truncatingIfNeeded: $0 &* 13) }
    var framed: [UInt8] = []
    try MessageFramer.append(message, to: &framed)
    var deframer = MessageDeframer(maxMessageSize: 4 << 20)
    var capacities: [Int] = []
    var received: [[UInt8]] = []
    var arrived = 0
    for start in stride(from: 0, to: framed.count, by: 16_384) {
      let chunk = Array(framed[start..<min(start + 16_384, framed.count)])
      arrived += chunk.count
      try deframer.process(chunk) { received.append($0) }
      if deframer.isInsideMessage {
        // Never more than twice what arrived (and 16 KiB): a peer cannot make us reserve what it did not send.
        #expect(deframer.reservedByteCount <= 2 * max(arrived, 16 * 1024))
        if capacities.last != deframer.reservedByteCount { capacities.append(deframer.reservedByteCount) }
      }
    }
    #expect(received == [message])
    // Halved from the length, then doubled: 16,387, 32,774, then the length itself, with no step of a
    // few bytes that copies the whole message again.
    #expect(MessageDeframer.firstReservation(length: 65_548, available: 16_379) == 16_387)
    #expect(capacities.count <= 3)
  }

  @Test func aSplitMessageWithinTheEagerLimitIsReservedWholeAtOnce() throws {
    // The 64 KiB request in 16 KiB DATA frames: one reservation, no growth copies.
    let message = (0..<65_548).map { UInt8(truncatingIfNeeded: $0 &* 13) }
    var framed: [UInt8] = []
    try MessageFramer.append(message, to: &framed)
    var deframer = MessageDeframer(maxMessageSize: 4 << 20)
    deframer.eagerReservationLimit = 1 << 20
    var capacities: [Int] = []
    var received: [[UInt8]] = []
    for start in stride(from: 0, to: framed.count, by: 16_384) {
      try deframer.process(Array(framed[start..<min(start + 16_384, framed.count)])) { received.append($0) }
      if deframer.isInsideMessage, capacities.last != deframer.reservedByteCount {
        capacities.append(deframer.reservedByteCount)
      }
    }
    #expect(received == [message])
    #expect(capacities.count == 1 && capacities[0] >= 65_548)
    #expect(MessageDeframer.firstReservation(length: 65_548, available: 16_379, eagerLimit: 1 << 20) == 65_548)
    // One byte over the limit: halved, then doubled, as without one.
    #expect(MessageDeframer.firstReservation(length: 65_548, available: 16_379, eagerLimit: 65_547) == 16_387)
  }

  @Test func theEagerReservationNeedsAnEighthOfTheMessage() throws {
    var deframer = MessageDeframer(maxMessageSize: 4 << 20)
    deframer.eagerReservationLimit = 1 << 20
    // 1 MiB announced, 1,000 bytes sent: the buffer follows what arrived.
    try deframer.process([0, 0, 0x10, 0, 0] + [UInt8](repeating: 1, count: 1_000)) { _ in }
    #expect(deframer.reservedByteCount < 64 * 1024)
    // Past an eighth (128 KiB), the rest is reserved at once.
    try deframer.process([UInt8](repeating: 2, count: 130 * 1024)) { _ in }
    #expect(deframer.reservedByteCount >= 1 << 20)
  }

  @Test func aMessageOverTheEagerLimitGrowsWithWhatArrived() throws {
    // 4 MiB announced with a limit of 1 MiB (and then with a whole first chunk): never reserved whole.
    var deframer = MessageDeframer(maxMessageSize: 4 << 20)
    deframer.eagerReservationLimit = 1 << 20
    try deframer.process([0, 0, 0x40, 0, 0, 1, 2, 3]) { _ in }
    #expect(deframer.reservedByteCount < 64 * 1024)
    try deframer.process([UInt8](repeating: 2, count: 600 * 1024)) { _ in }
    #expect(deframer.reservedByteCount <= 2 * (600 * 1024 + 3))
  }

  @Test func aLargeAnnouncedMessageReservesOnlyWhatArrived() throws {
    var deframer = MessageDeframer(maxMessageSize: 4 << 20)
    try deframer.process([0, 0, 0x40, 0, 0, 1, 2, 3]) { _ in }
    #expect(deframer.bufferedByteCount == 8)
    #expect(deframer.reservedByteCount < 64 * 1024)
  }
}
