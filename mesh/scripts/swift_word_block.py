"""A Swift `static let` holding words in a multi-line string literal, shared by the lexicon generators
(make-world-name-lexicon.py, make-ssa-name-lexicon.py)."""


def block(name, doc, values):
    """`  /// doc` and `  static let name = \"\"\"...\"\"\"`: the sorted words, lines of at most 110 characters."""
    lines, line = [], ""
    for w in sorted(values):
        if len(line) + len(w) + 1 > 110:
            lines.append(line)
            line = ""
        line = f"{line} {w}" if line else w
    lines.append(line)
    body = "\n".join("    " + l for l in lines)
    return f"  /// {doc}\n  static let {name} = \"\"\"\n{body}\n    \"\"\"\n"
