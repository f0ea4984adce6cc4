internal import CLinux
import Synchronization

/// How a channel's subchannels and resolution tasks reach it without a weak reference.
///
/// A weak reference gives its object a side table for good, and every later retain and release of the
/// object then takes the runtime's slow path (`incrementSlow`, `doDecrementSlow`: ~50 instructions more
/// each). A gateway's relayed call retains its endpoint's channel about six times, so the subchannels'
/// `weak var channel` cost ~0.6k instructions per call. The link holds the channel unretained instead;
/// the channel's `deinit` clears it under the link's lock, and `channel` takes a strong reference under
/// that lock only while the channel is not being deinitialized (the runtime's `swift_tryRetain`, reached
/// through CLinux's `mesh_try_retain`: what loading a weak reference does). So a caller gets the channel
/// whole or nil, as from a weak reference, and no lock is held while it uses the channel (a subchannel
/// calls it from inside its state changes, which may call back into the subchannel).
final class GRPCChannelLink: Sendable {
  private let linked = Mutex<Unmanaged<GRPCChannel>?>(nil)

  /// Points the link at `channel` (once its stored properties are all set).
  func attach(_ channel: GRPCChannel) {
    linked.withLock { $0 = .passUnretained(channel) }
  }

  /// Lets the channel go: from now on `channel` is nil. Called by the channel's `deinit`, which cannot
  /// free the channel's memory before it returns, so a reader holding the lock still reads a whole object.
  func detach() {
    linked.withLock { $0 = nil }
  }

  /// The channel, retained, while it lives; nil once its last strong reference is gone (its `deinit` may
  /// not have cleared the link yet, but has begun: the runtime refuses the retain).
  var channel: GRPCChannel? {
    linked.withLock { linked -> GRPCChannel? in
      guard let linked, mesh_try_retain(linked.toOpaque()) != nil else { return nil }
      return linked.takeRetainedValue()
    }
  }
}
