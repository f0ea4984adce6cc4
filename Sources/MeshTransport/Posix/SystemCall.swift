internal import Glibc

/// An error from a system call: its name and errno.
public struct SystemCallError: Error, Sendable, CustomStringConvertible {
  /// The call that failed, such as `connect`.
  public let call: String
  /// The errno it set.
  public let errno: Int32

  /// `call: strerror(errno)`.
  public var description: String { "\(call): \(String(cString: strerror(errno))) (errno \(errno))" }
}

/// Wrappers of the system calls the transport uses: retry on EINTR, throw the rest with the call's name.
package enum SystemCall {
  /// Runs `body` until it does not fail with EINTR; throws on -1.
  @inline(__always)
  static func retrying<T: BinaryInteger>(_ name: String, _ body: () -> T) throws -> T {
    while true {
      let result = body()
      if result >= 0 { return result }
      let code = Glibc.errno
      if code == EINTR { continue }
      throw SystemCallError(call: name, errno: code)
    }
  }

  /// Reads into `buffer`; nil when the call would block, 0 at end of stream.
  package static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) throws -> Int? {
    while true {
      let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
      if n >= 0 { return n }
      switch Glibc.errno {
      case EINTR: continue
      case EAGAIN, EWOULDBLOCK: return nil
      case let code: throw SystemCallError(call: "read", errno: code)
      }
    }
  }

  /// Writes from `buffer`; nil when the call would block.
  package static func write(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) throws -> Int? {
    while true {
      let n = Glibc.send(fd, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
      if n >= 0 { return n }
      switch Glibc.errno {
      case EINTR: continue
      case EAGAIN, EWOULDBLOCK: return nil
      case let code: throw SystemCallError(call: "send", errno: code)
      }
    }
  }

  /// Writes the buffers `vectors` in order, with one call (a gather write); nil when the call would
  /// block. Like `write`, a closed peer is an error, never SIGPIPE.
  static func write(_ fd: Int32, vectors: UnsafeBufferPointer<iovec>) throws -> Int? {
    var message = msghdr()
    message.msg_iov = UnsafeMutablePointer(mutating: vectors.baseAddress)
    message.msg_iovlen = vectors.count
    while true {
      let n = Glibc.sendmsg(fd, &message, Int32(MSG_NOSIGNAL))
      if n >= 0 { return n }
      switch Glibc.errno {
      case EINTR: continue
      case EAGAIN, EWOULDBLOCK: return nil
      case let code: throw SystemCallError(call: "sendmsg", errno: code)
      }
    }
  }

  /// Ends the sending half of a socket (a FIN after what was written) and keeps it open for reading;
  /// errors are ignored because a socket that cannot be shut is one the peer already closed.
  package static func shutdownWrite(_ fd: Int32) { _ = Glibc.shutdown(fd, Int32(SHUT_WR)) }

  /// A second descriptor for the same socket (dup(2), close-on-exec), so the socket outlives the
  /// closing of `fd`; nil when the process is out of descriptors.
  package static func duplicate(_ fd: Int32) -> Int32? {
    let copy = Glibc.fcntl(fd, F_DUPFD_CLOEXEC, 0)
    return copy >= 0 ? copy : nil
  }

  /// Closes a descriptor; errors are ignored because the descriptor is gone either way (close(2)).
  /// A debug build stops at EBADF: the number was not open, so someone closed it twice, and had the
  /// kernel given it out again meanwhile, the second close would have closed someone else's descriptor.
  package static func close(_ fd: Int32) {
    let result = Glibc.close(fd)
    assert(result == 0 || errno != EBADF, "close(\(fd)): not an open descriptor; was it closed twice?")
  }
}
