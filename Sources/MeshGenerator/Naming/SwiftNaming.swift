/// Proto names to Swift names, in swift-protobuf's style, and to protoc-c's C names.
enum SwiftNaming {
  /// Words written all in capitals inside camel-case names (`server_id` -> `serverID`), as swift-protobuf does.
  private static let capitalizedWords: Set<String> = ["id", "url", "http", "https"]

  /// Words Swift reserves; as identifiers they need backquotes.
  static let keywords: Set<String> = [
    "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout",
    "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows",
    "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue", "default",
    "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "throw", "switch",
    "where", "while", "as", "false", "is", "nil", "self", "super", "throws", "true", "try", "await", "any",
    "some", "consume", "borrowing", "consuming",
  ]

  /// Names a nested (or package-less) type cannot have: `Foo.Type` is a metatype, and a nested
  /// `Sendable` or `Equatable` would capture the conformances of the types declared beside it.
  static let reservedTypeNames: Set<String> = ["Type", "Protocol", "Self", "Any", "AnyObject", "Sendable",
                                               "Equatable", "Hashable", "ProtobufMessage"]

  /// The prefix of a package's top-level types: `grpc.testing` -> `Grpc_Testing_`.
  static func typePrefix(package: String) -> String {
    guard !package.isEmpty else { return "" }
    return package.split(separator: ".").map { upperCamel(String($0)) }.joined(separator: "_") + "_"
  }

  /// `fill_server_id` -> `fillServerID`; `fooBar` stays.
  static func lowerCamel(_ name: String) -> String {
    let words = name.split(separator: "_").map(String.init).filter { !$0.isEmpty }
    guard let first = words.first else { return name }
    var result = lowerFirstWord(first)
    for word in words.dropFirst() {
      result += capitalizedWords.contains(word.lowercased()) ? word.uppercased() : capitalized(word)
    }
    return result
  }

  /// `payload_type` -> `PayloadType`.
  static func upperCamel(_ name: String) -> String {
    name.split(separator: "_").map { capitalized(String($0)) }.joined()
  }

  /// A method name in lower camel case: `EmptyCall` -> `emptyCall`, `URLFetch` -> `urlFetch`.
  static func methodName(_ name: String) -> String {
    name.contains("_") ? lowerCamel(name) : lowerFirstWord(name)
  }

  /// An enum case: the enum's name as a `SCREAMING_SNAKE` prefix is dropped, the rest in lower camel
  /// case (`ServingStatus.NOT_SERVING` -> `notServing`, `GrpclbRouteType.GRPCLB_ROUTE_TYPE_UNKNOWN` -> `unknown`).
  static func enumCase(_ value: String, enumName: String) -> String {
    let prefix = screamingSnake(enumName) + "_"
    var name = value
    if value.hasPrefix(prefix), let next = value.dropFirst(prefix.count).first, !next.isNumber {
      name = String(value.dropFirst(prefix.count))
    }
    let lower = name.contains(where: \.isLowercase) ? name : name.lowercased()
    return lowerCamel(lower)
  }

  /// Backquotes a Swift keyword.
  static func escaped(_ identifier: String) -> String {
    keywords.contains(identifier) ? "`\(identifier)`" : identifier
  }

  /// protoc-c's lower-case C name of a fully qualified name: `grpc.testing.SimpleRequest` ->
  /// `grpc__testing__simple_request` (its `FullNameToLower` with `CamelToLower` per component).
  static func cLowerName(_ fullName: String) -> String {
    fullName.split(separator: ".").map { component -> String in
      var result = ""
      var wasUpper = true
      for character in component {
        let isUpper = character.isASCII && character.isUppercase
        if isUpper {
          if !wasUpper { result += "_" }
          result += character.lowercased()
        } else {
          result.append(character)
        }
        wasUpper = isUpper
      }
      return result
    }.joined(separator: "__")
  }

  /// `GrpclbRouteType` -> `GRPCLB_ROUTE_TYPE`.
  static func screamingSnake(_ name: String) -> String {
    var result = ""
    var previous: Character?
    for character in name {
      if character.isUppercase, let previous, previous.isLowercase || previous.isNumber { result += "_" }
      result += character.uppercased()
      previous = character
    }
    return result
  }

  private static func capitalized(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }

  /// Lower-cases the leading capitals, keeping the last one of a run that starts a new word.
  private static func lowerFirstWord(_ word: String) -> String {
    let characters = Array(word)
    var upperRun = 0
    while upperRun < characters.count && characters[upperRun].isUppercase { upperRun += 1 }
    if upperRun == 0 { return word }
    if upperRun == 1 || upperRun == characters.count {
      return String(characters[..<upperRun]).lowercased() + String(characters[upperRun...])
    }
    if characters[upperRun].isLetter {
      return String(characters[..<(upperRun - 1)]).lowercased() + String(characters[(upperRun - 1)...])
    }
    return String(characters[..<upperRun]).lowercased() + String(characters[upperRun...])
  }
}
