internal import Glibc
internal import CLinux
import Synchronization
import Dispatch

/// Reacts to readiness of a descriptor registered with an event loop; called on the loop's thread.
package protocol FileEventHandler: AnyObject {
  /// Called with the epoll events that fired.
  func handleEvents(readable: Bool, writable: Bool, hangup: Bool)
  /// The loop is stopping: close the descriptor and release what it holds (connections fail their calls).
  func loopStopping()
}

/// Asked to do its deferred work (a flush) at the end of a turn of the loop.
protocol TickEndHandler: AnyObject {
  /// Called once per request, on the loop's thread.
  func tickEnded()
}

/// One thread running epoll: it owns connections, runs their timers, and executes Swift tasks that
/// prefer it (it is a `TaskExecutor`), so a request's handler can run without a thread hop.
///
/// Everything a loop owns (its handlers, timers, and the connections on it) is touched only on its
/// thread; other threads reach it with `execute(_:)`, which wakes it through an eventfd.
public final class EventLoop: TaskExecutor, @unchecked Sendable {
  private enum Work {
    case closure(@Sendable () -> Void)
    case job(UnownedJob)
  }

  /// Internal, not private: a test closes it to see the loop stop the process instead of spinning.
  let epollFD: Int32
  private let wakeFD: Int32
  private let inbox = Mutex<[Work]>([])
  /// Set while the loop is in (or about to enter) epoll_wait, so producers know a wake-up is needed.
  private let sleeping = Atomic<Bool>(false)
  private var handlers: [Int32: any FileEventHandler] = [:]
  /// Unchecked for exclusivity: a relayed call watches and unwatches its deadline here (two dynamic checks
  /// of ~70 instructions each, besides the loop's own per turn). Only the loop's thread touches it, and no
  /// access to it can meet another: its methods call no timer's work nor any target's `deadlinePassed`
  /// (the loop runs those after `popExpired` and `takeExpiredWatched` returned), only the watched targets'
  /// `deadlineSlot`, a stored property of theirs.
  @exclusivity(unchecked) private var timers = TimerQueue()
  private var running = true
  /// Connections that asked to flush at the end of this turn of the loop, so that everything a turn
  /// produced leaves in one write.
  private var flushQueue: [any TickEndHandler] = []
  /// The handlers being told the tick ended, swapped with `flushQueue`: copied out and emptied in place,
  /// the queue's buffer was still shared with the copy, so `removeAll(keepingCapacity:)` allocated a new
  /// one on every turn that flushed (~0.2 mallocs per relayed call at 4x4).
  private var flushing: [any TickEndHandler] = []
  /// Work the loop queued for itself; only its thread touches it.
  private var localWork: [Work] = []
  /// A buffer every connection on this loop reads into: reads are synchronous and their bytes are
  /// consumed before the next read, so one buffer per loop, not per connection, keeps idle
  /// connections small.
  package let readBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: 256 * 1024, alignment: 16)
  private var threadID = pthread_t()
  /// How long a loop that just handled I/O polls for more before it blocks in epoll_wait.
  static let pollBeforeSleep: Duration = .microseconds(50)
  /// Whether polling before sleeping has been paying on this loop; only its thread touches it.
  private var pollPolicy = PollBeforeSleep()
  private let started = Mutex<Bool>(false)
  /// Set when the loop has stopped. Work that still arrives then (a task resumed by a timer elsewhere,
  /// a call's last `execute`) runs on `afterStop`, one at a time: the loop's connections are closed by
  /// then, so it finds them closed and finishes instead of hanging.
  private let stopped = Mutex<Bool>(false)
  private let afterStop = DispatchQueue(label: "mesh.event-loop.after-stop")
  /// Signalled when `run` has returned (its connections closed), for `waitUntilStopped`.
  private let finished = DispatchSemaphore(value: 0)

  /// A name for logs, such as `loop-0`.
  public let name: String

  /// Creates a loop and starts its thread.
  /// - Parameter name: a name for logs.
  public init(name: String) {
    self.name = name
    epollFD = epoll_create1(Int32(EPOLL_CLOEXEC))
    wakeFD = eventfd(0, Int32(EFD_NONBLOCK) | Int32(EFD_CLOEXEC))
    precondition(epollFD >= 0 && wakeFD >= 0, "epoll_create1/eventfd failed: \(errno)")
    var event = epoll_event()
    event.events = EPOLLIN.rawValue
    event.data.fd = wakeFD
    epoll_ctl(epollFD, EPOLL_CTL_ADD, wakeFD, &event)
    startThread()
  }

  private func startThread() {
    let box = Unmanaged.passRetained(self)
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    var thread = pthread_t()
    let rc = pthread_create(&thread, &attributes, { raw in
      let loop = Unmanaged<EventLoop>.fromOpaque(raw!).takeRetainedValue()
      loop.run()
      return nil
    }, box.toOpaque())
    precondition(rc == 0, "pthread_create failed: \(rc)")
    pthread_attr_destroy(&attributes)
    pthread_detach(thread)
    // The thread records its own id first thing; wait for it so `inLoop` is right from now on.
    while !started.withLock({ $0 }) { sched_yield() }
  }

  /// Whether the caller runs on this loop's thread.
  public var inLoop: Bool { pthread_equal(pthread_self(), threadID) != 0 }

  /// Stops a debug build when a loop-confined object is used from another thread; compiled out of
  /// release builds.
  /// Once the loop has stopped, work that still arrives runs on its serial `afterStop` queue (one at a
  /// time, so confinement still holds): that is allowed too.
  func assertInLoop(file: StaticString = #fileID, line: UInt = #line) {
    assert(inLoop || stopped.withLock({ $0 }), "a loop-confined object was used off its event loop",
           file: file, line: line)
  }

  /// Runs `work` on the loop's thread, later; safe from any thread.
  /// - Parameter work: the closure.
  public func execute(_ work: @escaping @Sendable () -> Void) { submit(.closure(work)) }

  /// Runs a Swift task's job on the loop (the `TaskExecutor` requirement).
  /// - Parameter job: the job.
  public func enqueue(_ job: consuming ExecutorJob) { submit(.job(UnownedJob(job))) }

  private func submit(_ work: Work) {
    // Work queued by the running loop itself (a handler's task started or resumed by a read) needs
    // neither the lock nor a wake-up.
    if inLoop && running {
      localWork.append(work)
      return
    }
    let accepted = inbox.withLock { inbox -> Bool in
      guard !stopped.withLock({ $0 }) else { return false }
      inbox.append(work)
      return true
    }
    guard accepted else { return runAfterStop(work) }
    if sleeping.exchange(false, ordering: .acquiringAndReleasing) { wake() }
  }

  private func wake() {
    var one: UInt64 = 1
    _ = Glibc.write(wakeFD, &one, 8)
  }

  /// Stops the loop after the work already queued; its thread exits.
  public func shutdown() {
    execute { [self] in running = false }
  }

  /// Waits until the loop has stopped and closed its connections, and the work that arrived after the
  /// stop has run. For a process about to exit: OpenSSL's exit handlers free its global state, and a loop
  /// thread still closing a TLS connection at that moment crashed `mesh call` now and then.
  /// - Parameter timeout: the longest wait.
  public func waitUntilStopped(timeout: Duration = .seconds(5)) {
    let milliseconds = Int(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
    guard finished.wait(timeout: .now() + .milliseconds(milliseconds)) == .success else { return }
    finished.signal()  // so that a second waiter does not wait for nothing
    afterStop.sync {}
  }

  private func runAfterStop(_ work: Work) {
    let transfer = UnsafeTransfer(work)
    afterStop.async {
      switch transfer.value {
      case .closure(let closure): closure()
      case .job(let job): job.runSynchronously(on: globalConcurrentExecutor.asUnownedTaskExecutor())
      }
    }
  }

  // MARK: Loop-only API

  /// A handler read `byteCount` bytes at once: after a large read the loop blocks without polling for a
  /// while (`PollBeforeSleep.bulkReadBytes`). Loop thread only.
  package func noteRead(byteCount: Int) { pollPolicy.read(byteCount: byteCount) }

  /// Registers a descriptor for read (and optionally write) readiness. Loop thread only.
  package func register(_ fd: Int32, handler: any FileEventHandler, writable: Bool = false) {
    precondition(inLoop)
    // A number still held by another handler was closed without `unregister`, or is owned twice: either
    // way one of them will close a descriptor that is no longer its own.
    assert(handlers[fd].map { $0 === handler } ?? true, "\(name): descriptor \(fd) registered while another handler holds it")
    handlers[fd] = handler
    var event = epoll_event()
    event.events = EPOLLIN.rawValue | EPOLLRDHUP.rawValue | (writable ? EPOLLOUT.rawValue : 0)
    event.data.fd = fd
    epoll_ctl(epollFD, EPOLL_CTL_ADD, fd, &event)
  }

  /// Changes whether write readiness is reported for a registered descriptor. Loop thread only.
  package func setWriteInterest(_ fd: Int32, _ writable: Bool) {
    var event = epoll_event()
    event.events = EPOLLIN.rawValue | EPOLLRDHUP.rawValue | (writable ? EPOLLOUT.rawValue : 0)
    event.data.fd = fd
    epoll_ctl(epollFD, EPOLL_CTL_MOD, fd, &event)
  }

  /// Changes which readiness a registered descriptor reports, read and write apart (an HTTP/1.1
  /// connection stops reading while it answers). Loop thread only.
  package func setInterest(_ fd: Int32, readable: Bool, writable: Bool) {
    var event = epoll_event()
    event.events = (readable ? EPOLLIN.rawValue | EPOLLRDHUP.rawValue : 0) | (writable ? EPOLLOUT.rawValue : 0)
    event.data.fd = fd
    epoll_ctl(epollFD, EPOLL_CTL_MOD, fd, &event)
  }

  /// Stops watching a descriptor (it is not closed). Loop thread only.
  package func unregister(_ fd: Int32) {
    handlers[fd] = nil
    epoll_ctl(epollFD, EPOLL_CTL_DEL, fd, nil)
  }

  /// Calls `handler.tickEnded()` once at the end of this turn of the loop. Loop thread only.
  func runAtEndOfTick(_ handler: any TickEndHandler) { flushQueue.append(handler) }

  /// Runs `work` on the loop at `deadline`. Loop thread only.
  /// - Returns: an id for `cancelTimer`.
  @discardableResult
  package func schedule(at deadline: ContinuousClock.Instant, _ work: @escaping () -> Void) -> TimerQueue.ID {
    timers.insert(deadline: deadline, work)
  }

  /// Cancels a timer; nothing happens if it already fired. Loop thread only.
  package func cancelTimer(_ id: TimerQueue.ID) { timers.cancel(id) }

  /// Tells `target` when `deadline` passes, unless `unwatchDeadline` comes first: for a deadline that nearly
  /// always goes unused (a relayed call's), cheaper than `schedule` and `cancelTimer`. Loop thread only.
  package func watchDeadline(_ target: any DeadlineWatched, until deadline: ContinuousClock.Instant) {
    timers.watch(target, until: deadline)
  }

  /// Stops watching `target`'s deadline; nothing happens when it passed already. Loop thread only.
  package func unwatchDeadline(_ target: any DeadlineWatched) { timers.unwatch(target) }

  // MARK: The loop

  private func run() {
    threadID = pthread_self()
    started.withLock { $0 = true }
    let executor = asUnownedTaskExecutor()
    var events = [epoll_event](repeating: epoll_event(), count: 256)
    var batch: [Work] = []
    batch.reserveCapacity(256)
    var wasBusy = false
    while running {
      // Announce the sleep before the last look at the inbox, so a producer that appends after the
      // look is sure to see `sleeping` and write to the eventfd.
      sleeping.store(true, ordering: .sequentiallyConsistent)
      let hasWork = !localWork.isEmpty || inbox.withLock { !$0.isEmpty }
      let timeout: Int32 = hasWork ? 0 : timers.millisecondsUntilNext(now: .now)
      var count: Int32 = 0
      if timeout != 0 && wasBusy && pollPolicy.shouldPoll() {
        // A turn that had I/O is often followed by more within microseconds (a ping-pong peer's
        // next message): poll briefly before blocking, because waking a halted CPU costs more than
        // the poll. Only once per wake-up with I/O, so an idle loop blocks after one short poll; and
        // less often while the polls find nothing (`PollBeforeSleep`).
        let pollUntil = ContinuousClock.now + Self.pollBeforeSleep
        repeat {
          count = eventCount(epoll_wait(epollFD, &events, Int32(events.count), 0))
        } while count == 0 && ContinuousClock.now < pollUntil
        pollPolicy.polled(foundEvents: count > 0)
      }
      if count == 0 {
        count = eventCount(epoll_wait(epollFD, &events, Int32(events.count), timeout))
      }
      wasBusy = count > 0
      sleeping.store(false, ordering: .sequentiallyConsistent)
      if count > 0 {
        for index in 0..<Int(count) {
          let event = events[index]
          let fd = event.data.fd
          if fd == wakeFD {
            var value: UInt64 = 0
            _ = Glibc.read(wakeFD, &value, 8)
            continue
          }
          guard let handler = handlers[fd] else { continue }
          let flags = event.events
          handler.handleEvents(
            readable: flags & (EPOLLIN.rawValue | EPOLLRDHUP.rawValue) != 0,
            writable: flags & EPOLLOUT.rawValue != 0,
            hangup: flags & (EPOLLHUP.rawValue | EPOLLERR.rawValue) != 0)
          // The tasks this descriptor's events started or resumed (a connection's new calls) run now,
          // before the next descriptor is read: their request buffers are still in the CPU's cache and
          // are freed for the next connection's to reuse. Run after every descriptor of the turn, a
          // turn's reads (up to 1 MiB per connection) evicted them first: with ten connections of
          // 64 KiB calls the server spent about 18% more CPU per call (mesh/bench/README.md, issue 8).
          if !localWork.isEmpty { runLocalWork(&batch, on: executor) }
        }
      }
      let now = ContinuousClock.now
      while let expired = timers.popExpired(now: now) { expired() }
      for target in timers.takeExpiredWatched(now: now) { target.deadlinePassed() }
      // Run what other threads and resumed tasks queued; work queued meanwhile waits for the next turn
      // so that I/O is never starved.
      swap(&localWork, &batch)
      inbox.withLock { queued in
        if batch.isEmpty {
          swap(&queued, &batch)
        } else if !queued.isEmpty {
          batch.append(contentsOf: queued)
          queued.removeAll(keepingCapacity: true)
        }
      }
      runAll(&batch, on: executor)
      while !flushQueue.isEmpty {
        // Handlers queued by a handler land in the emptied queue and run on the next pass.
        swap(&flushQueue, &flushing)
        for handler in flushing { handler.tickEnded() }
        flushing.removeAll(keepingCapacity: true)
      }
    }
    // Close what is still registered, so connections fail their calls and break their cycles instead
    // of outliving the loop with open descriptors.
    for handler in Array(handlers.values) { handler.loopStopping() }
    handlers.removeAll()
    // Timers and queued work hold closures that hold connections that hold this loop: drop them so
    // the cycle breaks (a job dropped here belongs to a task that can no longer run anyway).
    timers = TimerQueue()
    flushQueue.removeAll()
    flushing.removeAll()
    let leftover = localWork + inbox.withLock { inbox -> [Work] in
      stopped.withLock { $0 = true }
      defer { inbox.removeAll() }
      return inbox
    }
    localWork.removeAll()
    leftover.forEach(runAfterStop)
    finished.signal()
    // The epoll and wake descriptors stay open until deinit: work that runs after the stop (a connection
    // closing itself from the serial queue) may still call epoll_ctl or wake(), and on a closed number
    // that the process had reused (libdispatch's own epoll, a pipe) it would corrupt someone else's
    // descriptor. This crashed libdispatch's manager thread in the test process.
  }

  /// `epoll_wait`'s result as a number of events; an interrupted wait (EINTR) found none. Any other failure
  /// means the loop's own epoll descriptor is gone (EBADF, EINVAL): code somewhere closed a descriptor
  /// number twice, after the kernel had given that number to this epoll instance. The loop can see no
  /// socket any more, and going on would spin at full CPU while every call on it hangs (a CI run did, for
  /// 20 minutes), so the process stops here and says why.
  private func eventCount(_ result: Int32) -> Int32 {
    guard result < 0 else { return result }
    let error = errno
    if error == EINTR { return 0 }
    fatalError("""
      \(name): epoll_wait on the loop's descriptor \(epollFD) failed with errno \(error) \
      (\(String(cString: strerror(error)))): a descriptor was closed twice, or the loop's was closed by mistake
      """)
  }

  /// Runs the work the loop queued for itself so far; work those queue waits for the next turn (or the
  /// next descriptor). `batch` is the loop's reusable list, empty on entry and on return.
  private func runLocalWork(_ batch: inout [Work], on executor: UnownedTaskExecutor) {
    swap(&localWork, &batch)
    runAll(&batch, on: executor)
  }

  /// Runs every item of `batch` in order and empties it (keeping its storage).
  private func runAll(_ batch: inout [Work], on executor: UnownedTaskExecutor) {
    for work in batch {
      switch work {
      case .closure(let closure): closure()
      case .job(let job): job.runSynchronously(on: executor)
      }
    }
    batch.removeAll(keepingCapacity: true)
  }

  deinit {
    Glibc.close(epollFD)
    Glibc.close(wakeFD)
    readBuffer.deallocate()
  }
}
