#!/usr/bin/env python3
"""Builds src/lang/zwnj_lexicon.rs, the word table khabar's ZWNJ repair reads.

Sources (both MIT licensed, downloaded from PyPI with pip, read straight from the wheels):
  * Hazm 0.10.0 (roshan-research/hazm, (c) 2013 Alireza Nourian, MIT): hazm/data/words.dat (word,
    corpus frequency, part-of-speech tags) and hazm/data/verbs.dat (past#present verb stems).
  * Shekar 1.7.0 (amirivojdan/shekar, (c) 2024 Ahmad Amirivojdan, MIT): shekar/data/files/vocab.csv
    (word, web-corpus count), compound_words.csv and verbs.csv (present,past stems).

Only facts are taken (which words exist, how they are spelled with half-spaces, how often they
occur, which are nouns or adjectives, the stems of verbs); no code.

Usage:  python3 tests/tools/zwnj_lexicon.py [--wheels DIR] [--min-count N]
Writes src/lang/zwnj_lexicon.rs (run from the repository root). Deterministic: the same wheels
give the same file.
"""

import argparse
import math
import os
import subprocess
import sys
import tempfile
import zipfile

ZWNJ = "\u200c"
HAZM = "hazm==0.10.0"
SHEKAR = "shekar==1.7.0"

# The letters a table word may contain, in symbol order. Each is written as one ASCII character
# in the generated file (see SYMBOLS), so the table costs one byte a letter.
LETTERS = "ءآأؤإئابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیة" + ZWNJ
SYMBOLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# Counts in the front-coded lists: chars that are neither symbols nor `"` nor `\\`.
POP_MARKS = "".join(chr(c) for c in range(0x23, 0x41))
assert len(LETTERS) <= len(SYMBOLS)
TO_SYMBOL = {c: SYMBOLS[i] for i, c in enumerate(LETTERS)}
# Letters that do not join to the next one: a half-space after them changes nothing visible, so
# the table never records one there.
NON_JOINING = set("ءآأؤإادذرزژوة")
UNIFY = {"ي": "ی", "ى": "ی", "ك": "ک", "ە": "ه"}

# Flags (must match src/normalize/zwnj.rs).
NOMINAL = 1  # a noun or adjective: can take plural and other suffixes
ADJECTIVE = 2  # takes the comparative تر / ترین
CURATED = 4  # in Hazm's tagged lexicon: a word in its own right, not a joined-up phrase
VERB = 8  # a conjugated verb form (not a stem for nominal suffixes)
FUNCTION = 16  # pronoun, preposition, conjunction, determiner, adverb: never a stem
NUMBER = 32  # a number word (هفت): rarely plural, so هفته‌ای is not هفت‌های

# Spellings the sources lack or count badly, added by the khabar authors. Pronoun + ها takes a
# half-space in the Academy of Persian Language and Literature's orthography (دستور خط فارسی,
# 2003, section 2-4-1), which most news sites follow.
ADDITIONS = ["آن‌ها", "این‌ها", "همین‌ها", "همان‌ها"]
# Words written joined that the sources lack, so that the repair does not split them: a
# loanword (پلتفرم, not پلت‌فرم), a compound noun (دوومیدانی) and a phrase writers glue
# (درنهایت for در نهایت; not درن‌هایت). Flags as for Hazm's tags.
JOINED_ADDITIONS = {"پلتفرم": "N", "دوومیدانی": "N", "درنهایت": "ADV"}
DERIVATIONAL = set("گر گری گران گرانه گرها گو گوی گویی گویان گار گاری گاران وار واره ناک مند مندی مندان ستان سال سالان".split())
# Number words that end in a joining letter: their plural is rare, which decides هفته‌ای (a
# week's) against هفت‌های. Hazm's NUM tag is on too many nouns (طیاره) to use.
NUMBERS = set("یک سه پنج شش هفت هشت نه بیست سی چهل پنجاه شصت هفتاد هشتاد نود".split())

# Suffix lists, the same as in src/normalize/zwnj.rs.
PLURAL = ["ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "هاست"]
COMPARATIVE = ["ترین", "تر", "تری", "ترینها", "ترها"]
AFTER_HEH = ["ای", "ام", "ات", "اش", "اند", "ایم", "اید", "است", "ایی"]
DIRECT = ["ی", "یی", "ان", "یان", "ات"]


def fetch(wheels):
    os.makedirs(wheels, exist_ok=True)
    have = os.listdir(wheels)
    for spec in (HAZM, SHEKAR):
        name, version = spec.split("==")
        if not any(f.startswith(f"{name}-{version}-") for f in have):
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", wheels, spec], check=True)
    out = {}
    for f in os.listdir(wheels):
        for spec in (HAZM, SHEKAR):
            name, version = spec.split("==")
            if f.startswith(f"{name}-{version}-") and f.endswith(".whl"):
                out[name] = zipfile.ZipFile(os.path.join(wheels, f))
    return out["hazm"], out["shekar"]


def unify(word):
    word = "".join(UNIFY.get(c, c) for c in word.strip())
    # A half-space after a non-joining letter, or doubled, carries nothing.
    out = []
    for c in word:
        if c == ZWNJ and (not out or out[-1] in NON_JOINING or out[-1] == ZWNJ):
            continue
        out.append(c)
    while out and out[-1] == ZWNJ:
        out.pop()
    word = "".join(out)
    if len(word.replace(ZWNJ, "")) < 2 or any(c not in TO_SYMBOL for c in word):
        return None
    return word


def read_lines(wheel, path):
    return wheel.read(path).decode("utf-8").splitlines()


def conjugations(present, past):
    """Simple verb forms, to recognise joined-up verbs in the web word counts."""
    forms = set()
    for e in ("م", "ی", "د", "یم", "ید", "ند"):
        forms.add(present + e)
        if present[-1] in "اوآ":
            forms.add(present + "ی" + e)  # گو -> گویم, گوید
    for e in ("م", "ی", "", "یم", "ید", "ند"):
        forms.add(past + e)
    forms.add(past + "ه")
    return forms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wheels", default=os.path.join(tempfile.gettempdir(), "khabar-lexicon-wheels"))
    ap.add_argument("--min-count", type=int, default=300000, help="web count below which a word that only Shekar lists is left out")
    ap.add_argument("--out", default="src/lang/zwnj_lexicon.rs")
    args = ap.parse_args()
    hazm, shekar = fetch(args.wheels)

    # --- Hazm: curated lexicon with frequencies and tags.
    hazm_count, hazm_tags, hazm_zwnj, hazm_listed = {}, {}, set(), set()
    for line in read_lines(hazm, "hazm/data/words.dat"):
        parts = line.split("\t")
        if len(parts) < 3:
            continue
        w = unify(parts[0])
        if not w:
            continue
        hazm_listed.add(w)
        if ZWNJ in w:
            hazm_zwnj.add(w)
        if parts[2] != "0":
            hazm_count[w] = max(hazm_count.get(w, 0), int(parts[1]))
            hazm_tags.setdefault(w, set()).update(parts[2].split(","))

    # --- Shekar: web-corpus counts and a compound list.
    web = {}
    for line in read_lines(shekar, "shekar/data/files/vocab.csv"):
        w, _, c = line.rpartition(",")
        w = unify(w)
        if w and c.isdigit():
            web[w] = web.get(w, 0) + int(c)
    compounds = set()
    for line in read_lines(shekar, "shekar/data/files/compound_words.csv"):
        w = unify(line)
        if w and ZWNJ in w:
            compounds.add(w)

    # --- Verb stems.
    stems = set()
    for line in read_lines(hazm, "hazm/data/verbs.dat"):
        if "#" not in line or " " in line:
            continue
        past, present = line.split("#")
        past, present = unify(past) if len(past) > 1 else past, unify(present) if len(present) > 1 else present
        if past and present:
            stems.add((past, present))
    for line in read_lines(shekar, "shekar/data/files/verbs.csv"):
        parts = line.split(",")
        if len(parts) >= 2 and parts[0] and parts[1]:
            present = unify(parts[0]) if len(parts[0]) > 1 else parts[0]
            past = unify(parts[1])
            if past and present:
                stems.add((past, present))
    verb_forms = set()
    for past, present in stems:
        verb_forms |= conjugations(present, past)
    # Stems Hazm lists without a past (#هست): their forms are verbs too.
    for line in read_lines(hazm, "hazm/data/verbs.dat"):
        if line.startswith("#") and len(line) > 2:
            present = unify(line[1:])
            if present:
                verb_forms |= {present} | {present + e for e in ("م", "ی", "یم", "ید", "ند")}

    # Hazm's counts come from a smaller corpus: scale them to Shekar's web counts over the words
    # both list.
    common = [w for w in hazm_count if w in web and hazm_count[w] > 0]
    scale = sorted(web[w] / hazm_count[w] for w in common)[len(common) // 2] if common else 1.0

    def count(w):
        if w in web:
            return web[w]
        if w in hazm_count:
            # Some of Hazm's counts are placeholders (بیشتر and کمتر share one): cap them.
            return min(int(hazm_count[w] * scale), 1 << 22)
        return 0

    def own_count(w):
        return web.get(w) or (count(w) if w in hazm_count else 0)

    # --- Every spelling that could matter, with its count and flags.
    def flags_of(w):
        tags = hazm_tags.get(w, set())
        flags = 0
        if tags:
            flags |= CURATED
            if tags & {"N", "AJ", "RES", "NUM", "CL"}:
                flags |= NOMINAL
            if "AJ" in tags:
                flags |= ADJECTIVE
            if tags & {"PRO", "P", "CONJ", "DET", "POSTP", "PR", "ADV"} and not tags & {"N", "AJ"}:
                flags |= FUNCTION
            if w in NUMBERS:
                flags |= NUMBER
        else:
            flags |= NOMINAL
        if w in verb_forms and not tags & {"N", "AJ"}:
            flags |= VERB
            flags &= ~NOMINAL
        return flags

    known = {}  # key (no half-space) -> (form, count, flags)
    for w in set(hazm_count) | {w for w, c in web.items() if c >= args.min_count}:
        if ZWNJ not in w:
            known[w] = (w, count(w), flags_of(w))

    spaced_forms = hazm_zwnj | compounds | {w for w in web if ZWNJ in w and web[w] >= args.min_count // 10}
    # به and بی before a noun are written with a half-space (به‌زودی, بی‌شک); the web counts
    # list such pairs written joined (بهزودی) when a writer dropped the half-space.
    for w, c in web.items():
        for p in ("به", "بی"):
            rest = w[len(p):]
            if w.startswith(p) and c >= args.min_count and ZWNJ not in w and w not in hazm_tags and web.get(rest, 0) >= 8 * c and rest not in verb_forms and len(rest) >= 2:
                spaced_forms.add(p + ZWNJ + rest)
    both_listed = {}
    for f in sorted(spaced_forms) + ADDITIONS:
        key = f.replace(ZWNJ, "")
        joined = known.get(key)
        kc = joined[1] if joined else 0
        if f not in ADDITIONS:
            # Which spelling do writers use? Compare within one source: the web counts when they
            # have the joined spelling (Shekar's tokenizer splits most half-spaced words, so a
            # common joined word without its half-spaced twin there is written joined:
            # سخنگو, قطعنامه, پژوهشگر), otherwise Hazm's (older, more careful text).
            # Where Hazm's corpus has both spellings (پنج‌شنبه and پنجشنبه, قطع‌نامه and قطعنامه,
            # خرم‌شهر and خرمشهر) writers use both, so the word is left as written, unless the
            # web counts have both and the half-space twice as often. A joined spelling Hazm
            # lists but never counted (بینظیر, وبسایت, نشاندهنده) is no evidence.
            # Not so for a suffix after its word (حرفه‌ای, listed joined too): glued, the word is
            # read as stem and suffix anyway, and the listed reading must win (not حرف‌های).
            head, _, tail = f.rpartition(ZWNJ)
            suffixed = tail in PLURAL + COMPARATIVE or (tail in AFTER_HEH and head.endswith("ه"))
            fw, kw = web.get(f, 0), web.get(key, 0)
            if f in hazm_listed and key in hazm_count and not suffixed and not (kw and fw > 2 * kw):
                # The glued word is then kept whole, not misread as stem and suffix: as frequent
                # as both spellings together.
                both_listed[key] = (key, count(key) + own_count(f), flags_of(key) | NOMINAL | CURATED)
                continue
            fh, kh = hazm_count.get(f, 0), hazm_count.get(key, 0)
            if fh and kh:
                if kh > 3 * fh:
                    continue
            elif fw and kw:
                if kw > 3 * fw:
                    continue
            elif kh and not fh and kh >= 1000:
                continue
            # Derivational suffixes are written joined (Academy orthography, section 2-2):
            # پژوهشگر, سخنگو, همسالان - unless the stem ends in ه (نگه‌دار).
            head, _, tail = f.rpartition(ZWNJ)
            if tail in DERIVATIONAL and not head.endswith("ه"):
                continue
            if not (fw or fh or f in compounds) or (fw < args.min_count // 10 and not fh and f not in compounds):
                continue
        tags = hazm_tags.get(f, set())
        flags = NOMINAL | (ADJECTIVE if "AJ" in tags else 0) | (CURATED if tags else 0)
        known[key] = (f, max(own_count(f), kc, 20000), flags)

    known.update(both_listed)
    for w, tag in JOINED_ADDITIONS.items():
        hazm_tags.setdefault(w, set()).add(tag)
        known[w] = (w, max(count(w), 20000), flags_of(w))

    # A half-spaced word whose base is written joined (تحلیل‌گران while تحلیلگر is joined) follows
    # its base.
    for key in [k for k, v in known.items() if ZWNJ in v[0]]:
        for s_ in DIRECT:
            base = key[: -len(s_)]
            if key.endswith(s_) and base in known and ZWNJ not in known[base][0] and known[base][0] != key:
                f = known[key][0]
                if f.endswith(s_) and ZWNJ not in f[-len(s_) - 1 :]:
                    del known[key]
                    break

    # --- Keep what the repair can ask about (the same patterns as src/normalize/zwnj.rs).
    def splits(w):
        """(stem, suffix) pairs the repair would consider for a word without half-spaces."""
        out = []
        for s in PLURAL + COMPARATIVE:
            if w.endswith(s) and len(w) - len(s) >= 2 and w[-len(s) - 1] not in NON_JOINING:
                out.append((w[: -len(s)], s))
        for s in AFTER_HEH:
            if w.endswith("ه" + s) and len(w) - len(s) >= 2:
                out.append((w[: -len(s)], s))
        for s in DIRECT:
            if w.endswith(s) and len(w) - len(s) >= 2:
                out.append((w[: -len(s)], s))
        return out

    # A joined-up spelling of a stem and a separable suffix (مهمترین, کتابهای, میشود) is a
    # writing habit the web counts include, not a word: drop it unless Hazm's tagged lexicon
    # lists it as a word of its own (تنها, بیشتر).
    present_stems = {p for _, p in stems}

    def joined_up(key):
        for stem, s in splits(key):
            if s in DIRECT:
                continue
            st = known.get(stem)
            if not st or st[2] & (VERB | FUNCTION):
                continue
            # تر ends many words of their own (دفتر, بستر, ریشتر): only a rare word made of an
            # adjective and تر is a comparative written joined.
            if s in ("تر", "تری") and not (st[2] & ADJECTIVE and count(key) * 8 < st[1]):
                continue
            return True
        for p in ("می", "نمی"):
            if key.startswith(p) and key[len(p):] in verb_forms:
                return True
        return False

    for key in [k for k, (f, _, fl) in known.items() if ZWNJ not in f and not fl & CURATED]:
        if joined_up(key):
            del known[key]

    keep = set()
    for key, (form, c, flags) in known.items():
        if ZWNJ in form:
            keep.add(key)
            # رویدادهای: the plural of رویداد, or روی‌داده + ای? The joined word decides.
            if key.endswith("ه") and key[:-1] in known:
                keep.add(key[:-1])
            continue
        triggered = key.startswith(("می", "نمی", "به", "بی"))
        for stem, s in splits(key):
            if s in DIRECT:
                continue
            triggered = True
            if stem in known:
                keep.add(stem)
        if triggered:
            keep.add(key)
        if key.endswith("ه") and flags & NOMINAL:
            keep.add(key)  # ه+ای or plural? (بیانیه‌ای / بیانی‌های)
            if key[:-1] in known:
                keep.add(key[:-1])
        if flags & ADJECTIVE and key[-1] not in NON_JOINING:
            keep.add(key)
    entries = {k: known[k] for k in keep}

    # --- Encode.
    def bucket(c):
        return min(40, int(round(math.log2(c + 1)))) if c > 0 else 0

    def symbols(word):
        return "".join(TO_SYMBOL[ch] for ch in word)

    def pop_mark(n):
        # How many symbols of the previous word to drop: one char of '#'-'@', never a symbol.
        assert 0 <= n < len(POP_MARKS), n
        return POP_MARKS[n]

    words, buckets, flag_chars = [], [], []
    prev = ""
    # In symbol order (which front-codes and compresses best).
    for sym, key in sorted((symbols(entries[k][0]), k) for k in entries):
        form, c, flags = entries[key]
        k = 0
        while k < min(len(sym), len(prev)) and sym[k] == prev[k]:
            k += 1
        words.append(pop_mark(len(prev) - k) + sym[k:])
        buckets.append(chr(0x30 + bucket(c)))
        # CURATED only steers this script: the repair does not read it.
        flag_chars.append(chr(0x40 + (flags & ~CURATED)))
        prev = sym

    # Verb stems: the past stem front-coded against the previous pair's, the present stem against
    # its own past stem.
    verbs = []
    prev = ""
    pairs = sorted({(past, present) for past, present in stems if all(ch in TO_SYMBOL for ch in past + present)}, key=lambda p: f"{p[0]} {p[1]}")
    for past, present in pairs:
        pa, pr = symbols(past), symbols(present)
        k = 0
        while k < min(len(pa), len(prev)) and pa[k] == prev[k]:
            k += 1
        j = 0
        while j < min(len(pa), len(pr)) and pa[j] == pr[j]:
            j += 1
        verbs.append(pop_mark(len(prev) - k) + pa[k:] + pop_mark(len(pa) - j) + pr[j:])
        prev = pa

    letters = LETTERS.replace(ZWNJ, "\\u{200C}")
    with open(args.out, "w", encoding="utf-8") as out:
        out.write(HEADER.format(words=len(words), verbs=len(verbs), letters=letters, symbols=SYMBOLS[: len(LETTERS)], pops=POP_MARKS, scale=scale))
        out.write("/// The letter each symbol stands for, in symbol order (`A` is the first).\n")
        out.write('pub static SYMBOL_LETTERS: &str = "' + letters + '";\n\n')
        for name, doc, text in [
            ("WORDS", "The words, front-coded (format above).", "".join(words)),
            ("BUCKETS", "The frequency bucket of each word: `'0' + b`.", "".join(buckets)),
            ("FLAGS", "The flags of each word: `'@' + flags`.", "".join(flag_chars)),
            ("VERB_STEMS", "Verb stems (format above).", "".join(verbs)),
        ]:
            out.write(f"/// {doc}\n")
            # Lines of 100 chars ending in `\`, which Rust drops with the line break.
            assert '"' not in text and "\\" not in text and not any(ch.isspace() for ch in text)
            out.write(f'pub static {name}: &str = "\\\n')
            out.write("\\\n".join(text[i : i + 100] for i in range(0, len(text), 100)))
            out.write('";\n\n')
    print(f"{args.out}: {len(words)} words, {len(verbs)} verb stem pairs", file=sys.stderr)


HEADER = """//! Word table for restoring half-spaces (ZWNJ) that a scraper stripped. GENERATED by
//! `tests/tools/zwnj_lexicon.py`; do not edit by hand, run the script.
//!
//! Sources (facts only, no code), both MIT licensed and read from their PyPI wheels:
//! - Hazm 0.10.0, (c) 2013 Alireza Nourian (roshan-research/hazm): `hazm/data/words.dat` (words,
//!   corpus frequencies, part-of-speech tags) and `hazm/data/verbs.dat` (verb stems).
//! - Shekar 1.7.0, (c) 2024 Ahmad Amirivojdan (amirivojdan/shekar): `shekar/data/files/vocab.csv`
//!   (web-corpus counts), `compound_words.csv`, `verbs.csv`.
//!
//! {words} words, {verbs} verb stem pairs. Hazm counts were scaled by {scale:.1f} to Shekar's.
//!
//! Letters are written as symbols, one ASCII char a letter: symbol i of
//! `{symbols}` is letter i of
//! `{letters}` (the half-space included). A count n is written as char n of
//! `{pops}`.
//!
//! `WORDS`: the words sorted by their symbols, each written as a count (how many symbols at the
//! end of the previous word to drop) and the symbols to add. `BUCKETS` and `FLAGS` have one char
//! per word, in the same order: `'0' + b`, the frequency bucket b = round(log2(count + 1)), and
//! `'@' + flags` (1 noun or adjective, 2 adjective, 8 verb form, 16 function word, 32 number
//! word).
//!
//! `VERB_STEMS`: past and present stems; each pair is a count and symbols for the past stem
//! (from the previous pair's past stem), then a count and symbols for the present stem (from its
//! own past stem).

"""

if __name__ == "__main__":
    main()
