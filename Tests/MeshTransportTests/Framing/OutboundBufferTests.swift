@testable import MeshTransport
import MeshCore
import Testing

/// The one outbound buffer of server and client streams: framing, the data callback's answers, the
/// end of the DATA, and the water marks.
@Suite struct OutboundBufferTests {
  /// Reads everything the data callback would, `chunk` bytes at a time, until it defers or ends.
  private func drain(_ buffer: inout OutboundBuffer, chunk: Int) -> (bytes: [UInt8], last: OutboundBuffer.Read) {
    var bytes: [UInt8] = []
    var scratch = [UInt8](repeating: 0, count: chunk)
    while true {
      let read = scratch.withUnsafeMutableBytes { buffer.read(into: $0) }
      bytes += scratch[0..<read.copied]
      if case .bytes = read { continue }
      return (bytes, read)
    }
  }

  @Test func messagesAreFramedAndReadInPieces() throws {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    let resumeFirst = try buffer.appendMessage([1, 2, 3], compression: nil)
    let resumeSecond = try buffer.appendMessage([4], compression: nil)
    #expect(!resumeFirst && !resumeSecond)
    #expect(buffer.pendingCount == 5 + 3 + 5 + 1)
    let (bytes, last) = drain(&buffer, chunk: 3)
    #expect(bytes == [0, 0, 0, 0, 3, 1, 2, 3, 0, 0, 0, 0, 1, 4])
    guard case .deferred = last else { Issue.record("an open stream defers when empty"); return }
    #expect(buffer.pendingCount == 0)
  }

  @Test func aDeferredStreamMustBeResumedOnceWhenBytesCome() throws {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    _ = drain(&buffer, chunk: 16)
    let afterDeferral = try buffer.appendMessage([7], compression: nil)
    let again = try buffer.appendMessage([8], compression: nil)
    #expect(afterDeferral && !again)
    _ = drain(&buffer, chunk: 16)
    let raw = buffer.appendRaw([9])
    #expect(raw)
    _ = drain(&buffer, chunk: 16)
    let end = buffer.finish(.endStream)
    #expect(end)
  }

  @Test func aMessageInPiecesIsFramedWholeWithItsLargePiecesQueuedAsTheyAre() throws {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    _ = drain(&buffer, chunk: 16)
    let large = (0..<(OutboundBuffer.sharedMessageBytes + 5)).map { UInt8(truncatingIfNeeded: $0 * 7) }
    let pieces: [[UInt8]] = [[1, 2], large, [3], [], large, [4, 5]]
    let message = WirePieces.pieces(pieces).joined
    let resume = try buffer.appendMessage(pieces: pieces, count: message.count)
    #expect(resume)
    // The prefix and first bytes, then each large piece as it is, the small ones between copied.
    #expect(buffer.queuedArrayCount == 4)
    #expect(buffer.pendingCount == 5 + message.count)
    _ = buffer.finish(.endStream)
    let (bytes, last) = drain(&buffer, chunk: 1000)
    var expected: [UInt8] = [0]
    expected += withUnsafeBytes(of: UInt32(message.count).bigEndian) { Array($0) }
    #expect(bytes == expected + message)
    guard case .end = last else { Issue.record("the stream ends after the message"); return }
  }

  @Test func relayedBytesCopiedInOrderSmallAndLarge() {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    _ = drain(&buffer, chunk: 16)
    let large = (0..<(OutboundBuffer.sharedMessageBytes + 3)).map { UInt8(truncatingIfNeeded: $0) }
    var expected: [UInt8] = []
    var resumes: [Bool] = []
    for piece in [[1, 2, 3], large, [4], [], [5, 6]] as [[UInt8]] {
      resumes.append(piece.withUnsafeBytes { buffer.appendRaw(copying: $0) })
      expected += piece
    }
    // Resumed once, for the first bytes after the deferral; the large run is queued, not copied.
    #expect(resumes == [true, false, false, false, false])
    #expect(buffer.queuedArrayCount >= 1 && buffer.pendingCount == expected.count)
    _ = buffer.finish(.endStream)
    let (bytes, last) = drain(&buffer, chunk: 1000)
    #expect(bytes == expected)
    guard case .end = last else { Issue.record("END_STREAM after the bytes"); return }
  }

  @Test func endStreamAfterTheLastByte() throws {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    _ = try buffer.appendMessage([1, 2], compression: nil)
    let resume = buffer.finish(.endStream)
    #expect(!resume)
    let (bytes, last) = drain(&buffer, chunk: 4)
    #expect(bytes.count == 7)
    guard case .end(let count, nil) = last else { Issue.record("END_STREAM without trailers"); return }
    #expect(count == 3)
  }

  @Test func anEmptyRequestEndsAtOnce() {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    _ = buffer.finish(.endStream)
    let (bytes, last) = drain(&buffer, chunk: 4)
    #expect(bytes.isEmpty)
    guard case .end(0, nil) = last else { Issue.record("an immediate END_STREAM"); return }
  }

  @Test func trailersFollowTheLastByteAndTheFirstEndHolds() throws {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    _ = try buffer.appendMessage([1], compression: nil)
    var trailers = HeaderBlock()
    trailers.add("grpc-status", "0")
    _ = buffer.finish(.trailers(trailers))
    let second = buffer.finish(.endStream)
    #expect(buffer.isFinished && !second)
    guard case .end(6, .some) = drain(&buffer, chunk: 64).last else { Issue.record("trailers after DATA"); return }
  }

  @Test func waterMarksPauseAndReleaseAWriter() throws {
    var buffer = OutboundBuffer(highWater: 100, lowWater: 20)
    _ = buffer.appendRaw([UInt8](repeating: 1, count: 101))
    #expect(buffer.isAboveHighWater && !buffer.isAtOrBelowLowWater)
    var scratch = [UInt8](repeating: 0, count: 80)
    _ = scratch.withUnsafeMutableBytes { buffer.read(into: $0) }
    #expect(!buffer.isAboveHighWater && !buffer.isAtOrBelowLowWater)
    var one = [UInt8](repeating: 0, count: 1)
    _ = one.withUnsafeMutableBytes { buffer.read(into: $0) }
    #expect(buffer.isAtOrBelowLowWater)
  }

  @Test func compressedMessagesCarryTheFlag() throws {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    _ = try buffer.appendMessage([UInt8](repeating: 65, count: 1000), compression: .gzip)
    let (bytes, _) = drain(&buffer, chunk: 4096)
    #expect(bytes.first == 1)
    #expect(bytes.count < 200)
  }

  /// Takes everything the no-copy path would, `frame` bytes per DATA frame, until it defers or ends.
  private func takeAll(_ buffer: inout OutboundBuffer, frame: Int) -> (bytes: [UInt8], last: OutboundBuffer.Read) {
    var bytes: [UInt8] = []
    while true {
      let reserved = buffer.reserve(max: frame)
      #expect(buffer.take(reserved.copied, appendingTo: &bytes))
      if case .bytes = reserved { continue }
      return (bytes, reserved)
    }
  }

  @Test func largeMessagesAreQueuedAsTheyAreAndTakenInFrames() throws {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    let large = (0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    _ = try buffer.appendMessage([1, 2, 3], compression: nil)
    _ = try buffer.appendMessage(large, compression: nil)
    _ = try buffer.appendMessage([4], compression: nil)
    _ = try buffer.appendMessage(large, compression: nil)
    #expect(buffer.pendingCount == 3 * 5 + 3 + 1 + 2 * large.count + 5)
    var trailers = HeaderBlock()
    trailers.add("grpc-status", "0")
    _ = buffer.finish(.trailers(trailers))
    let (bytes, last) = takeAll(&buffer, frame: 16_384)
    let largePrefix: [UInt8] = [0, 0, 0, 0x4E, 0x20]
    var expected: [UInt8] = [0, 0, 0, 0, 3, 1, 2, 3]
    expected += largePrefix
    expected += large
    expected += [0, 0, 0, 0, 1, 4]
    expected += largePrefix
    expected += large
    #expect(bytes == expected)
    guard case .end(_, .some) = last else { Issue.record("trailers after the last frame"); return }
    #expect(buffer.pendingCount == 0)
  }

  @Test func aKilobyteMessageOnANewStreamIsQueuedAsItIs() throws {
    // A unary response: the stream's tail is new, so copying would allocate one for the message.
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    let message = (0..<1_030).map { UInt8(truncatingIfNeeded: $0 &* 13) }
    _ = try buffer.appendMessage(message, compression: nil)
    #expect(buffer.queuedArrayCount == 2)  // the tail holding the prefix, then the message itself
    _ = try buffer.appendMessage([5], compression: nil)
    var trailers = HeaderBlock()
    trailers.add("grpc-status", "0")
    _ = buffer.finish(.trailers(trailers))
    // Frames of 700 bytes: the first ends inside the message, the second spans its end and the next prefix.
    let (bytes, last) = takeAll(&buffer, frame: 700)
    #expect(bytes == [0, 0, 0, 0x04, 0x06] + message + [0, 0, 0, 0, 1, 5])
    guard case .end(_, .some) = last else { Issue.record("trailers after the last frame"); return }
    #expect(buffer.queuedArrayCount == 0 && buffer.pendingCount == 0)
  }

  @Test func aKilobyteMessageIsCopiedIntoATailWithRoom() throws {
    // A streaming call: its tail, grown by earlier messages, keeps its room once they are out.
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    var expected: [UInt8] = []
    for index in 0..<3 {
      let small = [UInt8](repeating: UInt8(index), count: 900)
      _ = try buffer.appendMessage(small, compression: nil)
      expected += [0, 0, 0, 0x03, 0x84] + small
    }
    var (bytes, _) = takeAll(&buffer, frame: 16_384)
    let message = (0..<1_500).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    _ = try buffer.appendMessage(message, compression: nil)
    #expect(buffer.queuedArrayCount == 0)
    expected += [0, 0, 0, 0x05, 0xDC] + message
    bytes += takeAll(&buffer, frame: 16_384).bytes
    #expect(bytes == expected)
  }

  @Test func takeRefusesMoreThanIsQueuedAndReserveDefersWhenEmpty() throws {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    guard case .deferred = buffer.reserve(max: 100) else { Issue.record("an empty open stream defers"); return }
    #expect(try buffer.appendMessage([UInt8](repeating: 9, count: 9_000), compression: nil))
    var out: [UInt8] = []
    #expect(!buffer.take(9_006, appendingTo: &out))
    #expect(out.isEmpty && buffer.pendingCount == 9_005)
    #expect(buffer.take(9_005, appendingTo: &out))
    #expect(out.count == 9_005 && buffer.pendingCount == 0)
  }

  @Test func aStreamOfSmallMessagesKeepsItsBuffer() throws {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    var total: [UInt8] = []
    for round in 0..<50 {
      for index in 0..<20 { _ = try buffer.appendMessage([UInt8(round), UInt8(index)], compression: nil) }
      // Part of what was queued goes out, the rest waits with the next round's messages.
      let reserved = buffer.reserve(max: 97)
      #expect(buffer.take(reserved.copied, appendingTo: &total))
    }
    _ = buffer.finish(.endStream)
    let (rest, _) = takeAll(&buffer, frame: 1_000)
    total += rest
    var deframer = MessageDeframer(maxMessageSize: 100)
    var messages: [[UInt8]] = []
    try deframer.process(total) { messages.append($0) }
    #expect(messages.count == 1_000)
    #expect(messages.enumerated().allSatisfy { $0.element == [UInt8($0.offset / 20), UInt8($0.offset % 20)] })
  }

  @Test func removeAllDropsWhatWasQueued() throws {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    _ = try buffer.appendMessage([UInt8](repeating: 0, count: 4096), compression: nil)
    buffer.removeAll()
    #expect(buffer.pendingCount == 0)
  }
}
