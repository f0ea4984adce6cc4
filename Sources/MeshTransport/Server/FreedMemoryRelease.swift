internal import CLinux
internal import Glibc

/// Gives the heap's freed pages back to the kernel, after a connection that held many megabytes closed
/// (issue 8 §3: memory is returned when connections end). glibc's malloc keeps them until `malloc_trim`;
/// mimalloc, the malloc the shipped executables link (docs/ARCHITECTURE.md, "The process's allocator"),
/// gives them back only when the thread allocates again, so an idle server would keep a burst's pages
/// until its next call: `mi_collect(true)` on the thread whose heap holds them does it at once. The symbol
/// is looked up at run time because libraries do not link mimalloc (an executable does, or not).
enum FreedMemoryRelease {
  private typealias Collect = @convention(c) (Bool) -> Void

  /// mimalloc's `mi_collect`, when mimalloc is in the process.
  private static let mimallocCollect: Collect? = {
    // A null handle is RTLD_DEFAULT: every object of the process, in load order.
    guard let symbol = dlsym(nil, "mi_collect") else { return nil }
    return unsafeBitCast(symbol, to: Collect.self)
  }()

  /// Returns the calling thread's freed heap pages (mimalloc), or the process's free heap top (glibc).
  static func releaseOnThisThread() {
    if let collect = mimallocCollect { collect(true) } else { malloc_trim(0) }
  }
}
