import Glibc
import MeshCore
@testable import MeshGateway
import Testing

/// The access log's buffered sink on a real pipe: lines held until the buffer is full, the interval passes,
/// a flush or the sink's end; whole lines in order; and the pending timer does not keep the sink alive (it
/// holds the buffer, not the sink).
struct BufferedLogSinkTests {
  /// A pipe whose read end does not block; both ends closed by `close()`.
  private final class Pipe {
    let readEnd: Int32
    let writeEnd: Int32

    init() throws {
      var ends: [Int32] = [0, 0]
      guard pipe(&ends) == 0 else { throw PipeError() }
      readEnd = ends[0]
      writeEnd = ends[1]
      _ = fcntl(readEnd, F_SETFL, fcntl(readEnd, F_GETFL) | O_NONBLOCK)
    }

    /// Everything readable now, as text.
    func readAvailable() -> String {
      var bytes: [UInt8] = []
      var chunk = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = chunk.withUnsafeMutableBytes { read(readEnd, $0.baseAddress, $0.count) }
        guard count > 0 else { break }
        bytes.append(contentsOf: chunk[..<count])
      }
      return String(decoding: bytes, as: UTF8.self)
    }

    /// Waits up to `seconds` for something to read, looking every 10 ms with sleeps between: a poll(2)
    /// blocking for the whole wait would hold one of the tests' cooperative threads (two on a two-core
    /// machine) and stall every other test's tasks meanwhile.
    func waitReadable(seconds: Double) async -> Bool {
      let deadline = ContinuousClock.now + .milliseconds(Int(seconds * 1000))
      while true {
        var entry = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
        if poll(&entry, 1, 0) == 1 { return true }
        guard ContinuousClock.now < deadline else { return false }
        try? await Task.sleep(for: .milliseconds(10))
      }
    }

    func close() {
      Glibc.close(readEnd)
      Glibc.close(writeEnd)
    }
  }

  private struct PipeError: Error {}

  @Test func linesWaitForTheIntervalThenGoOutWholeAndInOrder() async throws {
    let pipe = try Pipe()
    defer { pipe.close() }
    let sink = BufferedLogSink(descriptor: pipe.writeEnd, capacity: 1 << 20, interval: .milliseconds(50))
    sink.write(line: "one")
    sink.writeLine(maxBytes: 3) { $0.add("two") }
    #expect(pipe.readAvailable() == "", "held until the interval passes")
    #expect(await pipe.waitReadable(seconds: 5))
    #expect(pipe.readAvailable() == "one\ntwo\n")
    // The timer ran: the next line schedules another.
    sink.write(line: "three")
    #expect(await pipe.waitReadable(seconds: 5))
    #expect(pipe.readAvailable() == "three\n")
  }

  @Test func aFullBufferIsWrittenAtOnce() throws {
    let pipe = try Pipe()
    defer { pipe.close() }
    let sink = BufferedLogSink(descriptor: pipe.writeEnd, capacity: 10, interval: .seconds(3600))
    sink.write(line: "abcd")
    #expect(pipe.readAvailable() == "")
    sink.write(line: "efghij")  // 5 + 7 bytes held: past the capacity
    #expect(pipe.readAvailable() == "abcd\nefghij\n")
  }

  @Test func flushAndTheSinksEndWriteWhatIsHeld() throws {
    let pipe = try Pipe()
    defer { pipe.close() }
    var sink: BufferedLogSink? = BufferedLogSink(descriptor: pipe.writeEnd, capacity: 1 << 20, interval: .seconds(3600))
    sink?.write(line: "a")
    sink?.flush()
    #expect(pipe.readAvailable() == "a\n")
    sink?.write(line: "b")
    #expect(pipe.readAvailable() == "")
    sink = nil
    #expect(pipe.readAvailable() == "b\n")
  }

  @Test func aPendingTimerDoesNotKeepTheSinkAliveNorWriteALineTwice() async throws {
    let pipe = try Pipe()
    defer { pipe.close() }
    var sink: BufferedLogSink? = BufferedLogSink(descriptor: pipe.writeEnd, capacity: 1 << 20, interval: .milliseconds(50))
    weak let watched = sink
    sink?.write(line: "last")
    sink = nil
    #expect(watched == nil, "the timer holds the buffer, not the sink")
    #expect(pipe.readAvailable() == "last\n", "the sink's end wrote its line")
    // The timer fires on an empty buffer: nothing more.
    #expect(await !pipe.waitReadable(seconds: 0.3))
    #expect(pipe.readAvailable() == "")
  }

  /// A relayed call's access line goes straight into the sink's buffer (`AccessLog.writeRelayed`): the same
  /// bytes `AccessLog.lineBytes` returns for the call at the time the line carries, then its newline; a full
  /// buffer is written at once as with any other line.
  @Test func aRelayedLineWrittenInPlaceIsTheLineOfLineBytes() throws {
    let pipe = try Pipe()
    defer { pipe.close() }
    let sink = BufferedLogSink(descriptor: pipe.writeEnd, capacity: 1 << 20, interval: .seconds(3600))
    let log = AccessLog(sink: sink)
    var fields = AccessLogEntry.Fields(requestID: nil, traceParent: nil, path: "/mesh.echo.v1.Echo/Get",
                                       protocolName: "grpc", peer: "127.0.0.1:50412")
    fields.httpStatus = 200
    fields.route = "echo"
    fields.grpcStatus = .ok
    let requestID = Array("7f3c9a2e-1b4d-4e5f-8a6b-0c1d2e3f4a5b".utf8)
    let traceParent = Array("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01".utf8)
    sink.write(line: "before")
    requestID.withUnsafeBytes { id in
      traceParent.withUnsafeBytes { parent in
        log.writeRelayed(fields, requestID: id, traceParent: parent, duration: .microseconds(1_234))
      }
    }
    sink.write(line: "after")
    #expect(pipe.readAvailable() == "", "held like any line")
    sink.flush()
    let lines = pipe.readAvailable().split(separator: "\n", omittingEmptySubsequences: false)
    try #require(lines.count == 4)
    #expect(lines[0] == "before" && lines[2] == "after" && lines[3] == "")
    // The time the line was written with (`{"time":"` and 24 characters), given to `lineBytes`.
    let time = String(lines[1].dropFirst(9).prefix(24))
    let expected = requestID.withUnsafeBytes { id in
      traceParent.withUnsafeBytes { parent in
        AccessLog.lineBytes(for: fields, requestID: id, traceParent: parent, duration: .microseconds(1_234)) {
          $0.add(time)
        }
      }
    }
    #expect(String(lines[1]) == String(decoding: expected, as: UTF8.self))
    #expect(lines[1].contains("\"request_id\":\"7f3c9a2e-1b4d-4e5f-8a6b-0c1d2e3f4a5b\""))
    #expect(lines[1].contains("\"trace_id\":\"4bf92f3577b34da6a3ce929d0e0e4736\""))
  }
}
