import ArgumentParser

/// The exit codes of the `mesh` command beyond ArgumentParser's own (0 success, 64 usage error).
extension ExitCode {
  /// The input data was invalid: a mesh file with problems (sysexits' EX_DATAERR).
  static let invalidData = ExitCode(65)
}
