#!/usr/bin/env python3
"""Mechanical checks for tests/fixtures/pages2 (also usable on pages and seeds): every labelled
string occurs in its page, the unlabelled lines (the body) run from a body_first entry to body_last, weekdays agree
with dates, and written dates agree with their ISO values.

Usage: python3 tests/tools/check_fixtures2.py [DIR ...]   (default: tests/fixtures/pages2)
Beyond check_fixtures.py: Algerian/Tunisian month names, the Persian 12-hour marks ق.ظ/ب.ظ, hours
in words not taken for days, the title and lead never labelled as chrome, news IDs, sites, sources
and section present in the page, sizes of 1.5-6 KB, and published.utc_offset recomputed from the tz
database (zoneinfo) for the zone of each page's site (ZONES below).
Calendar conversions use jdatetime and hijri-converter when importable; without them only the
Gregorian and weekday checks run. Exit status 1 on any error.
"""
import datetime
import glob
import json
import os
import re
import sys
import warnings

warnings.filterwarnings("ignore")
try:
    import jdatetime
except ImportError:
    jdatetime = None
try:
    from hijri_converter import Hijri
except ImportError:
    Hijri = None
try:
    from zoneinfo import ZoneInfo
except ImportError:
    ZoneInfo = None

# The zone of each page's site, for published.utc_offset; None = the page gives a time without a
# zone a reader can know (utc_offset must then be null).
ZONES = {
    "200": "Asia/Tehran", "201": "Asia/Tehran", "202": "Asia/Tehran", "203": "Asia/Tehran",
    "204": "Asia/Tehran", "205": "Asia/Tehran", "206": "Asia/Tehran", "207": "Asia/Tehran",
    "208": "Europe/Paris", "209": None, "210": "Asia/Tehran", "211": "Asia/Tehran",
    "212": "Asia/Kabul", "213": "Asia/Kabul", "214": "Asia/Kabul", "215": "Asia/Kabul",
    "216": "Asia/Kabul", "217": "Asia/Kabul",
    "218": "Africa/Cairo", "219": "Africa/Cairo", "220": "Asia/Dubai", "221": None,
    "222": "Asia/Beirut", "223": "Europe/Berlin", "224": "Asia/Dubai", "225": "Asia/Kuwait",
    "226": "Asia/Riyadh", "227": "Africa/Algiers", "228": "Africa/Casablanca", "229": "Africa/Cairo",
}

FIELDS = ["language", "variant", "title", "lead", "published", "page_date", "site", "sources",
          "news_id", "section", "body_first", "body_last", "boilerplate", "either", "duplicates",
          "dates"]

DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def norm(s):
    s = s.translate(DIGITS)
    s = s.replace("\u200c", " ").replace("\u00a0", " ").replace("ي", "ی").replace("ك", "ک")
    s = s.replace("ى", "ی").replace("ـ", "")
    s = re.sub("[\u064B-\u065F\u0670]", "", s)  # harakat
    return re.sub(r"[ \t]+", " ", s)


def months(names):
    return [norm(n) for n in names.split()]


# (calendar, month number) by name; longest names first so "جمادی الاول" wins over shorter ones.
MONTHS = {}
for cal, table in [
    ("persian", ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر",
                 "دی", "بهمن", "اسفند"]),
    ("persian", ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی",
                 "دلو", "حوت"]),
    ("gregorian", ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر",
                   "اکتبر", "نوامبر", "دسامبر"]),
    ("gregorian", ["جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر",
                   "اکتوبر", "نومبر", "دسمبر"]),
    ("gregorian", ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
                   "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]),
    ("gregorian", ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب",
                   "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"]),
    ("gregorian", ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر",
                   "أكتوبر", "نونبر", "دجنبر"]),
    ("gregorian", ["january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december"]),
    ("gregorian", ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                   "dec"]),
    ("gregorian", ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر",
                   "أكتوبر", "نوفمبر", "ديسمبر"]),
    ("gregorian", ["ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "جولای", "آگوست", "سپتامبر",
                   "اکتبر", "نوامبر", "دسامبر"]),
    ("islamic", ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب",
                 "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]),
    ("islamic", ["محرم", "صفر", "ربیع الاول", "ربیع الثانی", "جمادی الاول", "جمادی الثانی", "رجب",
                 "شعبان", "رمضان", "شوال", "ذی القعده", "ذی الحجه"]),
]:
    for i, name in enumerate(table):
        MONTHS.setdefault(norm(name), set()).add((cal, i + 1))
for name, month in [("ذي القعدة", 11), ("ذي الحجة", 12), ("جمادي الاول", 5), ("ربيع الثاني", 4)]:
    MONTHS.setdefault(norm(name), set()).add(("islamic", month))
MONTH_NAMES = sorted(MONTHS, key=len, reverse=True)
# "آذار"/"آب" are Levantine Gregorian months; "آذر" is Jalali. Word boundaries keep them apart.
LETTER = r"[\w\u0600-\u06FF]"

WEEKDAYS = {}
for i, names in enumerate([
    ["دوشنبه", "الاثنين", "الإثنين", "monday", "mon"],
    ["سه شنبه", "سهشنبه", "الثلاثاء", "الثلثاء", "tuesday", "tue"],
    ["چهارشنبه", "الأربعاء", "الاربعاء", "wednesday", "wed"],
    ["پنجشنبه", "پنج شنبه", "الخميس", "thursday", "thu"],
    ["جمعه", "الجمعة", "friday", "fri"],
    ["شنبه", "السبت", "saturday", "sat"],
    ["یکشنبه", "یک شنبه", "الأحد", "الاحد", "sunday", "sun"],
]):
    for n in names:
        WEEKDAYS[norm(n)] = i


def find_word(hay, word):
    return re.search(r"(?<!%s)%s(?!%s)" % (LETTER, re.escape(word), LETTER), hay)


def weekday_in(text):
    t = norm(text).lower()
    for name in sorted(WEEKDAYS, key=len, reverse=True):
        m = find_word(t, name)
        if m:
            # "شنبه" inside "دوشنبه" is excluded by the word boundary; "سه شنبه" is two words.
            return WEEKDAYS[name]
    return None


def to_gregorian(cal, y, m, d):
    if cal == "gregorian":
        return datetime.date(y, m, d)
    if cal == "persian" and jdatetime:
        return jdatetime.date(y, m, d).togregorian()
    if cal == "islamic" and Hijri:
        g = Hijri(y, m, d).to_gregorian()
        return datetime.date(g.year, g.month, g.day)
    return None


def parse_written(text, cal):
    """(y or None, m, d) of a written date in calendar `cal`, or None when not recognised."""
    t = norm(text).lower()
    t = re.sub(r"\b\d{1,2}:\d{2}(:\d{2})?\b", " ", t)  # drop clock times
    # and hours written in words ("ساعت ۹ صبح", "الساعة 10 صباحا")
    t = re.sub(r"(ساعت|الساعة)\s*\d{1,2}", " ", t)
    t = re.sub(r"\b\d{1,2}\s*(صبح|عصر|ظهر|شب|صباحا|مساء)", " ", t)
    m = re.search(r"\b(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})\b", t)
    if m:
        return int(m[1]), int(m[2]), int(m[3])
    m = re.search(r"\b(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})", t)
    if m:
        return int(m[3]), int(m[2]), int(m[1])
    for name in MONTH_NAMES:
        mm = find_word(t, name)
        if not mm:
            continue
        cands = [c for c in MONTHS[name] if c[0] == cal]
        if not cands:
            continue
        month = cands[0][1]
        nums = [int(x) for x in re.findall(r"\d+", t)]
        year = next((n for n in nums if n >= 1000), None)
        day = next((n for n in nums if 1 <= n <= 31), None)
        if day is None:
            return None
        return year, month, day
    return None


def line_set(txt):
    return [ln.strip() for ln in txt.split("\n")]


def check(path_json):
    errs = []
    base = path_json[: -len(".expected.json")]
    txt = open(base + ".txt", encoding="utf-8").read()
    try:
        exp = json.load(open(path_json, encoding="utf-8"))
    except json.JSONDecodeError as e:
        return [f"JSON: {e}"]
    for f in FIELDS:
        if f not in exp:
            errs.append(f"missing field {f}")
    lines = line_set(txt)

    def need_line(s, what):
        if s is None:
            return
        if s.strip() not in lines:
            errs.append(f"{what} is not a whole line: {s[:60]!r}")

    def need_sub(s, what):
        if s is not None and s not in txt:
            errs.append(f"{what} not in text: {s[:60]!r}")

    if exp.get("title") and exp["title"].strip() not in lines:
        need_sub(exp["title"], "title")  # only inside a "title | section" line
    need_line(exp.get("lead"), "lead")
    for s in exp.get("body_first") or []:
        need_line(s, "body_first")
    need_line(exp.get("body_last"), "body_last")
    if exp.get("lead") and exp.get("body_first") and exp["lead"] != exp["body_first"][0]:
        errs.append("body_first[0] should be the lead")
    for key in ("boilerplate", "either", "duplicates"):
        for s in exp.get(key) or []:
            need_line(s, key)
    for s in exp.get("duplicates") or []:
        if lines.count(s.strip()) < 2:
            errs.append(f"duplicate occurs once: {s[:60]!r}")
    bp = set(exp.get("boilerplate") or [])
    for s in [exp.get("title"), exp.get("lead"), exp.get("body_last")] + (exp.get("body_first") or []):
        if s in bp:
            errs.append(f"labelled both content and boilerplate: {s[:60]!r}")
    both = set(exp.get("boilerplate") or []) & set(exp.get("either") or [])
    for s in sorted(both):
        errs.append(f"labelled both boilerplate and either: {s[:60]!r}")
    # Lines with no label are the body: it must run from a body_first entry to body_last.
    labelled = set(s.strip() for key in ("boilerplate", "either", "duplicates")
                   for s in exp.get(key) or [])
    labelled |= {(exp.get("title") or "").strip(), (exp.get("lead") or "").strip()}
    body = [ln for ln in lines if ln and ln not in labelled]
    if not body:
        errs.append("no body lines left after the labels")
    else:
        if body[0] not in [s.strip() for s in exp.get("body_first") or []]:
            errs.append(f"first unlabelled line is not in body_first: {body[0][:60]!r}")
        if body[-1] != (exp.get("body_last") or "").strip():
            errs.append(f"last unlabelled line is not body_last: {body[-1][:60]!r}")
    pub = exp.get("published")
    if pub:
        need_sub(pub.get("text"), "published.text")
        v = pub["value"]
        d = datetime.date.fromisoformat(v[:10])
        y, m, dd = map(int, pub["native"].split("-"))
        g = to_gregorian(pub["calendar"], y, m, dd)
        if g and g != d:
            errs.append(f"published native {pub['native']} -> {g}, value says {d}")
        if "T" in v and not pub.get("utc_offset") and ZONES.get(os.path.basename(path_json)[:3], "") is not None:
            errs.append("published has a time but no utc_offset")
        if not any(dt.get("text") == pub.get("text") or (pub.get("text") or "").find(dt.get("text") or "\0") >= 0
                   for dt in exp.get("dates", [])):
            errs.append("published text is not among dates")
    pd = exp.get("page_date")
    if pd:
        need_sub(pd.get("text"), "page_date.text")
    checked = 0
    for dt in exp.get("dates", []):
        need_sub(dt.get("text"), "dates.text")
        v = dt.get("value")
        if not v or v.startswith("--") or len(v) < 10:
            if v and v.startswith("--"):
                cal = dt.get("calendar")
                p = parse_written(dt["text"], cal) if cal else None
                if p and cal == "gregorian" and f"--{p[1]:02d}-{p[2]:02d}" != v:
                    errs.append(f"date {dt['text']!r}: written {p[1:]} vs {v}")
            continue
        d = datetime.date.fromisoformat(v[:10])
        wd = weekday_in(dt["text"])
        if wd is not None and wd != d.weekday():
            errs.append(f"weekday mismatch in {dt['text']!r}: {v} is {d.strftime('%A')}")
        cal = dt.get("calendar")
        if cal:
            p = parse_written(dt["text"], cal)
            if p:
                y, m, dd = p
                if y is None:
                    # year from context: convert with the value's year in that calendar
                    for yy in range(d.year - 623, d.year + 2):
                        try:
                            g = to_gregorian(cal, yy, m, dd)
                        except (ValueError, OverflowError):
                            g = None
                        if g == d:
                            break
                    else:
                        if to_gregorian(cal, 1400, 1, 1) is not None or cal == "gregorian":
                            errs.append(f"date {dt['text']!r}: no year gives {v}")
                    checked += 1
                else:
                    try:
                        g = to_gregorian(cal, y, m, dd)
                    except ValueError as e:
                        g = None
                        errs.append(f"date {dt['text']!r}: {e}")
                    if g is not None:
                        checked += 1
                        if g != d:
                            errs.append(f"date {dt['text']!r} ({cal} {y}-{m}-{dd}) -> {g}, value says {v}")
            tm = re.search(r"\b(\d{1,2}):(\d{2})", norm(dt["text"]))
            if tm and "T" in v:
                h, mi = int(tm[1]), int(tm[2])
                low = norm(dt["text"]).lower()
                if re.search(r"(?<![\w\u0600-\u06FF])(م|pm|مساء|مساءً|ب\.ظ|بعدازظهر)(?![\w\u0600-\u06FF])", low) and h < 12:
                    h += 12
                if f"{h:02d}:{mi:02d}" != v[11:16]:
                    errs.append(f"time in {dt['text']!r} vs {v}")
    # Extra checks (pages2).
    for s_ in [exp.get("title"), exp.get("lead")]:
        if s_ and s_ in (exp.get("either") or []):
            errs.append(f"title/lead labelled either: {s_[:60]!r}")
    if exp.get("lead") and exp.get("title") == exp.get("lead"):
        errs.append("lead equals title")
    for key in ("boilerplate", "either", "duplicates", "sources"):
        v = exp.get(key) or []
        if len(v) != len(set(v)):
            errs.append(f"{key} has repeated entries")
    if exp.get("site") and not any(s_ in txt for s_ in exp["site"]):
        errs.append("no accepted site name occurs in the text")
    for s_ in exp.get("sources") or []:
        if s_ not in txt:
            errs.append(f"source not in text: {s_!r}")
    if exp.get("section") and exp["section"] not in txt:
        errs.append(f"section not in text: {exp['section']!r}")
    nid = exp.get("news_id")
    if nid is not None:
        if not nid.isascii() or not nid.isdigit():
            errs.append(f"news_id not ASCII digits: {nid!r}")
        elif nid not in norm(txt):
            errs.append(f"news_id not in text: {nid!r}")
    if pub:
        v = pub["value"]
        key = os.path.basename(path_json)[:3]
        if "T" in v and ZoneInfo and key in ZONES:
            zone = ZONES[key]
            if zone is None:
                if pub.get("utc_offset") is not None:
                    errs.append("utc_offset given though the zone is unknown")
            else:
                dtz = datetime.datetime.fromisoformat(v[:16]).replace(tzinfo=ZoneInfo(zone))
                off = dtz.strftime("%z")
                off = off[:3] + ":" + off[3:]
                if pub.get("utc_offset") != off:
                    errs.append(f"utc_offset {pub.get('utc_offset')} but {zone} gives {off}")
        if "T" not in v and pub.get("utc_offset") is not None:
            errs.append("utc_offset without a time")
    if pd and pub and pd.get("value") == pub.get("value"):
        errs.append("page_date equals published")
    for dt in exp.get("dates", []):
        if dt.get("value") is None and not dt.get("optional"):
            errs.append(f"null-valued date not optional: {dt.get('text')!r}")
        for k in dt:
            if k not in ("text", "value", "calendar", "optional", "note"):
                errs.append(f"unknown date key {k}")
    size = len(txt.encode("utf-8"))
    if not 1500 <= size <= 6200:
        errs.append(f"size {size} B outside 1.5-6 KB")
    return errs, size, checked


def main():
    dirs = sys.argv[1:] or [os.path.join(os.path.dirname(__file__), "..", "fixtures", "pages2")]
    bad = 0
    for d in dirs:
        for pj in sorted(glob.glob(os.path.join(d, "*.expected.json"))):
            res = check(pj)
            if isinstance(res, list):
                errs, size, checked = res, 0, 0
            else:
                errs, size, checked = res
            name = os.path.basename(pj)[: -len(".expected.json")]
            zw = open(pj[: -len(".expected.json")] + ".txt", encoding="utf-8").read().count("\u200c")
            status = "ok" if not errs else "FAIL"
            print(f"{status:4} {name:40} {size:5d} B  zwnj={zw:3d}  dates-verified={checked}")
            for e in errs:
                print("     -", e)
            bad += bool(errs)
    if jdatetime is None or Hijri is None:
        print("note: jdatetime/hijri-converter missing, Solar/lunar Hijri conversions not checked")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
