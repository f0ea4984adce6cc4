/// Writes a proto3 (open) enum as a Swift enum with an `unrecognized(Int32)` case.
struct EnumEmitter {
  let file: ProtoFile
  let table: TypeTable

  /// Declares the enum.
  func emit(_ protoEnum: ProtoEnum, into writer: inout CodeWriter) throws {
    let element = "enum \(protoEnum.fullName)"
    let swiftName = try table.entry(protoEnum.fullName, file: file.name, element: element, line: nil).swiftName
    if SwiftNaming.reservedTypeNames.contains(protoEnum.name) && (swiftName == protoEnum.name || swiftName.contains(".")) {
      throw GeneratorError(file: file.name, element: element, line: protoEnum.source.line,
                           reason: "the name \(protoEnum.name) means something else in Swift; rename it")
    }
    guard let first = protoEnum.values.first, first.number == 0 else {
      throw GeneratorError(file: file.name, element: element, line: protoEnum.source.line,
                           reason: "the first value of a proto3 enum must be 0")
    }
    // Aliases (`allow_alias`) share a number: the first name is the case, later ones static aliases.
    var cases: [(name: String, number: Int32, source: ProtoSource)] = []
    var aliases: [(name: String, target: String, source: ProtoSource)] = []
    var seen: [String: String] = [:]
    for value in protoEnum.values {
      let name = SwiftNaming.enumCase(value.name, enumName: protoEnum.name)
      if let other = seen[name] {
        throw GeneratorError(file: file.name, element: "enum value \(protoEnum.fullName).\(value.name)",
                             line: value.source.line,
                             reason: "its Swift name \(name) is also the name of \(other); rename one of them")
      }
      if name == "unrecognized" || name == "rawValue" {
        throw GeneratorError(file: file.name, element: "enum value \(protoEnum.fullName).\(value.name)",
                             line: value.source.line, reason: "its Swift name \(name) is reserved by the generated code")
      }
      seen[name] = value.name
      if let target = cases.first(where: { $0.number == value.number }) {
        aliases.append((name, target.name, value.source))
      } else {
        cases.append((name, value.number, value.source))
      }
    }
    let shortName = String(try table.entry(protoEnum.fullName, file: file.name, element: element, line: nil)
      .swiftName.split(separator: ".").last!)
    writer.doc(protoEnum.source.comments, fallback: "The enum `\(protoEnum.fullName)`.")
    writer.block("public enum \(shortName): Sendable, Hashable {") { body in
      for value in cases {
        body.doc(value.source.comments, fallback: "`\(protoEnum.values.first { $0.number == value.number }!.name)` = \(value.number).")
        body.line("case \(SwiftNaming.escaped(value.name))")
      }
      body.line("/// A value this version of the contract does not know (proto3 enums are open).")
      body.line("case unrecognized(Int32)")
      for alias in aliases {
        body.line()
        body.doc(alias.source.comments, fallback: "An alias of `\(alias.target)`.")
        body.line("public static let \(SwiftNaming.escaped(alias.name)): Self = .\(SwiftNaming.escaped(alias.target))")
      }
      body.line()
      body.line("/// The default: the value numbered 0.")
      body.line("public init() { self = .\(SwiftNaming.escaped(cases[0].name)) }")
      body.line()
      body.line("/// The case of a wire value.")
      body.line("/// - Parameter rawValue: the number on the wire.")
      body.block("public init(rawValue: Int32) {") { initBody in
        initBody.switchBlock("switch rawValue {") { switchBody in
          for value in cases { switchBody.line("case \(value.number): self = .\(SwiftNaming.escaped(value.name))") }
          switchBody.line("default: self = .unrecognized(rawValue)")
        }
      }
      body.line()
      body.line("/// The number on the wire.")
      body.block("public var rawValue: Int32 {") { rawBody in
        rawBody.switchBlock("switch self {") { switchBody in
          for value in cases { switchBody.line("case .\(SwiftNaming.escaped(value.name)): return \(value.number)") }
          switchBody.line("case .unrecognized(let value): return value")
        }
      }
      body.line()
      body.line("/// Equal when the wire values are (`unrecognized(0)` is the value numbered 0).")
      body.line("public static func == (lhs: Self, rhs: Self) -> Bool { lhs.rawValue == rhs.rawValue }")
      body.line()
      body.line("/// Hashes the wire value.")
      body.line("public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }")
    }
  }
}
