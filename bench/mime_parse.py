#!/usr/bin/python3
"""MIME parse benchmark of issue 4: Satchel's parser against Python's email package, in one run.

Writes corpora of generated messages (bench/seedmail.py, the IMAP benchmark's generator), then for
each corpus runs build/release/bench/mimeparse/satchel-mimebench and this script's own Python reader
as separate processes. Both load every message into memory, parse it once untimed, then timed
passes; each pass reads each message fully: the envelope headers decoded, the MIME tree, every text
part decoded to a string, every other part decoded to bytes. Prints MB/s (10^6 bytes of raw message
per second, median pass, by wall time and by the process's CPU time), peak RSS, the ratios and the
target (>= 100 MB/s). On a shared machine the CPU figures are the steadier ones.
Run it through bench/mime-parse.sh; `--help` lists the knobs (each also an environment variable).
"""

import argparse
import email
import email.policy
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import seedmail  # noqa: E402

TARGET_MBPS = 100.0


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--messages", type=int, default=int(os.environ.get("BENCH_MESSAGES", 2000)),
                   help="messages per corpus (env BENCH_MESSAGES, default 2000)")
    p.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", 5)),
                   help="timed passes of the Python reader; the table shows medians (env BENCH_RUNS, default 5)")
    p.add_argument("--satchel-runs", type=int, default=int(os.environ.get("BENCH_SATCHEL_RUNS", 20)),
                   help="timed passes of Satchel's reader, whose passes are short "
                        "(env BENCH_SATCHEL_RUNS, default 20)")
    p.add_argument("--seed", type=int, default=int(os.environ.get("BENCH_SEED", 20240601)),
                   help="seed of the generated mail (env BENCH_SEED)")
    p.add_argument("--attach-percent", default=os.environ.get("BENCH_ATTACH_PERCENT", "3,0"),
                   help="one corpus per value: share of messages with attachments up to 2 MB "
                        "(env BENCH_ATTACH_PERCENT, default 3,0: the IMAP benchmark's mix, then text only)")
    p.add_argument("--corpus", action="append", default=[],
                   help="a folder of message files to use as well (repeatable; nothing is generated "
                        "when given and --attach-percent is not)")
    p.add_argument("--bench", default=os.environ.get(
        "SATCHEL_MIMEBENCH", os.path.join(ROOT, "build/release/bench/mimeparse/satchel-mimebench")),
        help="the RELEASE satchel-mimebench (env SATCHEL_MIMEBENCH)")
    p.add_argument("--skip-python", action="store_true", help="time Satchel only")
    p.add_argument("--workdir", default=os.environ.get("BENCH_WORKDIR"),
                   help="where corpora are written (env BENCH_WORKDIR; default a new folder under /tmp, "
                        "removed at the end)")
    p.add_argument("--keep", action="store_true", default=bool(os.environ.get("BENCH_KEEP")),
                   help="leave the corpora in place (env BENCH_KEEP=1)")
    p.add_argument("--json-out", default=os.environ.get("BENCH_JSON_OUT"),
                   help="also write every raw figure to this JSON file (env BENCH_JSON_OUT)")
    # Internal: the Python reader runs as its own process so that its time and memory are its own.
    p.add_argument("--python-reader", metavar="FOLDER", help=argparse.SUPPRESS)
    args, rest = p.parse_known_args()
    if rest and not args.python_reader:
        p.error(f"unknown arguments: {' '.join(rest)}")
    if "--attach-percent" not in sys.argv and "BENCH_ATTACH_PERCENT" not in os.environ and args.corpus:
        args.attach_percent = ""
    return args


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


# --- the Python reader ------------------------------------------------------------------------

def read_message(data, totals):
    msg = email.message_from_bytes(data, policy=email.policy.default)
    totals["messages"] += 1
    envelope = 0
    for name in ("subject", "message-id"):
        value = msg[name]
        envelope += len(str(value)) if value is not None else 0
    for name in ("from", "to", "cc", "reply-to"):
        value = msg[name]
        if value is not None:
            for address in value.addresses:
                envelope += len(address.display_name) + len(address.addr_spec)
    date = msg["date"]
    envelope += 1 if date is not None and date.datetime is not None else 0
    for name in ("in-reply-to", "references"):
        value = msg[name]
        envelope += len(str(value).split()) if value is not None else 0
    totals["envelope_chars"] += envelope
    for part in msg.walk():
        if part.is_multipart():
            continue
        totals["leaves"] += 1
        content = part.get_content()
        if isinstance(content, str):
            totals["text_chars"] += len(content)
        else:
            totals["binary_bytes"] += len(content)
    body = msg.get_body(("plain", "html"))
    totals["shown_chars"] += len(body.get_content()) if body is not None else 0
    totals["attachments"] += sum(1 for _ in msg.iter_attachments())
    totals["warnings"] += sum(len(p.defects) for p in msg.walk())


def python_reader(folder, runs):
    names = sorted(os.listdir(folder))
    corpus = []
    for name in names:
        with open(os.path.join(folder, name), "rb") as f:
            corpus.append(f.read())
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    keys = ("messages", "leaves", "text_chars", "binary_bytes", "envelope_chars", "shown_chars",
            "attachments", "warnings")
    first = dict.fromkeys(keys, 0)
    for data in corpus:  # untimed, as the C++ reader does
        read_message(data, first)
    wall, cpu = [], []
    for _ in range(runs):
        totals = dict.fromkeys(keys, 0)
        c0, w0 = time.process_time(), time.perf_counter()
        for data in corpus:
            read_message(data, totals)
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
        if totals != first:
            sys.exit("a pass read other totals than the first")
    print(json.dumps({"reader": "python", "bytes": sum(map(len, corpus)), "wall_s": wall, "cpu_s": cpu,
                      "median_wall_s": statistics.median(wall), "median_cpu_s": statistics.median(cpu),
                      "rss_loaded_kib": rss_loaded,
                      "rss_peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "totals": first}))


# --- the driver -------------------------------------------------------------------------------

def run_reader(command):
    out = subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def describe_corpus(folder):
    sizes = [os.path.getsize(os.path.join(folder, n)) for n in os.listdir(folder)]
    classes = {"<2KB": 0, "2-20KB": 0, "20-200KB": 0, ">200KB": 0}
    for size in sizes:
        key = "<2KB" if size < 2048 else "2-20KB" if size <= 20480 else "20-200KB" if size <= 204800 else ">200KB"
        classes[key] += 1
    return {"files": len(sizes), "bytes": sum(sizes), "classes": classes}


def mbps(result, key):
    return result["bytes"] / result[key] / 1e6


def compare_totals(name, satchel, python):
    """The readers must have read the same parts; the counts that both define the same way."""
    same = ("messages", "leaves", "binary_bytes", "attachments")
    for key in same:
        if satchel["totals"][key] != python["totals"][key]:
            log(f"WARNING {name}: {key} differs: satchel {satchel['totals'][key]}, "
                f"python {python['totals'][key]}")
    for key in ("text_chars", "shown_chars"):
        s, p = satchel["totals"][key], python["totals"][key]
        if abs(s - p) > 0.001 * max(s, p):
            log(f"WARNING {name}: {key}: satchel {s}, python {p}")


def print_table(results):
    print()
    print("| corpus | reader | MB/s (wall) | MB/s (CPU) | peak RSS | RSS over the loaded corpus "
          "| vs Python (wall) | vs Python (CPU) | target >= 100 MB/s (CPU; wall) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for entry in results:
        corpus, satchel, python = entry["corpus"], entry["satchel"], entry.get("python")
        label = f"{corpus['label']} ({corpus['files']} msgs, {corpus['bytes'] / 1e6:.0f} MB)"
        for result in (satchel, python):
            if result is None:
                continue
            is_satchel = result is satchel
            ratios = [(f"{mbps(satchel, key) / mbps(python, key):.1f}x faster"
                       if is_satchel and python else ("1" if python else "")) for key in ("median_wall_s", "median_cpu_s")]
            verdict = ""
            if is_satchel:
                verdict = "; ".join("pass" if mbps(result, key) >= TARGET_MBPS else "FAIL"
                                    for key in ("median_cpu_s", "median_wall_s"))
            print(f"| {label} | {result['reader']} | {mbps(result, 'median_wall_s'):.1f} "
                  f"| {mbps(result, 'median_cpu_s'):.1f} | {result['rss_peak_kib'] / 1024:.0f} MB "
                  f"| {(result['rss_peak_kib'] - result['rss_loaded_kib']) / 1024:.0f} MB | {ratios[0]} | {ratios[1]} "
                  f"| {verdict} |")
    print()
    for entry in results:
        for reader in ("satchel", "python"):
            if entry.get(reader):
                r = entry[reader]
                print(f"{entry['corpus']['label']} {reader}: wall s " + ", ".join(f"{t:.3f}" for t in r["wall_s"])
                      + "; CPU s " + ", ".join(f"{t:.3f}" for t in r["cpu_s"]))


def main():
    args = parse_args()
    if args.python_reader:
        python_reader(args.python_reader, args.runs)
        return
    if not os.access(args.bench, os.X_OK):
        sys.exit(f"{args.bench} is missing: cmake --preset release && "
                 "cmake --build build/release --target satchel-mimebench")
    cache = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(args.bench))), "CMakeCache.txt")
    if os.path.exists(cache):
        with open(cache) as f:
            text = f.read()
        if "SATCHEL_SANITIZE:BOOL=ON" in text or "CMAKE_BUILD_TYPE:STRING=Release" not in text:
            sys.exit(f"{args.bench} is not a release build without sanitizers: use build/release")
    workdir = args.workdir or tempfile.mkdtemp(prefix="satchel-mimebench-")
    corpora = []
    for percent in [v for v in args.attach_percent.split(",") if v.strip()]:
        folder = os.path.join(workdir, f"corpus-{args.messages}-{args.seed}-{percent}")
        if not os.path.isdir(os.path.join(folder, "cur")):
            log(f"writing {args.messages} messages, {percent} % with attachments, into {folder}")
            seedmail.seed_maildir(folder, args.messages, args.seed, float(percent))
        label = f"{percent} % attachments" if float(percent) else "text only"
        corpora.append((label, os.path.join(folder, "cur")))
    corpora += [(os.path.basename(os.path.normpath(c)), c) for c in args.corpus]
    results = []
    started = {"time": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "loadavg": loadavg()}
    try:
        for label, folder in corpora:
            corpus = {"label": label, "folder": folder, **describe_corpus(folder)}
            entry = {"corpus": corpus}
            log(f"{label}: satchel (load {loadavg():.1f})")
            entry["satchel"] = run_reader([args.bench, "--runs", str(args.satchel_runs), folder])
            if not args.skip_python:
                log(f"{label}: python email (load {loadavg():.1f})")
                entry["python"] = run_reader([sys.executable, os.path.abspath(__file__),
                                              "--runs", str(args.runs), "--python-reader", folder])
                compare_totals(label, entry["satchel"], entry["python"])
            results.append(entry)
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"{started['time']}; {platform.node()}; {os.cpu_count()} CPUs; load {started['loadavg']:.1f} "
          f"at the start, {loadavg():.1f} at the end; Python {platform.python_version()}; "
          f"medians of {args.satchel_runs} (Satchel) and {args.runs} (Python) passes")
    print_table(results)
    if args.json_out:
        with open(args.json_out, "w") as f:
            json.dump({"started": started, "runs": args.runs, "satchel_runs": args.satchel_runs,
                       "results": results}, f, indent=1)


if __name__ == "__main__":
    main()
