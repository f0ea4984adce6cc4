@testable import MeshInterop
import Testing

/// The shared zero bodies of the interop server's responses: always zeros of the asked size, whatever
/// the cache holds, and never changed by a caller that modifies its copy.
@Suite struct ZeroPayloadsTests {
  @Test func everySizeGivesThatManyZeros() {
    let sizes = [-1, 0, 1, 1_023, 1_024, 4_096, 65_536, 65_536, 1 << 20, (1 << 20) + 1] + (0..<12).map { 2_000 + $0 }
    for size in sizes {
      let body = ZeroPayloads.body(size: size)
      #expect(body.count == max(size, 0), "size \(size)")
      #expect(body.allSatisfy { $0 == 0 }, "size \(size)")
    }
  }

  @Test func changingABodyLeavesTheSharedOneZero() {
    var first = ZeroPayloads.body(size: 32_768)
    first[100] = 1
    let second = ZeroPayloads.body(size: 32_768)
    #expect(second.count == 32_768)
    #expect(second.allSatisfy { $0 == 0 })
  }
}
