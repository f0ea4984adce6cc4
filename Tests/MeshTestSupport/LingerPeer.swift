public import Foundation

/// `linger_peer.py`: a client that goes on sending after the server's last words (an error GOAWAY, an
/// early 413) and reports whether it read them and how the connection ended.
public enum LingerPeer {
  /// The script.
  public static let script = Repository.root.appendingPathComponent("Tests/MeshTransportTests/Peers/linger_peer.py").path

  /// Runs the peer with `arguments` (see the script) and decodes the JSON it prints; the process is
  /// stopped if it has not finished within `seconds`.
  public static func run(_ arguments: [String], seconds: Double = 90) async throws -> [String: Any] {
    let process = try PeerProcess(try Repository.python, [script] + arguments)
    let status: Int32
    do {
      status = try await process.waitForExit(seconds: seconds)
    } catch {
      process.stop()
      throw error
    }
    guard status == 0, let line = process.text.split(separator: "\n").last,
          let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
    else { throw PeerError("linger_peer.py failed (\(status)): \(process.text)") }
    return object
  }
}
