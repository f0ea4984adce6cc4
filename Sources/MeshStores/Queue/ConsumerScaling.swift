/// How many workers a queue consumer runs, following the backlog between a floor and a ceiling.
///
/// A worker of a handler that mostly waits (gRPC calls, commits) holds a message for far longer than it
/// uses the CPU, so a fixed count leaves messages queued while the CPU idles. The consumer starts the
/// floor; when a worker takes a message and no other worker is left free to take the next one, one
/// more starts (up to the ceiling); a worker that finds nothing for a whole wait retires while more
/// than the floor run. A pure state machine: the consumer acts on what it returns.
public struct ConsumerScaling: Sendable, Equatable {
  /// The workers that always run.
  public let floor: Int
  /// The most workers at once.
  public let ceiling: Int
  /// The workers running now.
  public private(set) var workers: Int
  /// The workers handling a message now.
  public private(set) var busy = 0

  /// A consumer of `floor` workers (at least one) that grows to `ceiling` (at least the floor).
  /// - Parameters:
  ///   - floor: the workers that always run.
  ///   - ceiling: the most workers at once.
  public init(floor: Int, ceiling: Int) {
    self.floor = max(floor, 1)
    self.ceiling = max(ceiling, self.floor)
    workers = self.floor
  }

  /// A worker took a message. Returns true when one more worker should start: every running worker is
  /// busy now (the next message would wait) and the ceiling allows it.
  public mutating func tookMessage() -> Bool {
    busy += 1
    guard busy >= workers, workers < ceiling else { return false }
    workers += 1
    return true
  }

  /// A worker finished its message.
  public mutating func finishedMessage() {
    busy = max(busy - 1, 0)
  }

  /// A worker found no message for a whole wait. Returns true when it should retire (more than the floor run).
  public mutating func foundNothing() -> Bool {
    guard workers > floor else { return false }
    workers -= 1
    return true
  }

  /// A worker stopped for another reason (cancellation).
  public mutating func stopped() {
    workers = max(workers - 1, 0)
  }
}
