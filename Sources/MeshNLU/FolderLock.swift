import Foundation

/// An exclusive `flock` on `.nlu-heads.lock` in a folder, so that replicas starting together on one
/// models folder fit a head once: the first holds the lock while it fits and stores, the others wait and
/// then read its file. Released by `release()` or when the process ends (the kernel drops the lock), so a
/// killed replica never leaves the folder locked. Without a writable folder there is no lock (`held` is
/// false) and every start fits for itself, as before.
final class FolderLock {
  private var descriptor: Int32 = -1

  /// Whether the lock is held.
  var held: Bool { descriptor >= 0 }

  /// Takes the lock, polling every 50 ms for at most `wait` (a holder stopped without dying must not
  /// hold every other start forever: after `wait` the caller goes on without the lock).
  init(directory: URL, wait: Duration) {
    let fd = open(directory.appendingPathComponent(".nlu-heads.lock").path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
    guard fd >= 0 else { return }
    let deadline = ContinuousClock.now + wait
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR, ContinuousClock.now < deadline else {
        close(fd)
        return
      }
      usleep(50_000)
    }
    descriptor = fd
  }

  /// Releases the lock (closing the descriptor drops it).
  func release() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }
}
