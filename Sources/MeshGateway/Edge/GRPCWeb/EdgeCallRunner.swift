public import MeshCore

/// Runs one call of an edge protocol: dispatches it, ends it with `DEADLINE_EXCEEDED` when its deadline
/// passes first, and writes the protocol's final bytes as soon as the call has ended (the handler may
/// still be unwinding from its cancellation).
public enum EdgeCallRunner {
  /// Runs a call to its end.
  /// - Parameters:
  ///   - head: the call's head (its deadline is enforced here).
  ///   - stream: the protocol's stream.
  ///   - completion: the stream's completion, which `finish` completes.
  ///   - dispatcher: where the call goes.
  ///   - writeEnd: writes the protocol's end of the response once the call has ended.
  public static func run(head: ServerCallHead, stream: any ServerCallStream, completion: EdgeCallCompletion,
                         dispatcher: any GatewayDispatcher,
                         writeEnd: @escaping @Sendable (Status, Metadata) async -> Void) async {
    await withTaskGroup(of: Void.self) { group in
      group.addTask {
        await dispatcher.dispatch(head: head, stream: stream)
        // A dispatcher always finishes the stream; should one not, the call still ends.
        completion.complete(status: Status(code: .internal, message: "The call ended without a status."),
                            trailers: Metadata())
      }
      if let deadline = head.deadline {
        group.addTask {
          do {
            try await Task.sleep(until: deadline, clock: .continuous)
            completion.complete(status: Status(code: .deadlineExceeded, message: "Deadline exceeded."),
                                trailers: Metadata())
          } catch {}
        }
      }
      let (status, trailers) = await completion.wait()
      await writeEnd(status, trailers)
      group.cancelAll()
    }
  }
}
