import MeshTestSupport

/// Runs curl and returns what it printed (`-sS`: errors only on failure).
func curl(_ arguments: [String]) async throws -> String {
  let process = try PeerProcess("/usr/bin/curl", ["-sS", "--max-time", "20"] + arguments)
  let status = try await process.waitForExit(seconds: 30)
  guard status == 0 else { throw CurlFailure(description: "curl failed (\(status)): \(process.text)") }
  return process.text
}

/// curl exited with an error.
struct CurlFailure: Error, CustomStringConvertible {
  let description: String
}
