import Glibc

/// A loopback TCP port that refuses every connection for as long as this value holds it: a socket bound
/// to it that never listens. Tests of "the server is gone" use it instead of a port whose server was shut
/// down, because a freed port can be given at once to another test's server in the same run (the kernel
/// hands out ephemeral ports again), and a call meant to be refused then reaches that server instead.
/// The socket is bound without SO_REUSEADDR, so no other socket can bind the port while it is held, except a
/// server that sets SO_REUSEPORT, as `GRPCServer` does, and binds this very port: a test that gives the port
/// to its own server ("the server came back") starts that server first and only then closes this value. A
/// port closed first could go in between to another process's connection (the kernel takes the local port
/// of an outgoing connection from the same range), and the server's bind failed with EADDRINUSE. The kernel
/// never gives a SO_REUSEPORT port to a bind to port 0 or to an outgoing connection, and a socket that does
/// not listen takes no connection, so the port still refuses until a server listens on it.
public final class RefusingPort: @unchecked Sendable {
  /// The port's number.
  public let port: Int
  private var descriptor: Int32

  /// Binds a socket to an ephemeral port of 127.0.0.1 without listening on it, or to `port` when it is given:
  /// a port on which a server of the test listens with SO_REUSEPORT is held so across that server's restart.
  public init(port: Int = 0) throws {
    // Close-on-exec: a peer process another test spawns meanwhile would otherwise keep the port bound after
    // `close`, and a test that gives the port to its own server could not bind it.
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    guard descriptor >= 0 else { throw RefusingPortError(description: "socket() failed: errno \(errno)") }
    var one: Int32 = 1
    guard setsockopt(descriptor, SOL_SOCKET, SO_REUSEPORT, &one, socklen_t(MemoryLayout<Int32>.size)) == 0 else {
      let failure = errno
      Glibc.close(descriptor)
      throw RefusingPortError(description: "SO_REUSEPORT failed: errno \(failure)")
    }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = UInt16(clamping: port).bigEndian
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(descriptor, $0, length) == 0 && getsockname(descriptor, $0, &length) == 0
      }
    }
    guard bound else {
      let failure = errno
      Glibc.close(descriptor)
      throw RefusingPortError(description: "binding a refusing port failed: errno \(failure)")
    }
    self.descriptor = descriptor
    self.port = Int(UInt16(bigEndian: address.sin_port))
  }

  /// Gives the port back.
  public func close() {
    guard descriptor >= 0 else { return }
    Glibc.close(descriptor)
    descriptor = -1
  }

  deinit { close() }
}

/// A refusing port could not be made.
public struct RefusingPortError: Error, CustomStringConvertible {
  /// What failed.
  public let description: String
}
