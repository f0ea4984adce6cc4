import Foundation

/// Maps a request path to a file inside the served folder, refusing anything that could leave it: `..`
/// and `.` segments (encoded too), hidden files, NUL and backslashes, and symbolic links that resolve
/// outside the folder. Pure apart from reading the file system's metadata.
struct StaticPathResolver {
  /// What a path resolved to.
  enum Resolution: Equatable {
    /// A regular file inside the root (its real path).
    case file(String)
    /// Nothing to serve.
    case notFound
    /// A path that tries to leave the root or is malformed.
    case refused
  }

  let root: String
  let indexFile: String

  /// The real path of the root, without a trailing slash; nil when the folder does not exist.
  private var realRoot: String? { Self.realPath(root) }

  /// Resolves a request path (percent-encoded, without the query).
  func resolve(_ path: String) -> Resolution {
    guard let realRoot else { return .notFound }
    guard path.hasPrefix("/"), let decoded = PercentDecoding.decode(Substring(path), keepingSlash: false) else {
      return .refused
    }
    if decoded.contains("\0") || decoded.contains("\\") { return .refused }
    let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
    if segments.contains(where: { $0 == ".." || $0 == "." }) { return .refused }
    if segments.contains(where: { $0.hasPrefix(".") }) { return .notFound }
    let relative = segments.joined(separator: "/")
    let index = regularFile(realRoot + "/" + indexFile, inside: realRoot)
    guard !relative.isEmpty else { return index ?? .notFound }
    let candidate = realRoot + "/" + relative
    if let file = regularFile(candidate, inside: realRoot) { return file }
    if let file = regularFile(candidate + "/" + indexFile, inside: realRoot) { return file }
    // A client-side route of a web app (`/chat/42`): no extension, no file; the app's index answers.
    if let last = segments.last, !last.contains("."), let index { return index }
    return .notFound
  }

  /// The `.gz` sibling of a resolved file, if it is a regular file inside the root too.
  func gzipSibling(of file: String) -> String? {
    guard let realRoot, case .file(let path) = regularFile(file + ".gz", inside: realRoot) else { return nil }
    return path
  }

  private func regularFile(_ path: String, inside realRoot: String) -> Resolution? {
    guard let real = Self.realPath(path) else { return nil }
    guard real.hasPrefix(realRoot + "/") else { return .refused }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: real, isDirectory: &isDirectory), !isDirectory.boolValue else {
      return nil
    }
    return .file(real)
  }

  /// The path with every symbolic link resolved; nil when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
