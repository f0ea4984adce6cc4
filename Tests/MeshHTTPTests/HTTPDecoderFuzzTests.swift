import MeshHTTP
import Testing

/// Random and mutated input for a bounded time: the decoder must answer every byte string with
/// requests or a refusal, never crash, and never produce a request from a refused stream.
@Suite struct HTTPDecoderFuzzTests {
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

  private static let seeds = [
    "GET /a?b=c HTTP/1.1\r\nHost: x\r\n\r\n",
    "POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
    "POST /e HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
  ].map { Array($0.utf8) }

  /// The loop hands its cooperative thread back every 64 inputs: two seconds of work without a suspension
  /// would hold one of the tests' two pool threads (on a two-core machine) and delay every other test's
  /// tasks in the process, the deadline-bound ones included. A task that hands its thread back may wait
  /// long for it under load (64 inputs in 2 s once, in the group with the CLI tests' peers), so the loop
  /// goes on for 2 s and at least `minimumCases` inputs.
  @Test func survivesRandomAndMutatedBytes() async {
    let minimumCases = 2_000
    var random = SplitMix(state: 20261202)
    let clock = ContinuousClock()
    let start = clock.now
    let end = start + .seconds(2)
    var cases = 0
    var refused = 0
    while cases < minimumCases || clock.now < end {
      var input: [UInt8]
      if cases % 2 == 0 {
        input = (0..<Int.random(in: 1...300, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
      } else {
        input = Self.seeds[Int.random(in: 0..<Self.seeds.count, using: &random)]
        for _ in 0..<Int.random(in: 1...4, using: &random) {
          let index = Int.random(in: 0..<input.count, using: &random)
          switch Int.random(in: 0..<3, using: &random) {
          case 0: input[index] = UInt8.random(in: 0...255, using: &random)
          case 1: input.insert(UInt8.random(in: 0...255, using: &random), at: index)
          default: input.remove(at: index)
          }
          if input.isEmpty { input = [0] }
        }
      }
      let decoder = HTTPRequestDecoder(limits: HTTPDecoderLimits(maxBodyBytes: 1024))
      var position = 0
      var failed = false
      while position < input.count {
        let step = Int.random(in: 1...max(1, input.count - position), using: &random)
        for event in decoder.feed(Array(input[position..<position + step])) {
          if case .failure = event { failed = true }
          if case .request = event { #expect(!failed) }
        }
        position += step
      }
      if failed { refused += 1 }
      cases += 1
      if cases % 64 == 0 { await Task.yield() }
    }
    print("fuzz: \(cases) inputs in \(clock.now - start), \(refused) refused")
  }
}
