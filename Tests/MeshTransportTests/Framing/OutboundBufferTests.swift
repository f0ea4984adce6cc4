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

  @Test func removeAllDropsWhatWasQueued() throws {
    var buffer = OutboundBuffer(highWater: 1 << 20, lowWater: 1 << 10)
    _ = try buffer.appendMessage([UInt8](repeating: 0, count: 4096), compression: nil)
    buffer.removeAll()
    #expect(buffer.pendingCount == 0)
  }
}
