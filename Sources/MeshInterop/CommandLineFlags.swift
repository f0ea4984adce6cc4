/// Flags in the style of gRPC's interop programs: `--name value` or `--name=value`.
public struct CommandLineFlags: Sendable {
  private var values: [String: String] = [:]

  /// Parses arguments, without the program name.
  /// - Parameters:
  ///   - arguments: the arguments.
  ///   - known: the flag names accepted.
  /// - Throws: `InteropFailure` naming an unknown flag or one without a value.
  public init(_ arguments: [String], known: Set<String>) throws {
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      guard argument.hasPrefix("--") else { throw InteropFailure(description: "unexpected argument '\(argument)'") }
      var name = String(argument.dropFirst(2))
      var value: String
      if let equals = name.firstIndex(of: "=") {
        value = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      } else {
        index += 1
        guard index < arguments.count else { throw InteropFailure(description: "--\(name) needs a value") }
        value = arguments[index]
      }
      guard known.contains(name) else {
        throw InteropFailure(description: "unknown flag --\(name); known: \(known.sorted().map { "--\($0)" }.joined(separator: " "))")
      }
      values[name] = value
      index += 1
    }
  }

  /// The value of a flag, if given.
  /// - Parameter name: the flag's name, without dashes.
  public subscript(name: String) -> String? { values[name] }

  /// A boolean flag: `true`/`1` is true; absent is `defaultValue`.
  /// - Parameters:
  ///   - name: the flag's name.
  ///   - defaultValue: the value when absent.
  public func bool(_ name: String, default defaultValue: Bool = false) -> Bool {
    guard let value = values[name] else { return defaultValue }
    return value == "true" || value == "1"
  }

  /// An integer flag.
  /// - Parameter name: the flag's name.
  /// - Throws: `InteropFailure` when the value is not an integer.
  public func int(_ name: String) throws -> Int? {
    guard let value = values[name] else { return nil }
    guard let number = Int(value) else { throw InteropFailure(description: "--\(name) must be an integer, got '\(value)'") }
    return number
  }
}
