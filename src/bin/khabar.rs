//! `khabar`: the command-line face of the library.
//!
//! ```text
//! khabar extract [--now ISO] [--format F] [--normalize] [--lossy] [FILE]   the Article as JSON
//! khabar extract --jsonl [--now ISO] [--format F] [FILE]   one {"id","text"} object per input
//!                                                            line in, one result per line out
//! khabar normalize [--lossy] [FILE]             normalized text, one output line per input line
//! khabar dates [--now ISO] [--lossy] [FILE]     the DateMention array as JSON
//! ```
//!
//! Standard input is read when FILE is absent. Exit status: 0 on success, 2 on a usage error,
//! 1 with a one-line message on standard error when the input is refused.

// The command line is native only; a wasm32 build of the package (for browser tests) gets an
// empty binary.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::io::{self, Read, Write};
    use std::process::ExitCode;

    const USAGE: &str = "usage: khabar extract [--now ISO] [--format auto|text|html] [--normalize] [--jsonl] [--lossy] [FILE]
           khabar normalize [--lossy] [FILE]
           khabar dates [--now ISO] [--lossy] [FILE]
      FILE defaults to standard input.
      --now ISO     reference date for relative expressions (e.g. 2021-07-17 or 2021-07-17T16:54)
      --format F    read the input as text, as HTML, or decide (auto, the default)
      --normalize   normalize the title, lead and body text
      --jsonl       read {\"id\", \"text\"} JSON objects, one per line; write one
                    {\"id\", \"article\"} or {\"id\", \"error\"} object per line, as each is done
      --lossy       replace bytes that are not UTF-8 instead of refusing the input";

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Command {
        Extract,
        Normalize,
        Dates,
    }

    struct Args {
        command: Command,
        now: Option<String>,
        lossy: bool,
        jsonl: bool,
        normalize: bool,
        format: khabar::InputFormat,
        file: Option<String>,
    }

    enum Failure {
        Usage(String),
        Input(String),
    }

    fn parse_args(mut argv: impl Iterator<Item = String>) -> Result<Args, Failure> {
        let command = match argv.next().as_deref() {
            Some("extract") => Command::Extract,
            Some("normalize") => Command::Normalize,
            Some("dates") => Command::Dates,
            Some("-h" | "--help") => return Err(Failure::Usage(String::new())),
            None => return Err(Failure::Usage("missing command".into())),
            Some(other) => return Err(Failure::Usage(format!("unknown command '{other}'"))),
        };
        let mut args = Args { command, now: None, lossy: false, jsonl: false, normalize: false, format: khabar::InputFormat::Auto, file: None };
        while let Some(arg) = argv.next() {
            match arg.as_str() {
                "--now" if command != Command::Normalize => {
                    args.now = Some(argv.next().ok_or_else(|| Failure::Usage("--now needs a date".into()))?);
                }
                "--lossy" => args.lossy = true,
                "--jsonl" if command == Command::Extract => args.jsonl = true,
                "--normalize" if command == Command::Extract => args.normalize = true,
                "--format" if command == Command::Extract => {
                    args.format = match argv.next().as_deref() {
                        Some("auto") => khabar::InputFormat::Auto,
                        Some("text") => khabar::InputFormat::Text,
                        Some("html") => khabar::InputFormat::Html,
                        _ => return Err(Failure::Usage("--format needs auto, text or html".into())),
                    };
                }
                "-h" | "--help" => return Err(Failure::Usage(String::new())),
                "-" if args.file.is_none() => {}
                flag if flag.starts_with('-') => return Err(Failure::Usage(format!("unknown option '{flag}'"))),
                _ if args.file.is_some() => return Err(Failure::Usage("only one FILE may be given".into())),
                file => args.file = Some(file.to_string()),
            }
        }
        Ok(args)
    }

    fn read_input(args: &Args) -> Result<String, Failure> {
        let mut bytes = Vec::new();
        let result = match &args.file {
            Some(path) => std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes)),
            None => io::stdin().lock().read_to_end(&mut bytes),
        };
        let name = args.file.as_deref().unwrap_or("standard input");
        result.map_err(|e| Failure::Input(format!("cannot read {name}: {e}")))?;
        match String::from_utf8(bytes) {
            Ok(text) => Ok(text),
            Err(e) if args.lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
            Err(e) => Err(Failure::Input(format!(
                "{name} is not UTF-8 text (invalid byte at offset {}); pass --lossy to replace bad bytes",
                e.utf8_error().valid_up_to()
            ))),
        }
    }

    fn library_error(e: khabar::Error) -> Failure {
        Failure::Input(format!("{} ({})", e.message(), e.code().as_str()))
    }

    fn extract_options(args: &Args) -> Result<khabar::ExtractOptions, Failure> {
        let mut options = khabar::ExtractOptions::default();
        if let Some(now) = &args.now {
            options = options.with_now(now).map_err(library_error)?;
        }
        options.format = args.format;
        options.normalize = args.normalize;
        Ok(options)
    }

    /// `--jsonl`: streams results, one line per input line. A line that is not an object with a
    /// string `text` gets an error object and the stream goes on.
    fn run_jsonl(args: &Args) -> Result<(), Failure> {
        use std::io::BufRead;
        let options = extract_options(args)?;
        let reader: Box<dyn BufRead> = match &args.file {
            Some(path) => Box::new(io::BufReader::new(std::fs::File::open(path).map_err(|e| Failure::Input(format!("cannot read {path}: {e}")))?)),
            None => Box::new(io::stdin().lock()),
        };
        let mut out = io::BufWriter::new(io::stdout().lock());
        for (n, line) in reader.split(b'\n').enumerate() {
            let bytes = line.map_err(|e| Failure::Input(format!("cannot read input: {e}")))?;
            let text = if args.lossy { String::from_utf8_lossy(&bytes).into_owned() } else { String::from_utf8(bytes).unwrap_or_default() };
            if text.trim().is_empty() {
                continue;
            }
            let record: Result<serde_json::Value, _> = serde_json::from_str(&text);
            let id = record.as_ref().ok().and_then(|r| r.get("id").cloned()).unwrap_or(serde_json::Value::Null);
            let result = match record.as_ref().ok().and_then(|r| r.get("text")).and_then(|t| t.as_str()) {
                Some(page) => match khabar::extract(page, &options) {
                    Ok(article) => serde_json::json!({ "id": id, "article": article }),
                    Err(e) => serde_json::json!({ "id": id, "error": { "code": e.code().as_str(), "message": e.message() } }),
                },
                None => serde_json::json!({
                    "id": id,
                    "error": { "code": "INVALID_INPUT", "message": format!("line {}: expected a JSON object with a string \"text\"", n + 1) }
                }),
            };
            let written = serde_json::to_writer(&mut out, &result).map_err(io::Error::from).and_then(|()| out.write_all(b"\n"));
            match written {
                Ok(()) => {}
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(()),
                Err(e) => return Err(Failure::Input(format!("cannot write output: {e}"))),
            }
        }
        match out.flush() {
            Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Failure::Input(format!("cannot write output: {e}"))),
            _ => Ok(()),
        }
    }

    fn run(args: Args) -> Result<(), Failure> {
        if args.jsonl {
            return run_jsonl(&args);
        }
        let text = read_input(&args)?;
        let mut out = io::stdout().lock();
        let written = match args.command {
            Command::Extract => {
                let options = extract_options(&args)?;
                let article = khabar::extract(&text, &options).map_err(library_error)?;
                serde_json::to_writer_pretty(&mut out, &article).map_err(io::Error::from).and_then(|()| writeln!(out))
            }
            Command::Dates => {
                let mut options = khabar::DateOptions::default();
                if let Some(now) = &args.now {
                    options = options.with_now(now).map_err(library_error)?;
                }
                let dates = khabar::find_dates(&text, &options).map_err(library_error)?;
                serde_json::to_writer_pretty(&mut out, &dates).map_err(io::Error::from).and_then(|()| writeln!(out))
            }
            Command::Normalize => {
                let normalized = khabar::normalize(&text, &khabar::NormalizeOptions::default()).map_err(library_error)?;
                out.write_all(normalized.text.as_bytes())
            }
        };
        match written.and_then(|()| out.flush()) {
            Ok(()) => Ok(()),
            // A closed pipe (`khabar extract page.txt | head`) is not an error worth a message.
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(Failure::Input(format!("cannot write output: {e}"))),
        }
    }

    pub fn main() -> ExitCode {
        match parse_args(std::env::args().skip(1)).and_then(run) {
            Ok(()) => ExitCode::SUCCESS,
            Err(Failure::Usage(msg)) => {
                if msg.is_empty() {
                    println!("{USAGE}");
                    return ExitCode::SUCCESS;
                }
                eprintln!("khabar: {msg}\n{USAGE}");
                ExitCode::from(2)
            }
            Err(Failure::Input(msg)) => {
                eprintln!("khabar: {msg}");
                ExitCode::from(1)
            }
        }
    }
}
