internal import Glibc
import Synchronization

/// How many sockets may linger at once (`LingeringSocket`); past the cap a closing socket closes at once,
/// as before lingering existed. A lingering socket holds nothing but its descriptor, for up to the
/// lingering limit (5 s by default): a burst of closes (a drain, a flood of bad requests, clients that keep
/// sending after our GOAWAY) could otherwise hold descriptors the listener needs to accept, and `accept`
/// fails with EMFILE. The default cap is a quarter of the process's descriptor limit (`defaultCap`): the
/// descriptors are what runs out, whatever the server's connection limit, and three quarters stay for live
/// connections, upstreams and files. Shared by every loop, so counted atomically.
package final class LingerBudget: Sendable {
  /// The most sockets that linger at once.
  package let cap: Int
  private let count = Atomic<Int>(0)

  /// A budget of `cap` lingering sockets (zero: none lingers).
  package init(cap: Int) { self.cap = max(0, cap) }

  /// The budget every server's closing sockets share unless given another (tests).
  package static let shared = LingerBudget(cap: defaultCap)

  /// A quarter of the soft RLIMIT_NOFILE, at least 16 (a soft limit of 1024 gives 256; 65536, 16384).
  package static var defaultCap: Int {
    var limit = rlimit()
    guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max else { return 16_384 }
    return max(16, Int(clamping: limit.rlim_cur / 4))
  }

  /// Sockets lingering now.
  package var lingering: Int { count.load(ordering: .relaxed) }

  /// Takes a place for one more lingering socket; false when the cap is reached.
  func take() -> Bool {
    var current = count.load(ordering: .relaxed)
    while current < cap {
      let (exchanged, original) = count.compareExchange(expected: current, desired: current + 1, ordering: .relaxed)
      if exchanged { return true }
      current = original
    }
    return false
  }

  /// Gives back the place of a socket that stopped lingering.
  func giveBack() { count.subtract(1, ordering: .relaxed) }
}
