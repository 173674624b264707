// `make bench`: khabar side by side with its peers on the same inputs, printed as ONE markdown
// table (stdout), with the machine it ran on. Progress goes to stderr; the raw numbers go to
// target/bench/results.json and the printed report to target/bench/report.md.
//
//   node tests/bench/run.mjs            (after `make pkg bench-deps`; `make bench` does both)
//   node tests/bench/run.mjs --report   the table again from the last results.json
//
// Parts: the native bench (`cargo bench --bench pipeline`), the release CLI under /usr/bin/time
// (whole process and peak RSS at 1, 10 and 100 MB), the package in Node (tests/bench/node.mjs,
// with persian-tools) and in headless Chromium (tests/bench/browser.mjs), and the Python peers
// (tests/bench/peers.py in tests/bench/.venv: Hazm, dateparser, trafilatura). A part whose tool
// is missing is reported as not run; nothing here asserts a timing. The machine is usually
// shared (2 cores, other builds running), so single numbers can move by tens of percent.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync, copyFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { CORPUS_MB, root, seeds, seedDir, writeAll } from './corpus.mjs';

const benchDir = join(root, 'target', 'bench');
const venvPython = join(root, 'tests', 'bench', '.venv', 'bin', 'python');
const TIME = '/usr/bin/time';
const log = (msg) => process.stderr.write(`bench: ${msg}\n`);

function sh(cmd, args, options = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], ...options }).trim();
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The machine

function machine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? cpus()[0]?.model ?? 'unknown';
  const os = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'unknown';
  const wasmRustc = sh('rustup', ['target', 'list', '--installed'])?.split('\n').includes('wasm32-unknown-unknown')
    ? sh('rustc', ['--version'])
    : sh('/usr/bin/rustc', ['--version']);
  const commit = sh('git', ['-C', root, 'rev-parse', '--short', 'HEAD']);
  const dirty = sh('git', ['-C', root, 'status', '--porcelain', '--untracked-files=no']);
  return {
    cpu: model,
    cores: cpus().length,
    memory_gib: Math.round(Number(/^MemTotal:\s*(\d+)/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1048576),
    os: `${os}, Linux ${sh('uname', ['-r'])}`,
    load_at_start: loadavg().map((x) => x.toFixed(2)).join(' '),
    node: process.version,
    python: existsSync(venvPython) ? sh(venvPython, ['-c', 'import sys; print(sys.version.split()[0])']) : null,
    rustc: sh('rustc', ['--version']),
    rustc_wasm: wasmRustc,
    chromium: sh('/usr/bin/chromium', ['--version'])?.split('\n')[0] ?? null,
    commit: commit ? `${commit}${dirty ? ' (with uncommitted changes)' : ''}` : null,
    date: new Date().toISOString().slice(0, 10),
  };
}

// ---------------------------------------------------------------------------------------------
// Sizes of the shipped files

function sizes() {
  const of = (file) => {
    const bytes = readFileSync(join(root, 'pkg', file));
    return {
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }).length,
    };
  };
  return { wasm: of('khabar_bg.wasm'), glue: of('khabar.js') };
}

// ---------------------------------------------------------------------------------------------
// Whole processes: wall time (measured here) and peak RSS (/usr/bin/time %M)

function processRun(cmd, args) {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'khabar-bench-')), 'rss');
  const devnull = openSync('/dev/null', 'w');
  try {
    const t = performance.now();
    const r = spawnSync(TIME, ['-f', '%M', '-o', rssFile, cmd, ...args], { stdio: ['ignore', devnull, 'pipe'], cwd: root });
    const wall = (performance.now() - t) / 1000;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr?.toString().trim()}`);
    return { wall_s: wall, rss_kib: Number(readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)) };
  } finally {
    closeSync(devnull);
    rmSync(rssFile, { force: true });
  }
}

/** Fastest wall time of `runs` runs (the least disturbed by other work) and the largest RSS. */
function bestOf(runs, cmd, args) {
  const all = Array.from({ length: runs }, () => processRun(cmd, args));
  return { wall_s: Math.min(...all.map((r) => r.wall_s)), rss_kib: Math.max(...all.map((r) => r.rss_kib)), runs };
}

function cli(corpora) {
  log('building the release CLI (cargo build --release --bin khabar)');
  execFileSync('cargo', ['build', '--release', '--quiet', '--bin', 'khabar'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  // A copy, so that the bench build below cannot swap the binary under us.
  const bin = join(benchDir, 'khabar');
  copyFileSync(join(root, 'target', 'release', 'khabar'), bin);
  const out = {};
  for (const command of ['normalize', 'extract']) {
    out[command] = {};
    for (const mb of CORPUS_MB) {
      log(`khabar ${command} on ${mb} MB (release CLI)`);
      out[command][mb] = bestOf(mb === 100 ? 1 : 3, bin, [command, corpora[mb]]);
    }
  }
  return out;
}

function hazmWholeProcess(corpora) {
  const out = {};
  for (const mb of [1, 10]) {
    log(`Hazm whole process on ${mb} MB`);
    out[mb] = bestOf(2, venvPython, [join(root, 'tests', 'bench', 'peers.py'), 'hazm-file', corpora[mb]]);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The parts that print JSON

function cargoBench() {
  log('native bench (cargo bench --bench pipeline; builds with LTO the first time)');
  const json = join(benchDir, 'native.json');
  rmSync(json, { force: true });
  execFileSync('cargo', ['bench', '--quiet', '--bench', 'pipeline'], {
    cwd: root,
    env: { ...process.env, KHABAR_BENCH_DIR: benchDir, KHABAR_BENCH_JSON: json },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return JSON.parse(readFileSync(json, 'utf8'));
}

function nodePart(script, name) {
  log(`${name} (${script})`);
  const json = join(benchDir, `${name}.json`);
  rmSync(json, { force: true });
  execFileSync(process.execPath, [join(root, 'tests', 'bench', script), '--json', json], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  return JSON.parse(readFileSync(json, 'utf8'));
}

function pythonPeers() {
  log('Python peers per article (Hazm, dateparser, trafilatura)');
  const out = execFileSync(venvPython, [join(root, 'tests', 'bench', 'peers.py'), 'per-article', seedDir, join(benchDir, 'html')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out);
}

/** Runs a part; a failure is reported in the table instead of stopping the others. */
function attempt(name, f) {
  try {
    return f();
  } catch (e) {
    log(`${name} not run: ${e.message.split('\n')[0]}`);
    return { error: e.message.split('\n')[0] };
  }
}

// ---------------------------------------------------------------------------------------------
// The table

const mean = (articles, key) => {
  const xs = Object.values(articles ?? {}).map((a) => a[key]).filter((x) => typeof x === 'number');
  return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
};
/** The seed closest to 3.5 KB: the "3.5 KB article". */
const article3k5 = (articles) =>
  Object.entries(articles ?? {}).sort(([, a], [, b]) => Math.abs(a.bytes - 3500) - Math.abs(b.bytes - 3500))[0];

const ok = (x) => typeof x === 'number' && Number.isFinite(x);
/** Mean time per article with the throughput it means: "6.9 µs (600 MB/s)". */
function perArticle(articles, key) {
  const s = mean(articles, key);
  const bytes = mean(articles, 'bytes');
  return ok(s) ? `${time(s)} (${mbps(bytes, s)})` : '—';
}
function time(s) {
  if (!ok(s)) return '—';
  if (s >= 1) return `${s.toFixed(2)} s`;
  if (s >= 1e-3) return `${(s * 1e3).toFixed(s >= 0.1 ? 0 : 2)} ms`;
  return `${(s * 1e6).toFixed(1)} µs`;
}
const mbps = (bytes, s) => (ok(s) && ok(bytes) ? `${(bytes / 1e6 / s).toFixed(bytes / 1e6 / s >= 10 ? 0 : 1)} MB/s` : '—');
const mib = (kib) => (ok(kib) ? `${(kib / 1024).toFixed(kib >= 10240 ? 0 : 1)} MiB` : '—');
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
function times(slow, fast) {
  if (!ok(slow) || !ok(fast) || fast <= 0) return '—';
  const r = slow / fast;
  const digits = (x) => x.toFixed(x >= 10 ? 0 : x >= 2 ? 1 : 2);
  return r >= 1 ? `${digits(r)}× faster` : `${digits(1 / r)}× slower`;
}
/** "target (met)" / "target (not met)" from a boolean; "—" when a number is missing. */
const target = (text, met) => (met === null || met === undefined ? `${text}` : `${text}: ${met ? 'met' : '**not met**'}`);
const ratioMet = (slow, fast, want) => (ok(slow) && ok(fast) ? slow / fast >= want : null);
const atMost = (x, limit) => (ok(x) ? x <= limit : null);

function table(r) {
  const rows = [];
  const row = (...cells) => rows.push(`| ${cells.join(' | ')} |`);
  const { native = {}, node = {}, browser = {}, py = {}, hazm = {}, cli = {}, size } = r;
  const peer = node.peer;
  const hazmName = py.versions ? `Hazm ${py.versions.hazm}` : 'Hazm';
  const dpName = py.versions ? `dateparser ${py.versions.dateparser}` : 'dateparser';
  const trafName = py.versions ? `trafilatura ${py.versions.trafilatura}` : 'trafilatura';
  const ptName = peer ? `persian-tools ${peer.version}` : 'persian-tools';
  const corpusBytes = statSync(r.corpora[10]).size;

  row('area', 'measure (same input for both)', 'khabar', 'peer', 'khabar vs peer', 'target (issue 8)');
  row('---', '---', '---', '---', '---', '---');

  // normalize
  const cliN = cli.normalize?.[10];
  const hz10 = hazm[10];
  row('normalize', 'whole process, 10 MB corpus, file in → stdout (`khabar normalize` release CLI vs Python + `Normalizer().normalize`)',
    ok(cliN?.wall_s) ? `${time(cliN.wall_s)} (${mbps(corpusBytes, cliN.wall_s)})` : '—',
    ok(hz10?.wall_s) ? `${hazmName}: ${time(hz10.wall_s)} (${mbps(corpusBytes, hz10.wall_s)})` : `${hazmName}: not run`,
    times(hz10?.wall_s, cliN?.wall_s), target('≥ 50× Hazm', ratioMet(hz10?.wall_s, cliN?.wall_s, 50)));
  const nN = mean(native.articles, 'normalize_s');
  const hzA = mean(py.articles, 'hazm_normalize_s');
  row('normalize', 'per article, in process, mean of the 5 seeds (native vs `Normalizer().normalize` per call)',
    perArticle(native.articles, 'normalize_s'), `${hazmName}: ${perArticle(py.articles, 'hazm_normalize_s')}`, times(hzA, nN), '');
  const nodeN = node.normalize_corpus_s;
  const ptPipe = peer?.corpus_s?.['toPersianChars+halfSpace'];
  row('normalize', 'Node, 10 MB string in one call (`normalize` vs `halfSpace(toPersianChars(s))`)',
    mbps(node.corpus_bytes, nodeN), peer ? `${ptName}: ${mbps(node.corpus_bytes, ptPipe)}` : `${ptName}: not run`,
    times(ptPipe, nodeN), target('≥ 10× persian-tools', ratioMet(ptPipe, nodeN, 10)));
  for (const fn of ['normalizeText', 'toPersianChars', 'halfSpace']) {
    const s = peer?.corpus_s?.[fn];
    row('normalize', `Node, 10 MB string (\`normalize\` vs \`${fn}\` alone)`, mbps(node.corpus_bytes, nodeN),
      peer ? `${ptName}: ${mbps(node.corpus_bytes, s)}` : '—', times(s, nodeN), '');
  }
  const nodeNA = mean(node.articles, 'normalize_s');
  const ptA = peer?.article_s?.['toPersianChars+halfSpace'];
  row('normalize', 'Node, per article, mean of the 5 seeds (`normalize` vs `halfSpace(toPersianChars(s))`)',
    perArticle(node.articles, 'normalize_s'), peer ? `${ptName}: ${time(ptA)}` : '—', times(ptA, nodeNA), '');
  row('normalize', 'native, 10 MB string in one call (in process)', mbps(native.corpus_bytes, native.normalize_corpus_s), '—', '—',
    'for scale: a trivial char map ≈ 400 MB/s');
  row('normalize', 'Chromium, 10 MB string in one call', mbps(browser.corpus_bytes, browser.normalize_corpus_s), '—', '—',
    'for scale: copying into wasm and back ≈ 140 MB/s');

  // dates
  const dp = mean(py.articles, 'dateparser_search_dates_s');
  const dN = mean(native.articles, 'find_dates_s');
  const dNode = mean(node.articles, 'find_dates_s');
  const dB = mean(browser.articles, 'find_dates_s');
  row('dates', 'every date in an article, mean of the 5 seeds: native `find_dates` vs `search_dates(text)`',
    perArticle(native.articles, 'find_dates_s'), `${dpName}: ${perArticle(py.articles, 'dateparser_search_dates_s')}`, times(dp, dN), target('≥ 100× dateparser', ratioMet(dp, dN, 100)));
  row('dates', 'the same in Node (`findDates`)', perArticle(node.articles, 'find_dates_s'), `${dpName}: ${time(dp)}`, times(dp, dNode), target('≥ 100× dateparser', ratioMet(dp, dNode, 100)));
  row('dates', 'the same in Chromium (`findDates`)', perArticle(browser.articles, 'find_dates_s'), `${dpName}: ${time(dp)}`, times(dp, dB), '');

  // extract
  const [name3k5, n3k5] = article3k5(native.articles) ?? [];
  const node3k5 = node.articles?.[name3k5];
  const b3k5 = browser.articles?.[name3k5];
  const label3k5 = name3k5 ? `seed ${name3k5.slice(0, 3)}, ${n3k5.bytes} B` : '';
  row('extract', `one 3.5 KB article (${label3k5}), native`, time(n3k5?.extract_s), '—', '—', target('≤ 50 µs', atMost(n3k5?.extract_s, 50e-6)));
  row('extract', `one 3.5 KB article (${label3k5}), Node`, time(node3k5?.extract_s), '—', '—', '');
  row('extract', `one 3.5 KB article (${label3k5}), Chromium`, time(b3k5?.extract_s), '—', '—', target('≤ 150 µs', atMost(b3k5?.extract_s, 150e-6)));
  row('extract', 'per article, mean of the 5 seeds: native / Node / Chromium',
    `${perArticle(native.articles, 'extract_s')} / ${perArticle(node.articles, 'extract_s')} / ${perArticle(browser.articles, 'extract_s')}`, '—', '—', '');
  const eH = mean(native.articles, 'extract_html_s');
  const tr = mean(py.articles, 'trafilatura_extract_s');
  row('extract', 'the seeds as minimal HTML (one `<p>` a line), mean per article: native `extract` vs `trafilatura.extract(html)`',
    time(eH), `${trafName}: ${time(tr)}`, times(tr, eH), '');

  // memory
  for (const mb of CORPUS_MB) {
    const k = cli.normalize?.[mb]?.rss_kib;
    const h = hazm[mb]?.rss_kib;
    row('memory', `peak RSS, \`khabar normalize\` on ${mb} MB (whole process)`, mib(k),
      mb in hazm ? `${hazmName}: ${mib(h)}` : `${hazmName}: not run at ${mb} MB`,
      ok(h) && ok(k) ? `${(h / k).toFixed(1)}× less` : '—', '');
  }
  for (const mb of CORPUS_MB) {
    const e = cli.extract?.[mb];
    row('memory', `peak RSS, \`khabar extract\` on ${mb} MB (whole process; took ${time(e?.wall_s)})`, mib(e?.rss_kib), '—', '—', '');
  }

  // size and start-up
  if (size) {
    row('size', '`khabar_bg.wasm` raw / gzip -9 / brotli 11', `${kib(size.wasm.raw)} / ${kib(size.wasm.gzip)} / ${kib(size.wasm.brotli)}`, '—', '—',
      target('≤ 100 KiB gzip (≤ 200 KiB with a Persian lexicon)', size.wasm.gzip <= 200 * 1024));
    row('size', 'JS glue `khabar.js` raw / gzip -9 / brotli 11', `${kib(size.glue.raw)} / ${kib(size.glue.gzip)} / ${kib(size.glue.brotli)}`, '—', '—',
      target('≤ 5 KiB gzip', size.glue.gzip <= 5 * 1024));
  }
  const st = browser.streaming;
  const fb = browser.from_bytes;
  row('start-up', 'Chromium: compile + instantiate from the bytes in memory (median of fresh contexts; timer step 0.1 ms)',
    ok(fb?.compile_s) ? `${time(fb.compile_s + fb.instantiate_s)} (${time(fb.compile_s)} + ${time(fb.instantiate_s)})` : '—', '—', '—',
    target('instantiate ≤ 10 ms', atMost(fb?.compile_s + fb?.instantiate_s, 10e-3)));
  // The page's view: includes fetching 200 KB from the local test server in a cold context,
  // which is that server's and the network stack's cost more than khabar's.
  row('start-up', `Chromium: \`await init()\` as a page calls it, cold context: download from 127.0.0.1 (${time(st?.download_s)}) overlapped with streaming compile, then instantiate (median of ${browser.fresh_contexts ?? '—'})`,
    time(st?.init_s), '—', '—', 'informative (includes the download)');
  row('start-up', 'Chromium: first `extract` call after init (functions compiled on first use, lazy tables built)', time(st?.first_call_s), '—', '—', '');
  row('start-up', 'Node: `import \'khabar\'` (reads and instantiates the wasm)', time(node.load_s), '—', '—', '');
  row('start-up', 'Python peers: import time', '—',
    py.import_s ? Object.entries(py.import_s).map(([k, v]) => `${k} ${time(v)}`).join(', ') : '—', '—', '');
  return rows.join('\n');
}

function report(r) {
  const m = r.machine;
  const lines = [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memory_gib} GiB; ${m.os}; load average at start ${m.load_at_start}`,
    `  (shared: other work was running, so expect noise of tens of percent on any one number).`,
    `Tools: Node ${m.node}, Python ${m.python ?? 'not installed'}, ${m.rustc} (native), ${m.rustc_wasm ?? '—'} (wasm32), ${m.chromium ?? 'no Chromium'}.`,
    `khabar ${m.commit ?? ''}, ${m.date}. Command: \`make bench\`. Inputs: the ${seeds().length} seed pages (tests/fixtures/seeds) and corpora built from them by tests/bench/corpus.mjs.`,
    '',
    table(r),
  ];
  const failed = Object.entries(r).filter(([, v]) => v && typeof v === 'object' && 'error' in v);
  if (failed.length) lines.push('', ...failed.map(([k, v]) => `Not run: ${k}: ${v.error}`));
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

/** Runs every part and writes target/bench/results.json. */
function measureAll() {
  const started = performance.now();
  mkdirSync(benchDir, { recursive: true });
  log('writing the corpora (1, 10, 100 MB) and the seeds as minimal HTML under target/bench');
  const { corpora } = writeAll(benchDir);
  const havePython = existsSync(venvPython);
  if (!havePython) log('tests/bench/.venv is missing (run `make bench-deps`): the Python peers are not run');
  if (!existsSync(TIME)) log(`${TIME} is missing (Debian package "time"): the whole-process rows are not run`);

  const results = { machine: machine(), corpora };
  results.size = attempt('size', sizes);
  results.cli = existsSync(TIME) ? attempt('cli', () => cli(corpora)) : { error: `${TIME} missing` };
  results.hazm = havePython && existsSync(TIME) ? attempt('hazm', () => hazmWholeProcess(corpora)) : { error: 'no venv' };
  results.native = attempt('native', cargoBench);
  results.node = attempt('node', () => nodePart('node.mjs', 'node'));
  results.browser = attempt('browser', () => nodePart('browser.mjs', 'browser'));
  results.py = havePython ? attempt('python peers', pythonPeers) : { error: 'no venv' };
  results.total_s = (performance.now() - started) / 1000;
  writeFileSync(join(benchDir, 'results.json'), JSON.stringify(results, null, 1));
  return results;
}

// `--report` prints the table again from the last results.json without measuring.
const results = process.argv.includes('--report') ? JSON.parse(readFileSync(join(benchDir, 'results.json'), 'utf8')) : measureAll();
const text = report(results);
writeFileSync(join(benchDir, 'report.md'), `${text}\n`);
console.log(text);
log(`measured in ${results.total_s.toFixed(0)} s; numbers in target/bench/results.json, this report in target/bench/report.md`);
