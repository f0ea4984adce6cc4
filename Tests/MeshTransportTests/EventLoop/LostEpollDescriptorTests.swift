import Glibc
@testable import MeshTransport
import Testing

/// An event loop whose epoll descriptor was closed under it (code that closes a descriptor number twice,
/// after the kernel gave the number to the loop's epoll instance) stops the process with a message: it
/// once went on calling `epoll_wait`, which failed with EBADF at once, at full CPU for 20 minutes while
/// every call on the loop hung.
@Suite("Event loop: a lost epoll descriptor")
struct LostEpollDescriptorTests {
  @Test func aLoopWhoseEpollDescriptorWasClosedStopsTheProcessInsteadOfSpinning() async {
    await #expect(processExitsWith: .failure) {
      let loop = EventLoop(name: "lost-epoll")
      Glibc.close(loop.epollFD)
      // The wait in progress keeps the closed instance alive; a wake-up ends it, and the next wait fails.
      loop.execute {}
      // Not stopped within a minute: the exit test sees a clean exit and fails.
      try? await Task.sleep(for: .seconds(60))
    }
  }
}
