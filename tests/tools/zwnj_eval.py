#!/usr/bin/env python3
"""Measures how well `khabar normalize` restores half-spaces (ZWNJ) a scraper stripped.

For each paragraph of the evaluation files (tests/fixtures/normalize/zwnj_eval.txt and
zwnj_holdout.txt, correctly written Persian and Dari), every ZWNJ is deleted, the text is
normalized with default options, and the half-spaces khabar writes are compared with the
original's: precision = right ones / all written, recall = right ones / all in the original.
Lists the words it got wrong.

Usage: python3 tests/tools/zwnj_eval.py [FILE...]   (builds the release CLI with cargo)
"""

import subprocess
import sys

ZWNJ = "\u200c"


def positions(text):
    out, n = set(), 0
    for c in text:
        if c == ZWNJ:
            out.add(n)
        else:
            n += 1
    return out


def words_with(text, pos):
    """The word around stripped position pos, as written in text (half-spaces shown as |)."""
    n, i = 0, 0
    while i < len(text) and n < pos:
        if text[i] != ZWNJ:
            n += 1
        i += 1
    a = text.rfind(" ", 0, i) + 1
    b = text.find(" ", i)
    return text[a : b if b >= 0 else len(text)].replace(ZWNJ, "|")


def main():
    files = sys.argv[1:] or ["tests/fixtures/normalize/zwnj_eval.txt", "tests/fixtures/normalize/zwnj_holdout.txt"]
    subprocess.run(["cargo", "build", "--release", "-q", "--bin", "khabar"], check=True)
    for path in files:
        gold = [l for l in open(path, encoding="utf-8").read().splitlines() if l.strip() and not l.startswith("#")]
        stripped = "\n".join(l.replace(ZWNJ, "") for l in gold)
        res = subprocess.run(["target/release/khabar", "normalize"], input=stripped.encode(), capture_output=True, check=True)
        out = res.stdout.decode().split("\n")
        tp = fp = fn = 0
        wrong, missed = [], []
        for g, o in zip(gold, out):
            if g.replace(ZWNJ, "") != o.replace(ZWNJ, ""):
                print("text changed beyond half-spaces:\n  " + g.replace(ZWNJ, "") + "\n  " + o.replace(ZWNJ, ""), file=sys.stderr)
            gp, op = positions(g), positions(o)
            tp += len(gp & op)
            fp += len(op - gp)
            fn += len(gp - op)
            wrong += [words_with(o, p) + " ~ " + words_with(g, p) for p in sorted(op - gp)]
            missed += [words_with(g, p) for p in sorted(gp - op)]
        words = sum(len(l.split()) for l in gold)
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"{path}: {len(gold)} paragraphs, {words} words, {tp + fn} half-spaces; precision {p:.3f} recall {r:.3f} (right {tp}, wrong {fp}, missed {fn})")
        for w in wrong:
            print("  wrong: " + w.replace(ZWNJ, "|"))
        for w in missed:
            print("  missed: " + w.replace(ZWNJ, "|"))


if __name__ == "__main__":
    main()
