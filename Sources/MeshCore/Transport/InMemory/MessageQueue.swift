import Synchronization

/// The messages of one direction of an in-memory call: a producer pushes, one consumer pops, and the
/// producer waits while more than `capacity` messages are queued, as a flow-control window would
/// hold it back.
final class MessageQueue: Sendable {
  private struct State {
    var buffer: [[UInt8]] = []
    var head = 0
    /// Set when the producer has finished normally: the consumer reads what is queued, then nil.
    var finished = false
    /// Set when the queue was torn down: the consumer gets it at once (nil: it reads nil).
    var consumerError: (any Error)?
    /// What a push throws once the queue is finished or torn down.
    var producerError: (any Error)?
    var consumer: CheckedContinuation<[UInt8]?, any Error>?
    var producers: [CheckedContinuation<Void, any Error>] = []

    var count: Int { buffer.count - head }

    mutating func pop() -> [UInt8]? {
      guard head < buffer.count else { return nil }
      let message = buffer[head]
      head += 1
      if head == buffer.count {
        buffer.removeAll(keepingCapacity: true)
        head = 0
      }
      return message
    }
  }

  private let capacity: Int
  private let state = Mutex(State())

  /// Creates an empty queue.
  /// - Parameter capacity: how many messages may wait before a push suspends.
  init(capacity: Int) { self.capacity = capacity }

  /// Queues a message; suspends while more than `capacity` are queued.
  /// - Throws: the producer error once the queue is finished or torn down.
  func push(_ message: [UInt8]) async throws {
    let (consumer, mustWait): (CheckedContinuation<[UInt8]?, any Error>?, Bool) = try state.withLock { state in
      if let error = state.producerError { throw error }
      if let consumer = state.consumer {
        state.consumer = nil
        return (consumer, false)
      }
      state.buffer.append(message)
      return (nil, state.count > capacity)
    }
    if let consumer { return consumer.resume(returning: message) }
    guard mustWait else { return }
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
      // The consumer may have read below capacity, or the queue been torn down, since the push.
      let outcome: Result<Void, any Error>? = state.withLock { state in
        if let error = state.producerError { return .failure(error) }
        if state.count <= capacity { return .success(()) }
        state.producers.append(continuation)
        return nil
      }
      if let outcome { continuation.resume(with: outcome) }
    }
  }

  /// The next message; nil once the producer has finished and everything was read.
  /// - Throws: the consumer error when the queue was torn down with one.
  func next() async throws -> [UInt8]? {
    try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<[UInt8]?, any Error>) in
      let outcome: Result<[UInt8]?, any Error>?
      var released: [CheckedContinuation<Void, any Error>] = []
      outcome = state.withLock { state in
        if let error = state.consumerError { return .failure(error) }
        if let message = state.pop() {
          if state.count <= capacity {
            released = state.producers
            state.producers.removeAll()
          }
          return .success(message)
        }
        if state.finished || state.producerError != nil { return .success(nil) }
        state.consumer = continuation
        return nil
      }
      released.forEach { $0.resume() }
      if let outcome { continuation.resume(with: outcome) }
    }
  }

  /// Ends the queue normally: the consumer reads what is queued, then nil; pushes throw `error`.
  /// - Parameter error: what a later push throws.
  func finish(producerError error: any Error) {
    let (consumer, producers) = state.withLock { state in
      state.finished = true
      if state.producerError == nil { state.producerError = error }
      defer { state.consumer = nil; state.producers.removeAll() }
      return (state.consumer, state.producers)
    }
    consumer?.resume(returning: nil)
    producers.forEach { $0.resume(throwing: error) }
  }

  /// Tears the queue down: what is queued is dropped, pushes throw `producerError`, the consumer gets
  /// `consumerError` (or nil when there is none).
  /// - Parameters:
  ///   - producerError: what a waiting or later push throws.
  ///   - consumerError: what a waiting or later pop throws.
  func tearDown(producerError: any Error, consumerError: (any Error)?) {
    let (consumer, producers) = state.withLock { state in
      state.finished = true
      if state.producerError == nil { state.producerError = producerError }
      if state.consumerError == nil { state.consumerError = consumerError }
      state.buffer.removeAll()
      state.head = 0
      defer { state.consumer = nil; state.producers.removeAll() }
      return (state.consumer, state.producers)
    }
    if let consumer {
      if let consumerError { consumer.resume(throwing: consumerError) } else { consumer.resume(returning: nil) }
    }
    producers.forEach { $0.resume(throwing: producerError) }
  }
}
