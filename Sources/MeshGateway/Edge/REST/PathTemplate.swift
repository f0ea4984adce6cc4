/// A `google.api.http` path template (`/v1/{name=shelves/*/books/*}:publish`), parsed, and matched
/// against request paths. Grammar (HttpRule's doc comment):
///
///     Template = "/" Segments [ Verb ] ;
///     Segments = Segment { "/" Segment } ;
///     Segment  = "*" | "**" | LITERAL | Variable ;
///     Variable = "{" FieldPath [ "=" Segments ] "}" ;
///     FieldPath = IDENT { "." IDENT } ;
///     Verb     = ":" LITERAL ;
///
/// `{var}` is `{var=*}`; `**` may only be the last segment. Pure: no I/O, tested alone.
public struct PathTemplate: Sendable, Hashable, CustomStringConvertible {
  /// One segment of the flattened template.
  public enum Segment: Sendable, Hashable {
    /// Matches exactly this text.
    case literal(String)
    /// `*`: one non-empty segment.
    case single
    /// `**`: zero or more segments (the last segment only).
    case multi
  }

  /// A variable: the request field it binds and the segments it covers.
  public struct Variable: Sendable, Hashable {
    /// The field path, `["order", "id"]` for `{order.id}`.
    public let fieldPath: [String]
    /// The indices of `segments` it covers.
    public let segments: Range<Int>
  }

  /// The template's text, as written.
  public let text: String
  /// The flattened segments.
  public let segments: [Segment]
  /// The variables, in order.
  public let variables: [Variable]
  /// The verb after `:`, if any.
  public let verb: String?

  /// The template as written.
  public var description: String { text }

  /// Parses a template.
  /// - Parameter text: such as `/v1/{name=shelves/*}/books`.
  /// - Throws: `PathTemplateError` saying what is wrong and where.
  public init(parsing text: String) throws(PathTemplateError) {
    var parser = PathTemplateParser(text: text)
    let parsed = try parser.parse()
    self.text = text
    self.segments = parsed.segments
    self.variables = parsed.variables
    self.verb = parsed.verb
  }

  /// Matches a request path (without the query) and extracts the variables' values.
  ///
  /// A variable over single segments is fully percent-decoded; one that spans `**` keeps `%2F` encoded
  /// (it stands for a `/` inside a segment, which the decoded value could not tell from a separator).
  /// - Parameter path: such as `/v1/shelves/1/books`.
  /// - Returns: each variable's field path and value, or nil when the path does not match (or holds an
  ///   invalid percent escape).
  public func match(_ path: String) -> [(fieldPath: [String], value: String)]? {
    guard path.hasPrefix("/") else { return nil }
    var rest = Substring(path.dropFirst())
    if let verb {
      guard rest.hasSuffix(":" + verb) else { return nil }
      rest = rest.dropLast(verb.count + 1)
    }
    let parts = rest.split(separator: "/", omittingEmptySubsequences: false)
    let hasMulti = segments.last == .multi
    if hasMulti {
      guard parts.count >= segments.count - 1 else { return nil }
    } else {
      guard parts.count == segments.count else { return nil }
    }
    for (index, segment) in segments.enumerated() {
      switch segment {
      case .literal(let literal):
        guard PercentDecoding.decode(parts[index], keepingSlash: false) == literal else { return nil }
      case .single:
        guard !parts[index].isEmpty else { return nil }
      case .multi:
        break
      }
    }
    var values: [(fieldPath: [String], value: String)] = []
    for variable in variables {
      let coversMulti = hasMulti && variable.segments.upperBound == segments.count
      let end = coversMulti ? parts.count : variable.segments.upperBound
      let raw = parts[variable.segments.lowerBound..<end].joined(separator: "/")
      let multiSegment = coversMulti || variable.segments.count > 1
      guard let value = PercentDecoding.decode(Substring(raw), keepingSlash: multiSegment) else { return nil }
      values.append((variable.fieldPath, value))
    }
    return values
  }

  /// How specific the template is, to pick among templates that match one path: segment by segment a
  /// literal beats `*`, which beats `**`; then a verb beats none; then more segments beat fewer.
  var specificity: [Int] {
    segments.map { segment in
      switch segment {
      case .literal: 3
      case .single: 2
      case .multi: 1
      }
    } + [verb == nil ? 0 : 1]
  }

  /// The template with variable names erased: two templates of one shape match the same paths.
  var shape: String {
    "/" + segments.map { segment in
      switch segment {
      case .literal(let literal): literal
      case .single: "*"
      case .multi: "**"
      }
    }.joined(separator: "/") + (verb.map { ":" + $0 } ?? "")
  }
}

/// Why a path template could not be parsed.
public struct PathTemplateError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The template.
  public let template: String
  /// What is wrong.
  public let reason: String

  /// `invalid path template "…": reason`.
  public var description: String { "invalid path template \"\(template)\": \(reason)" }
}
