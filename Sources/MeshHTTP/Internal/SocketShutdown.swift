import Glibc

/// shutdown(2) for the server's connections (MeshTransport's `SystemCall` has no such call).
enum SocketShutdown {
  /// Ends the sending half of a socket (a FIN after what was written) and keeps it open for reading;
  /// errors are ignored because the caller closes the descriptor soon either way.
  static func write(_ fd: Int32) { _ = Glibc.shutdown(fd, Int32(SHUT_WR)) }
}
