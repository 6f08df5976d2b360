#!/usr/bin/env python3
"""Check that FAQ suites do not re-ask the matcher's own training sentences.

Usage: scripts/check-faq-questions.py [--labelled FILE.tsv]... [SUITE.yaml | DIR]...

A FAQ case that asks a sentence the intent matcher was trained on (an example in
intents/*.yaml) proves nothing about the matcher; one that asks a sentence of a
labelled measurement file (`intent<TAB>question`, as `explainer eval` reads)
leaks the measurement into the regression suite. This script compares every
`ask` of the suites (default: Tests/faq) with those sentences after folding case
and dropping spaces and punctuation, and reports

  EXACT  FILE: "question" is "example" (SOURCE)   the same sentence;
  NEAR   FILE: "question" ~ "example" (SOURCE)    a close variant (difflib ratio >= 0.85,
                                                  questions longer than 4 characters).

Run it from the repository root. Exits 1 when anything is reported, else prints
`N questions OK` and exits 0. Needs PyYAML.
"""
import argparse
import difflib
import glob
import os
import re
import sys

try:
    import yaml
except ImportError:
    sys.exit("check-faq-questions.py needs PyYAML (pip install pyyaml)")


def fold(text):
    return re.sub(r"[\s\W_]+", "", str(text).lower())


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from strings(item)
    elif isinstance(node, dict):
        for value in node.values():
            yield from strings(value)


def known_sentences(labelled):
    known = {}
    for path in sorted(glob.glob("intents/*.yaml")):
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f)
        if isinstance(doc, dict):
            for s in strings(doc.get("examples", {})):
                known.setdefault(fold(s), (s, path))
    for path in labelled:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if "\t" in line:
                    s = line.rstrip("\n").split("\t", 1)[1]
                    known.setdefault(fold(s), (s, path))
    return known


def suite_files(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                for n in sorted(names):
                    if n.endswith((".yaml", ".yml")) and not n.startswith("."):
                        yield os.path.join(root, n)
        else:
            yield p


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labelled", action="append", default=[], metavar="FILE.tsv")
    ap.add_argument("paths", nargs="*", default=["Tests/faq"])
    args = ap.parse_args()
    known = known_sentences(args.labelled)
    keys = list(known)
    problems = checked = 0
    for path in sorted(set(suite_files(args.paths))):
        with open(path, encoding="utf-8") as f:
            doc = yaml.safe_load(f) or {}
        for case in doc.get("cases", []):
            for turn in case.get("turns", []):
                question = str(turn.get("ask", ""))
                key = fold(question)
                if len(key) <= 1:
                    continue
                checked += 1
                if key in known:
                    s, src = known[key]
                    print(f'EXACT  {path}: "{question}" is "{s}" ({src})')
                    problems += 1
                    continue
                if len(key) > 4:
                    close = difflib.get_close_matches(key, keys, n=1, cutoff=0.85)
                    if close:
                        s, src = known[close[0]]
                        print(f'NEAR   {path}: "{question}" ~ "{s}" ({src})')
                        problems += 1
    if problems:
        sys.exit(1)
    print(f"{checked} questions OK")


if __name__ == "__main__":
    main()
