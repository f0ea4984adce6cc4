/// Runs `body` with a started resource (a server, a gateway, an upstream), then stops it, also when `body`
/// fails: how every fixture of these tests is stopped.
/// - Parameters:
///   - resource: the started resource.
///   - stop: stops it.
///   - body: the test's work.
func withStarted<Resource>(_ resource: Resource, stop: (Resource) async -> Void,
                           _ body: (Resource) async throws -> Void) async throws {
  do {
    try await body(resource)
  } catch {
    await stop(resource)
    throw error
  }
  await stop(resource)
}
