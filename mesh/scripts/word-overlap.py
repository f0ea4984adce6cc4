#!/usr/bin/env python3
"""Lists the lines of a candidate training file that share 80% or more of their words with a line of
any intent data set (mesh/data/intents/*.txt) or a training utterance (Sources/MeshIntent/Commerce).

Issue 12's rule for written training lines: new phrasings of a kind, never a set's lines or near copies,
so no training line may share 80% of its words with a development or held-out line. Words are lower-case
runs of letters, digits and apostrophes, order marks read as their plain text; the share is of the
candidate's distinct words. A held-out set's line is never printed (only its file's name): those sets
are measured as summary figures only.

    mesh/scripts/word-overlap.py FILE [--threshold 0.8]   exit 1 when a line reaches the threshold
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
MARK = re.compile(r"\{\{order:([^}]*)\}\}")
# A training utterance in Swift source: `label | text` inside a multi-line string.
SWIFT_LINE = re.compile(r'\s*"?\s*([a-z_.]+) \| (.*?)"?,?\s*$')


def words(text):
    return set(re.findall(r"[a-z0-9']+", MARK.sub(r"\1", text.lower())))


def reference_lines(candidate):
    for path in sorted((ROOT / "mesh/data/intents").glob("*.txt")):
        if path.resolve() == candidate.resolve():
            continue
        for line in path.read_text().splitlines():
            if "|" in line:
                yield path.name, line.split("|", 1)[1].strip()
    for path in sorted((ROOT / "Sources/MeshIntent/Commerce").glob("*.swift")):
        for line in path.read_text().splitlines():
            match = SWIFT_LINE.match(line)
            if match:
                yield path.name, match.group(2)


def main():
    args = sys.argv[1:]
    threshold = 0.8
    if "--threshold" in args:
        at = args.index("--threshold")
        threshold = float(args[at + 1])
        del args[at:at + 2]
    if len(args) != 1:
        sys.exit(__doc__)
    candidate = pathlib.Path(args[0])
    references = [(name, text, words(text)) for name, text in reference_lines(candidate)]
    found = 0
    for line in candidate.read_text().splitlines():
        if "|" not in line:
            continue
        mine = words(line.split("|", 1)[1])
        for name, text, theirs in references:
            if mine and len(mine & theirs) / len(mine) >= threshold:
                found += 1
                shown = "(held-out line not shown)" if "heldout" in name and "candidates" not in name else text
                print(f"{line.strip()}\n    {len(mine & theirs) / len(mine):.2f} of its words in {name}: {shown}")
    print(f"{found} pairs at {threshold:.0%} or more against {len(references)} lines", file=sys.stderr)
    sys.exit(1 if found else 0)


main()
