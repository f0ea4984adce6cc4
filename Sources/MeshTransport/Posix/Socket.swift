internal import Glibc
internal import CLinux

/// Non-blocking TCP sockets: listening, accepting and connecting.
package enum Socket {
  /// Opens a listening socket bound to `address`; port 0 picks a free port.
  /// - Returns: the descriptor and the bound address.
  /// With `reusePort`, several sockets (one per event loop) share the port and the kernel spreads
  /// connections over them.
  package static func listen(on address: SocketAddress, reusePort: Bool = false, backlog: Int32 = 1024) throws
    -> (Int32, SocketAddress)
  {
    let family = address.isIPv6 ? AF_INET6 : AF_INET
    let fd = try SystemCall.retrying("socket") {
      Glibc.socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    }
    do {
      var one: Int32 = 1
      _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
      if reusePort { _ = setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, socklen_t(MemoryLayout<Int32>.size)) }
      try address.withSockAddr { pointer, length in
        _ = try SystemCall.retrying("bind(\(address))") { Glibc.bind(fd, pointer, length) }
      }
      _ = try SystemCall.retrying("listen") { Glibc.listen(fd, backlog) }
      return (fd, try localAddress(of: fd))
    } catch {
      SystemCall.close(fd)
      throw error
    }
  }

  /// Opens one listening socket per loop on the same port (SO_REUSEPORT), so each loop accepts its own
  /// connections; with port 0 the first picks a free port and the others share it. Closes what it opened
  /// when one fails. A fixed port on which another socket listens already is refused (EADDRINUSE).
  /// - Returns: the bound address and each loop's listening descriptor.
  package static func listenOnEachLoop(of group: EventLoopGroup, at address: SocketAddress) throws
    -> (SocketAddress, [(EventLoop, Int32)])
  {
    // SO_REUSEPORT would let these sockets join another process's listener on the port without an error.
    if ListenerTable.hasListener(overlapping: address) {
      throw SystemCallError(call: "bind(\(address)): another process listens there", errno: EADDRINUSE)
    }
    var bound = address
    var listeners: [(EventLoop, Int32)] = []
    do {
      for loop in group.loops {
        let (fd, address) = try listen(on: bound, reusePort: true)
        bound = address
        listeners.append((loop, fd))
      }
    } catch {
      listeners.forEach { SystemCall.close($0.1) }
      throw error
    }
    return (bound, listeners)
  }

  /// Accepts one connection; nil when none is waiting.
  package static func accept(_ listener: Int32) throws -> (Int32, SocketAddress?)? {
    var storage = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    while true {
      let fd = withUnsafeMutablePointer(to: &storage) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          accept4(listener, $0, &length, Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue))
        }
      }
      if fd >= 0 {
        setNoDelay(fd)
        let peer = withUnsafePointer(to: &storage) {
          $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { SocketAddress(sockaddr: $0) }
        }
        return (fd, peer)
      }
      switch Glibc.errno {
      case EINTR, ECONNABORTED: continue
      case EAGAIN, EWOULDBLOCK: return nil
      case let code: throw SystemCallError(call: "accept4", errno: code)
      }
    }
  }

  /// Starts a non-blocking connect; the socket becomes writable when it completes.
  /// - Returns: the descriptor.
  package static func startConnect(to address: SocketAddress) throws -> Int32 {
    let family = address.isIPv6 ? AF_INET6 : AF_INET
    let fd = try SystemCall.retrying("socket") {
      Glibc.socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
    }
    setNoDelay(fd)
    do {
      try address.withSockAddr { pointer, length in
        if Glibc.connect(fd, pointer, length) != 0 && Glibc.errno != EINPROGRESS {
          throw SystemCallError(call: "connect(\(address))", errno: Glibc.errno)
        }
      }
      return fd
    } catch {
      SystemCall.close(fd)
      throw error
    }
  }

  /// The error of a finished non-blocking connect, 0 when it succeeded.
  package static func pendingError(_ fd: Int32) -> Int32 {
    var error: Int32 = 0
    var length = socklen_t(MemoryLayout<Int32>.size)
    _ = getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length)
    return error
  }

  /// The local address a socket is bound to.
  static func localAddress(of fd: Int32) throws -> SocketAddress {
    var storage = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    _ = try withUnsafeMutablePointer(to: &storage) {
      try $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
        try SystemCall.retrying("getsockname") { getsockname(fd, pointer, &length) }
      }
    }
    return withUnsafePointer(to: &storage) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { SocketAddress(sockaddr: $0) }
    } ?? SocketAddress(host: "0.0.0.0", port: 0)
  }

  /// Disables Nagle's algorithm: gRPC frames are small and latency-bound.
  static func setNoDelay(_ fd: Int32) {
    var one: Int32 = 1
    _ = setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
  }
}
