@testable import MeshTransport
import Glibc
import Testing

/// The connection's write list: runs of its own bytes and pieces of streams' arrays held by
/// reference, handed to one gather write, and partial writes resumed where they stopped.
@Suite struct OutboundChunksTests {
  /// A frame header of ours, a large piece of a message, another header, then the rest of the
  /// message, as a DATA frame split in two would leave them.
  private struct Frames {
    var chunks = OutboundChunks(sharesLargePieces: true)
    let message = (0..<20_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    var expected: [UInt8] = []

    init() {
      let header: [UInt8] = [0, 0x40, 0, 0, 0, 0, 0, 0, 1]
      header.withUnsafeBytes { chunks.append(copying: $0) }
      chunks.append(sharing: message, range: 0..<10_000)
      let second: [UInt8] = [0, 0x27, 0x10, 0, 1, 0, 0, 0, 1]
      second.withUnsafeBytes { chunks.append(copying: $0) }
      chunks.append(sharing: message, range: 10_000..<20_000)
      expected = header + message[0..<10_000] + second + message[10_000...]
    }
  }

  /// The pending bytes, as the gather write would send them.
  private func pending(_ chunks: OutboundChunks) -> [UInt8] {
    chunks.withPendingVectors { vectors in
      vectors.flatMap { Array(UnsafeRawBufferPointer(start: $0.iov_base, count: $0.iov_len)) }
    }
  }

  @Test func largePiecesAreHeldByReferenceAndSmallOnesCopied() {
    var frames = Frames()
    #expect(frames.chunks.count == frames.expected.count)
    #expect(frames.chunks.pendingChunkCount == 4)
    #expect(frames.chunks.sharedByteCount == 20_000)
    #expect(pending(frames.chunks) == frames.expected)
    // The second buffer is the message's own storage, not a copy.
    let address = frames.chunks.withPendingVectors { $0[1].iov_base.map(UnsafeRawPointer.init) }
    let messageAddress = frames.message.withUnsafeBytes { $0.baseAddress }
    #expect(address == messageAddress)
    // A small piece joins the run of our own bytes before it.
    frames.chunks.append(sharing: frames.message, range: 0..<100)
    frames.chunks.append(byte: 9)
    #expect(frames.chunks.pendingChunkCount == 5)
    #expect(pending(frames.chunks) == frames.expected + frames.message[0..<100] + [9])
  }

  @Test func withoutSharingEverythingIsOneCopiedRun() {
    var chunks = OutboundChunks(sharesLargePieces: false)
    let message = [UInt8](repeating: 3, count: 10_000)
    chunks.append(byte: 1)
    chunks.append(sharing: message, range: 0..<10_000)
    chunks.appendZeros(2)
    #expect(chunks.pendingChunkCount == 1 && chunks.sharedByteCount == 0)
    var drained: [UInt8] = []
    chunks.drain { drained += $0 }
    #expect(drained == [1] + message + [0, 0])
    #expect(chunks.isEmpty && chunks.pendingChunkCount == 0)
  }

  @Test func aWriteOfNothingLeavesEverything() {
    var frames = Frames()
    frames.chunks.advance(by: 0)
    #expect(pending(frames.chunks) == frames.expected)
    #expect(frames.chunks.pendingChunkCount == 4 && frames.chunks.sharedByteCount == 20_000)
  }

  @Test func aWriteThatEndsInsideAHeaderResumesInIt() {
    var frames = Frames()
    frames.chunks.advance(by: 4)
    #expect(pending(frames.chunks) == Array(frames.expected[4...]))
    #expect(frames.chunks.count == frames.expected.count - 4)
    #expect(frames.chunks.pendingChunkCount == 4 && frames.chunks.sharedByteCount == 20_000)
  }

  @Test func aWriteThatEndsInsideAPayloadResumesInIt() {
    var frames = Frames()
    frames.chunks.advance(by: 9 + 1_234)
    #expect(pending(frames.chunks) == Array(frames.expected[(9 + 1_234)...]))
    #expect(frames.chunks.pendingChunkCount == 3)
    #expect(frames.chunks.sharedByteCount == 20_000 - 1_234)
  }

  @Test func writesAcrossSeveralChunksThenTheRest() {
    var frames = Frames()
    var sent: [UInt8] = []
    // Cut points inside the second payload, then the end exactly.
    for cut in [9 + 10_000 + 9 + 5, frames.expected.count] {
      let pendingNow = pending(frames.chunks)
      let count = cut - sent.count
      sent += pendingNow[0..<count]
      frames.chunks.advance(by: count)
    }
    #expect(sent == frames.expected)
    #expect(frames.chunks.isEmpty && frames.chunks.sharedByteCount == 0 && frames.chunks.pendingChunkCount == 0)
    // The list is reusable after it emptied.
    frames.chunks.append(byte: 5)
    #expect(pending(frames.chunks) == [5])
  }

  @Test func aPieceIsReleasedOnceWrittenWholly() {
    var chunks = OutboundChunks(sharesLargePieces: true)
    var message: [UInt8]? = [UInt8](repeating: 1, count: 8_192)
    chunks.append(sharing: message!, range: 0..<8_192)
    chunks.append(byte: 0)
    // Only the list holds the array once its owner let go.
    message = nil
    chunks.advance(by: 8_000)
    #expect(chunks.sharedByteCount == 192)
    chunks.advance(by: 192)
    #expect(chunks.sharedByteCount == 0 && chunks.count == 1)
    #expect(pending(chunks) == [0])
  }

  @Test func rollingBackDropsWhatFollowedTheMark() {
    var frames = Frames()
    let mark = frames.chunks.mark
    let header: [UInt8] = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    header.withUnsafeBytes { frames.chunks.append(copying: $0) }
    frames.chunks.append(sharing: frames.message, range: 0..<5_000)
    frames.chunks.rollBack(to: mark)
    #expect(pending(frames.chunks) == frames.expected)
    #expect(frames.chunks.sharedByteCount == 20_000 && frames.chunks.pendingChunkCount == 4)
    // A mark inside a run of our own bytes: the run is cut back to where it was.
    var chunks = OutboundChunks(sharesLargePieces: true)
    chunks.append(byte: 1)
    let inside = chunks.mark
    chunks.append(byte: 2)
    chunks.rollBack(to: inside)
    chunks.append(byte: 3)
    #expect(pending(chunks) == [1, 3])
  }

  @Test func oneWriteTakesAtMostItsShareOfBuffers() {
    var chunks = OutboundChunks(sharesLargePieces: true)
    let message = [UInt8](repeating: 2, count: 4_096)
    for _ in 0..<100 {
      chunks.append(byte: 0)
      chunks.append(sharing: message, range: 0..<4_096)
    }
    let vectors = chunks.withPendingVectors { $0.count }
    #expect(vectors == OutboundChunks.maxVectorsPerWrite)
    #expect(chunks.pendingChunkCount == 200)
  }

  @Test func aGatherWriteOverASocketResumesAfterPartialWrites() throws {
    var fds: [Int32] = [0, 0]
    #expect(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0, &fds) == 0)
    defer { close(fds[0]); close(fds[1]) }
    // A small send buffer and a non-blocking writer: the socket takes the list in several parts.
    var size: Int32 = 4_096
    setsockopt(fds[0], SOL_SOCKET, SO_SNDBUF, &size, socklen_t(MemoryLayout<Int32>.size))
    _ = fcntl(fds[0], F_SETFL, fcntl(fds[0], F_GETFL) | O_NONBLOCK)
    var frames = Frames()
    var received: [UInt8] = []
    var partialWrites = 0
    var scratch = [UInt8](repeating: 0, count: 65_536)
    while !frames.chunks.isEmpty {
      let written = try frames.chunks.withPendingVectors { try SystemCall.write(fds[0], vectors: $0) }
      if let written {
        if written < frames.chunks.count { partialWrites += 1 }
        frames.chunks.advance(by: written)
      }
      let count = scratch.withUnsafeMutableBytes { Glibc.read(fds[1], $0.baseAddress, $0.count) }
      #expect(count >= 0)
      received += scratch[0..<max(count, 0)]
    }
    while received.count < frames.expected.count {
      let count = scratch.withUnsafeMutableBytes { Glibc.read(fds[1], $0.baseAddress, $0.count) }
      guard count > 0 else { break }
      received += scratch[0..<count]
    }
    #expect(received == frames.expected)
    #expect(partialWrites > 0)
  }
}
