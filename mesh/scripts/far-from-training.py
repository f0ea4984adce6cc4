#!/usr/bin/env python3
"""Prints the lines of a marked set (mesh/data/intents format) that share less than a share of their words with
every training utterance in Sources/MeshIntent/Commerce, so `mesh nlu eval --heldout` can score a held-out set
without the messages that have a near copy in the training data (issue 12: our sets are written by language
models, and short or common messages recur across authors).

    mesh/scripts/far-from-training.py mesh/data/intents/commerce-heldout15.txt --max-overlap 0.6 > /tmp/far.txt
    mesh nlu eval --heldout /tmp/far.txt

Overlap of two texts: |A ∩ B| / max(|A|, |B|) over their lower-case word sets (order marks as plain text).
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
WORD = re.compile(r"[a-z0-9']+")
MARK = re.compile(r"\{\{order:([^}]*)\}\}")


def words(text):
    return frozenset(WORD.findall(text.lower()))


def training_word_sets():
    sets = []
    for path in sorted((ROOT / "Sources/MeshIntent/Commerce").glob("*Utterances*.swift")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if " | " in line and not line.lstrip().startswith("///"):
                found = words(line.split("|", 1)[1])
                if found:
                    sets.append(found)
    return sets


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="a marked set: `coarse_intent | text` per line")
    parser.add_argument("--max-overlap", type=float, default=0.8,
                        help="keep a line when its overlap with every training line is under this (default 0.8)")
    args = parser.parse_args()
    training = training_word_sets()
    index = {}
    for number, found in enumerate(training):
        for word in found:
            index.setdefault(word, []).append(number)
    kept = total = 0
    for line in pathlib.Path(args.set).read_text(encoding="utf-8").splitlines():
        if "|" not in line:
            continue
        total += 1
        found = words(MARK.sub(r"\1", line.split("|", 1)[1]))
        candidates = {number for word in found for number in index.get(word, ())}
        near = any(len(found & training[n]) / max(len(found), len(training[n])) >= args.max_overlap
                   for n in candidates)
        if found and not near:
            kept += 1
            print(line)
    print(f"far-from-training: kept {kept} of {total} lines (overlap under {args.max_overlap:g})", file=sys.stderr)


if __name__ == "__main__":
    main()
