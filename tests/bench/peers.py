"""The Python peers khabar is measured against (run from the venv that `make bench-deps` makes).

    peers.py hazm-file FILE        whole process: import Hazm, normalize FILE in one call, print it
    peers.py per-article DIR HTML  JSON timings per seed article: Hazm's Normalizer per call,
                                   dateparser's search_dates, trafilatura's extract on minimal HTML

Timings are warm (one untimed call first, so imports and lazy tables are not counted) and are the
median of several calls for each article. Numbers only: nothing here judges them.
"""

import json
import statistics
import sys
import time
from importlib import metadata
from pathlib import Path


def hazm_file(path):
    from hazm import Normalizer

    text = Path(path).read_text(encoding="utf-8")
    sys.stdout.write(Normalizer().normalize(text))


def per_call(fn, arg, seconds=0.3, min_runs=3, max_runs=200):
    """Median seconds of fn(arg), after one untimed call, over ~`seconds` of calls."""
    fn(arg)
    runs = []
    start = time.perf_counter()
    while len(runs) < max_runs and (len(runs) < min_runs or time.perf_counter() - start < seconds):
        t = time.perf_counter()
        fn(arg)
        runs.append(time.perf_counter() - t)
    return statistics.median(runs)


def per_article(seed_dir, html_dir):
    seeds = sorted(Path(seed_dir).glob("*.txt"))
    texts = {p.stem: p.read_text(encoding="utf-8") for p in seeds}
    htmls = {p.stem: (Path(html_dir) / f"{p.stem}.html").read_text(encoding="utf-8") for p in seeds}
    result = {"python": sys.version.split()[0], "versions": {}, "import_s": {}, "articles": {}}

    t = time.perf_counter()
    from hazm import Normalizer

    normalizer = Normalizer()
    result["import_s"]["hazm"] = time.perf_counter() - t

    t = time.perf_counter()
    from dateparser.search import search_dates

    result["import_s"]["dateparser"] = time.perf_counter() - t

    t = time.perf_counter()
    import trafilatura

    result["import_s"]["trafilatura"] = time.perf_counter() - t

    for name in ("hazm", "dateparser", "trafilatura"):
        result["versions"][name] = metadata.version(name)

    for name, text in texts.items():
        result["articles"][name] = {
            "bytes": len(text.encode("utf-8")),
            "hazm_normalize_s": per_call(normalizer.normalize, text),
            # search_dates takes ~0.1 s an article: a few calls are enough.
            "dateparser_search_dates_s": per_call(search_dates, text, seconds=0.5, min_runs=3, max_runs=5),
            "dateparser_found": len(search_dates(text) or []),
            "trafilatura_extract_s": per_call(trafilatura.extract, htmls[name]),
        }
    json.dump(result, sys.stdout, indent=1)
    sys.stdout.write("\n")


def main(argv):
    if len(argv) == 2 and argv[0] == "hazm-file":
        hazm_file(argv[1])
    elif len(argv) == 3 and argv[0] == "per-article":
        per_article(argv[1], argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
