import MeshCore
@testable import MeshGateway
import MeshProtobuf
import MeshProtos
import Synchronization
import Testing

@Suite("The edge response cache")
struct CacheTests {
  /// A clock the test moves.
  final class TestClock: Sendable {
    private let now = Mutex(ContinuousClock.now)
    func advance(_ duration: Duration) { now.withLock { $0 = $0.advanced(by: duration) } }
    var instant: ContinuousClock.Instant { now.withLock { $0 } }
  }

  static let getListing = "/mesh.listing.v1.ListingService/GetListing"
  static let watchListings = "/mesh.listing.v1.ListingService/WatchListings"
  static let cancelOrder = "/mesh.order.v1.OrderService/CancelOrder"

  private func cache(maxEntries: Int = 100, maxBytes: Int = 1 << 20, clock: TestClock = TestClock(),
                     isPrivate: Bool = true) -> ResponseCache {
    ResponseCache(configuration: .init(maxEntries: maxEntries, maxBytes: maxBytes, methods: [
      Self.getListing: .init(timeToLive: .seconds(30), isPrivate: isPrivate),
      Self.watchListings: .init(timeToLive: .seconds(30)),
      Self.cancelOrder: .init(timeToLive: .seconds(30)),
    ]), methods: ProtoRegistry.methods, clock: { clock.instant })
  }

  private func key(_ request: [UInt8], identity: String = "u1") -> ResponseCache.Key {
    ResponseCache.Key(method: Self.getListing, request: request, identity: identity)
  }

  @Test("Only configured unary methods marked NO_SIDE_EFFECTS are cacheable")
  func cacheability() throws {
    let cache = cache()
    #expect(cache.policy(for: Self.getListing) != nil)
    #expect(cache.policy(for: Self.watchListings) == nil)  // server streaming
    #expect(cache.policy(for: Self.cancelOrder) == nil)  // has side effects
    #expect(try #require(ProtoRegistry.methods[Self.getListing]).idempotencyLevel == .noSideEffects)
  }

  @Test("Entries expire after their time to live")
  func expiry() {
    let clock = TestClock()
    let cache = cache(clock: clock)
    cache.store(.init(messages: [[1, 2, 3]]), for: key([9]))
    #expect(cache.lookup(key([9]))?.messages == [[1, 2, 3]])
    #expect(cache.lookup(key([9], identity: "u2")) == nil)
    clock.advance(.seconds(31))
    #expect(cache.lookup(key([9])) == nil)
    #expect(cache.usage.entries == 0)
  }

  @Test("The least recently used entry goes first, by count and by bytes")
  func bounds() {
    let cache = cache(maxEntries: 3)
    for byte: UInt8 in 1...3 { cache.store(.init(messages: [[byte]]), for: key([byte])) }
    _ = cache.lookup(key([1]))  // 2 is now the least recently used
    cache.store(.init(messages: [[4]]), for: key([4]))
    #expect(cache.lookup(key([2])) == nil)
    #expect(cache.lookup(key([1])) != nil && cache.lookup(key([3])) != nil && cache.lookup(key([4])) != nil)
    #expect(cache.usage.entries == 3)

    let small = self.cache(maxBytes: 1_000)
    small.store(.init(messages: [[UInt8](repeating: 0, count: 400)]), for: key([1]))
    small.store(.init(messages: [[UInt8](repeating: 0, count: 400)]), for: key([2]))
    #expect(small.lookup(key([1])) == nil)
    #expect(small.lookup(key([2])) != nil)
    #expect(small.usage.bytes <= 1_000)
    small.store(.init(messages: [[UInt8](repeating: 0, count: 2_000)]), for: key([3]))  // larger than the bound
    #expect(small.lookup(key([3])) == nil)
    #expect(small.lookup(key([2])) != nil)
  }

  @Test("LRU table stays consistent under a random workload", arguments: [1, 2, 3])
  func randomWorkload(seed: Int) {
    var generator = SplitMix(seed: UInt64(seed))
    var table = LRUTable<Int, Int>(maxEntries: 8, maxBytes: 100)
    var model: [(key: Int, size: Int)] = []  // most recently used last
    let far = ContinuousClock.now.advanced(by: .seconds(3600))
    for _ in 0..<2_000 {
      let key = Int(generator.next() % 20)
      if generator.next() % 2 == 0 {
        let size = Int(generator.next() % 30) + 1
        table.insert(key, for: key, size: size, expiry: far)
        model.removeAll { $0.key == key }
        model.append((key, size))
        while model.count > 8 || model.reduce(0, { $0 + $1.size }) > 100 { model.removeFirst() }
      } else {
        let found = table.value(for: key, now: .now)
        if let index = model.firstIndex(where: { $0.key == key }) {
          #expect(found == key)
          model.append(model.remove(at: index))
        } else {
          #expect(found == nil)
        }
      }
      #expect(table.count == model.count)
      #expect(table.bytes == model.reduce(0) { $0 + $1.size })
    }
  }
}

/// A small deterministic random generator for the workload test.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
