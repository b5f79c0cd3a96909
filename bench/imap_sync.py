#!/usr/bin/python3
"""IMAP sync benchmark of issue 3: satchel-cli against mbsync and a raw imaplib reader, in one run.

Starts its own test bed, seeds one user's INBOX (Maildir files + doveadm index), measures the median
of N runs of each case, prints a table with the issue's targets, stops the bed and cleans up.
Run it through bench/imap-sync.sh; `--help` lists the knobs (each also an environment variable).
"""

import argparse
import glob
import imaplib
import json
import os
import random
import shutil
import signal
import sqlite3
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the source tree
import seedmail  # noqa: E402

HEADER_ITEMS = b"(UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE MODSEQ)"
BODY_ITEMS = b"(UID BODY.PEEK[])"


def env_int(name, default):
    return int(os.environ.get(name, default))


def parse_args():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--messages", type=int, default=env_int("BENCH_MESSAGES", 50_000),
                   help="messages seeded into the INBOX (env BENCH_MESSAGES, default 50000)")
    p.add_argument("--runs", type=int, default=env_int("BENCH_RUNS", 3),
                   help="runs of each case; the table shows medians (env BENCH_RUNS, default 3)")
    p.add_argument("--seed", type=int, default=env_int("BENCH_SEED", 20240601),
                   help="seed of the generated mail and of the flag changes (env BENCH_SEED)")
    p.add_argument("--attach-percent", type=float,
                   default=float(os.environ.get("BENCH_ATTACH_PERCENT", "3")),
                   help="share of messages with attachments up to 2 MB (env BENCH_ATTACH_PERCENT, default 3)")
    p.add_argument("--port-base", type=int, default=env_int("BENCH_PORT_BASE", 25000),
                   help="test bed port base (env BENCH_PORT_BASE, default 25000)")
    p.add_argument("--satchel-cli", default=os.environ.get(
        "SATCHEL_CLI", os.path.join(ROOT, "build/release/app/satchel-cli")),
        help="a RELEASE satchel-cli (env SATCHEL_CLI; default build/release/app/satchel-cli)")
    p.add_argument("--workdir", default=os.environ.get("BENCH_WORKDIR"),
                   help="scratch folder (env BENCH_WORKDIR; default a new one under /tmp, removed at the end)")
    p.add_argument("--keep", action="store_true", default=bool(os.environ.get("BENCH_KEEP")),
                   help="leave the bed running and the scratch folder in place (env BENCH_KEEP=1)")
    p.add_argument("--mbsync-compress", choices=["auto", "on", "off"],
                   default=os.environ.get("BENCH_MBSYNC_COMPRESS", "auto"),
                   help="let mbsync use COMPRESS=DEFLATE; auto: exactly when satchel-cli does, so both move "
                        "the same bytes (env BENCH_MBSYNC_COMPRESS)")
    p.add_argument("--json-out", default=os.environ.get("BENCH_JSON_OUT"),
                   help="also write every raw figure to this JSON file (env BENCH_JSON_OUT)")
    # Internal: the floor reader runs as its own process so that its time and memory are its own.
    p.add_argument("--floor", choices=["bodies", "headers", "status"], help=argparse.SUPPRESS)
    p.add_argument("--floor-config", help=argparse.SUPPRESS)
    return p.parse_args()


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def loadavg():
    with open("/proc/loadavg") as f:
        return float(f.read().split()[0])


# ----------------------------------------------------------------------------------------------
# IMAP helpers (imaplib, TLS verified against the bed's CA)

def imap_connect(cfg):
    ctx = ssl.create_default_context(cafile=cfg["ca"])
    imap = imaplib.IMAP4_SSL(cfg["host"], cfg["port"], ssl_context=ctx)
    imap.login(cfg["email"], cfg["password"])
    return imap


def floor_reader(cfg, items):
    """One UID FETCH 1:* ITEMS over TLS; reads every byte and throws it away. Prints the count."""
    imap = imap_connect(cfg)
    imap.select("INBOX", readonly=True)
    tag = imap._new_tag()
    imap.send(tag + b" UID FETCH 1:* " + items + b"\r\n")
    messages = literal_bytes = 0
    while True:
        line = imap.readline()
        if not line:
            raise RuntimeError("connection closed during FETCH")
        if line.startswith(tag + b" "):
            if not line[len(tag) + 1:].startswith(b"OK"):
                raise RuntimeError(line.decode(errors="replace").strip())
            break
        if line.startswith(b"* ") and b" FETCH " in line[:40]:
            messages += 1
        while line.endswith(b"}\r\n"):
            left = int(line[line.rindex(b"{") + 1:-3])
            literal_bytes += left
            while left:
                left -= len(imap.read(min(left, 1 << 20)))
            line = imap.readline()
    imap.logout()
    print(json.dumps({"messages": messages, "literalBytes": literal_bytes}))


def status_reader(cfg):
    """What a no-change check must do at least: log in, LIST-STATUS every folder, log out. Reports
    its own time from connect to logout: the interpreter's start would otherwise dominate."""
    start = time.monotonic()
    imap = imap_connect(cfg)
    imap._simple_command("ENABLE", "QRESYNC")
    typ, _ = imap._simple_command("LIST", '""', '"*"', "RETURN (SPECIAL-USE SUBSCRIBED STATUS "
                                  "(MESSAGES UNSEEN UIDNEXT UIDVALIDITY HIGHESTMODSEQ))")
    if typ != "OK":
        raise RuntimeError("LIST-STATUS failed")
    imap.logout()
    print(json.dumps({"protocolSeconds": time.monotonic() - start}))


def flag_one_percent(cfg, count, rng):
    """Another client sets \\Flagged on 1 % of the messages (chosen among unflagged ones)."""
    imap = imap_connect(cfg)
    imap.select("INBOX")
    typ, data = imap.uid("SEARCH", None, "UNFLAGGED")
    unflagged = [int(u) for u in data[0].split()]
    chosen = sorted(rng.sample(unflagged, max(1, count // 100)))
    for i in range(0, len(chosen), 500):
        typ, _ = imap.uid("STORE", ",".join(map(str, chosen[i:i + 500])), "+FLAGS.SILENT", r"(\Flagged)")
        if typ != "OK":
            raise RuntimeError("UID STORE failed")
    typ, data = imap.uid("SEARCH", None, "FLAGGED")
    flagged = len(data[0].split())
    imap.logout()
    return len(chosen), flagged


class Engine:
    """A running Satchel: bench/engine-resync keeps the account worker and its IMAP connection
    between syncs, as the desktop app does, and times each sync inside the process."""

    def __init__(self, cli, base_args, email, password, env):
        tool = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(cli))),
                            "bench", "engine-resync", "engine-resync")
        if not os.path.exists(tool):
            sys.exit(f"imap-sync: no {tool}: build the release tree (it builds bench/engine-resync too)")
        self.proc = subprocess.Popen([tool] + base_args + [email], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, env=env)
        self.proc.stdin.write(password)
        self.proc.stdin.flush()

    def sync(self):
        self.proc.stdin.write(b"sync\n")
        self.proc.stdin.flush()
        answer = json.loads(self.proc.stdout.readline())
        if "error" in answer:
            raise RuntimeError(f"engine-resync: {answer['error']}")
        return answer

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(30)


# ----------------------------------------------------------------------------------------------
# Running and measuring a child

@dataclass
class Measurement:
    seconds: float  # wall clock
    rss: float  # peak resident set, MB
    cpu: float  # user + system seconds of the client itself
    stdout: str


class Runner:
    def __init__(self, logdir):
        self.logdir = logdir
        self.current = None
        self.seq = 0

    def run(self, name, argv, stdin=None, env=None, check=True):
        """Runs ARGV to its end and returns its Measurement."""
        self.seq += 1
        base = os.path.join(self.logdir, f"{self.seq:03d}-{name}")
        # GNU time reports the child's own peak RSS: wait4() here would also count this Python
        # process, whose pages a spawned child holds until it execs (Linux keeps that high-water mark).
        with open(base + ".out", "wb") as out, open(base + ".err", "wb") as err:
            start = time.monotonic()
            proc = subprocess.Popen(["/usr/bin/time", "-f", "%M %U %S", "-o", base + ".rss"] + argv,
                                    stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
                                    stdout=out, stderr=err, env=env)
            self.current = proc
            if stdin is not None:
                proc.stdin.write(stdin)
                proc.stdin.close()
            proc.wait()
            seconds = time.monotonic() - start
            self.current = None
        with open(base + ".rss") as f:  # GNU time writes "Command exited with…" first on failure
            rss_kb, user, system = f.read().split("\n")[-2].split()
        with open(base + ".out", errors="replace") as f:
            stdout = f.read()
        if check and proc.returncode != 0:
            with open(base + ".err", errors="replace") as f:
                tail = f.read()[-2000:]
            raise RuntimeError(f"{name} exited with {proc.returncode}: {' '.join(argv)}\n{tail}")
        return Measurement(seconds, int(rss_kb) / 1024.0, float(user) + float(system), stdout)

    def kill_current(self):
        if self.current and self.current.poll() is None:
            self.current.terminate()
            try:
                self.current.wait(5)
            except subprocess.TimeoutExpired:
                self.current.kill()


# ----------------------------------------------------------------------------------------------
# The clients under test

class Satchel:
    def __init__(self, args, bed, cfg, runner, workdir):
        self.cli = args.satchel_cli
        self.cfg = cfg
        self.runner = runner
        self.env = dict(os.environ, **bed["keyringEnv"])
        self.workdir = workdir
        self.password = (cfg["password"] + "\n").encode()

    def _base(self, profile):
        return [self.cli, "--profile", profile, "--ca-file", self.cfg["ca"]]

    def new_profile(self, name):
        profile = os.path.join(self.workdir, name)
        shutil.rmtree(profile, ignore_errors=True)
        self.runner.run("satchel-account-add", self._base(profile) + [
            "account", "add", self.cfg["email"],
            "--imap", f"imaps://{self.cfg['host']}:{self.cfg['port']}",
            "--smtp", f"smtps://{self.cfg['host']}:{self.cfg['smtpsPort']}", "--password-stdin"],
            stdin=self.password, env=self.env)
        return profile

    def sync(self, profile, name, bodies=False):
        argv = self._base(profile) + ["--json", "--password-stdin", "sync", self.cfg["email"]]
        if bodies:
            argv.append("--bodies")
        m = self.runner.run(name, argv, stdin=self.password, env=self.env)
        folders = json.loads(m.stdout)["folders"]
        totals = {k: sum(f[k] for f in folders) for k in ("added", "changed", "removed", "bodies")}
        return m, totals

    def engine(self, profile):
        """bench/engine-resync on PROFILE: syncs on a connection kept open, timed in-process."""
        return Engine(self.cli, self._base(profile)[1:], self.cfg["email"], self.password, self.env)

    def compresses(self):
        """Whether this satchel-cli turns on COMPRESS=DEFLATE with the bed's Dovecot (from its -v log)."""
        profile = self.new_profile("satchel-probe")
        argv = self._base(profile) + ["-v", "--password-stdin", "sync", self.cfg["email"], "--folder", "Drafts"]
        self.runner.run("satchel-probe-compress", argv, stdin=self.password, env=self.env)
        log_file = os.path.join(self.runner.logdir, f"{self.runner.seq:03d}-satchel-probe-compress.err")
        with open(log_file, errors="replace") as f:
            found = "COMPRESS DEFLATE" in f.read()
        shutil.rmtree(profile)
        return found

    @staticmethod
    def cache_counts(profile):
        (db,) = glob.glob(os.path.join(profile, "cache", "*.sqlite"))
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            inbox = "(SELECT id FROM folders WHERE raw_name = CAST('INBOX' AS BLOB) OR name = 'INBOX')"
            messages = con.execute(f"SELECT count(*) FROM messages WHERE folder_id IN {inbox}").fetchone()[0]
            # Bodies are byte ranges of segment files beside the database; count those the
            # database vouches for and whose bytes are really there.
            rows = con.execute(f"SELECT folder_id, body_segment, body_offset, body_size FROM messages"
                               f" WHERE folder_id IN {inbox} AND body_size IS NOT NULL").fetchall()
            root = db[:-len(".sqlite")] + ".bodies"
            sizes = {}
            for folder, segment, _, _ in rows:
                path = os.path.join(root, str(folder), f"{segment}.pack")
                if (folder, segment) not in sizes:
                    sizes[(folder, segment)] = os.path.getsize(path) if os.path.isfile(path) else -1
            bodies = sum(1 for folder, segment, offset, size in rows
                         if sizes[(folder, segment)] >= offset + size)
            flagged = con.execute(f"SELECT count(*) FROM messages WHERE folder_id IN {inbox}"
                                  " AND flags LIKE '%\\Flagged%'").fetchone()[0]
        finally:
            con.close()
        return messages, bodies, flagged


class Mbsync:
    def __init__(self, cfg, runner, workdir, compress):
        self.cfg = cfg
        self.compress = compress
        self.runner = runner
        self.workdir = workdir
        self.passfile = os.path.join(workdir, "mbsync.pass")
        with open(os.open(self.passfile, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
            f.write(cfg["password"])

    def new_store(self, name):
        root = os.path.join(self.workdir, name)
        shutil.rmtree(root, ignore_errors=True)
        os.makedirs(os.path.join(root, "mail"))
        conf = os.path.join(root, "mbsyncrc")
        # isync 1.4.4: SSLType (not TLSType); it refuses an IP address in the certificate, hence
        # localhost. Blank lines separate the sections. It negotiates COMPRESS=DEFLATE by default;
        # without --mbsync-compress it does so only when Satchel does: the same bytes, the same work.
        disable = "" if self.compress else "DisableExtension COMPRESS=DEFLATE\n"
        with open(conf, "w") as f:
            f.write(f"""FSync no

IMAPAccount bench
Host localhost
Port {self.cfg['port']}
User {self.cfg['email']}
PassCmd "cat {self.passfile}"
SSLType IMAPS
{disable}CertificateFile {self.cfg['ca']}

IMAPStore remote
Account bench

MaildirStore local
Path {root}/mail/
Inbox {root}/mail/INBOX
SubFolders Verbatim

Channel bench
Far :remote:
Near :local:
Patterns *
Create Near
Expunge None
SyncState *
""")
        return conf

    def sync(self, conf, name):
        return self.runner.run(name, ["mbsync", "-q", "-c", conf, "-a"])

    @staticmethod
    def inbox_count(conf):
        root = os.path.dirname(conf)
        return sum(len(os.listdir(os.path.join(root, "mail", "INBOX", d))) for d in ("cur", "new"))


# ----------------------------------------------------------------------------------------------
# The bed and the seed

class Bed:
    def __init__(self, workdir, port_base, runner):
        self.dir = os.path.join(workdir, "bed")
        self.port_base = port_base
        self.runner = runner
        self.started = False

    def start(self):
        env = dict(os.environ, SATCHEL_TESTBED_PORT_BASE=str(self.port_base))
        self.started = True
        self.runner.run("testbed-start", [os.path.join(ROOT, "tests/servers/testbed.sh"), "start", self.dir],
                        env=env)
        with open(os.path.join(self.dir, "testbed.json")) as f:
            return json.load(f)

    def stop(self):
        if self.started:
            subprocess.run([os.path.join(ROOT, "tests/servers/testbed.sh"), "stop", self.dir],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.started = False


def seed(args, bed, user, runner):
    maildir = user["maildir"]
    log(f"seeding {args.messages} messages into {user['email']} (seed {args.seed})")
    t0 = time.monotonic()
    total, classes = seedmail.seed_maildir(maildir, args.messages, args.seed, args.attach_percent)
    home = os.path.dirname(maildir)
    subprocess.run(["chown", "-R", f"{bed['mailUid']}:{bed['mailGid']}", home], check=True)
    runner.run("doveadm-index", ["doveadm", "-c", bed["dovecotConfig"], "index", "-u", user["email"], "INBOX"])
    log(f"seeded {total / 1e6:.0f} MB in {time.monotonic() - t0:.0f} s: {classes}")
    return total, classes


# ----------------------------------------------------------------------------------------------
# The measurements

def median(values):
    return statistics.median(values) if values else float("nan")


def measure(args, bed, cfg, runner, workdir, results):
    satchel = Satchel(args, bed, cfg, runner, workdir)
    satchel_compresses = satchel.compresses()
    compress = satchel_compresses if args.mbsync_compress == "auto" else args.mbsync_compress == "on"
    results["compression"] = {"satchel": satchel_compresses, "mbsync": compress}
    log(f"satchel-cli {'uses' if satchel_compresses else 'does not use'} COMPRESS=DEFLATE; "
        f"mbsync {'will' if compress else 'will not'}")
    mbsync = Mbsync(cfg, runner, workdir, compress)
    floor_cfg = os.path.join(workdir, "floor.json")
    with open(os.open(floor_cfg, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as f:
        json.dump(cfg, f)
    floor_argv = [sys.executable, os.path.abspath(__file__), "--floor-config", floor_cfg, "--floor"]
    n = args.messages
    rng = random.Random(args.seed + 1)

    def record(key, m, note=""):
        entry = results.setdefault(key, {"seconds": [], "rssMB": [], "cpuSeconds": []})
        entry["seconds"].append(round(m.seconds, 3))
        entry["rssMB"].append(round(m.rss, 1))
        entry["cpuSeconds"].append(round(m.cpu, 2))
        log(f"  {key:18} {m.seconds:7.2f} s wall {m.cpu:6.2f} s cpu {m.rss:6.1f} MB {note}")

    def record_engine(key, answer):
        entry = results.setdefault(key, {"seconds": []})
        entry["seconds"].append(round(answer["seconds"], 4))
        log(f"  {key:18} {answer['seconds']:7.3f} s in-process")

    def expect(what, got, want):
        if got != want:
            raise RuntimeError(f"{what}: got {got}, expected {want}")

    def settle():
        # Neither client sync()s (FSync no; Satchel batches), so the previous step's writes are
        # still being flushed: flush them first, so that no step pays for another's writeback.
        os.sync()

    # Dovecot builds its index cache (envelopes, structures) on the first request for them; one
    # untimed pass of each reader keeps that one-time cost out of whichever client comes first.
    log("warm-up: floor readers (headers, bodies), untimed")
    runner.run("warmup-floor-headers", floor_argv + ["headers"])
    runner.run("warmup-floor-bodies", floor_argv + ["bodies"])

    for run in range(1, args.runs + 1):
        settle()
        log(f"run {run}/{args.runs} (load {loadavg():.2f})")
        results.setdefault("load", []).append(loadavg())

        profile = satchel.new_profile(f"satchel-full-{run}")
        settle()
        m, totals = satchel.sync(profile, "satchel-sync-bodies", bodies=True)
        messages, bodies, _ = Satchel.cache_counts(profile)
        expect("satchel --bodies: INBOX messages in the cache", messages, n)
        expect("satchel --bodies: INBOX bodies in the cache", bodies, n)
        record("satchelFull", m, totals)
        shutil.rmtree(profile)

        conf = mbsync.new_store(f"mbsync-{run}")
        settle()
        m = mbsync.sync(conf, "mbsync-full")
        expect("mbsync: INBOX messages in the Maildir", Mbsync.inbox_count(conf), n)
        record("mbsyncFull", m)

        settle()
        m = runner.run("floor-bodies", floor_argv + ["bodies"])
        expect("floor reader: messages", json.loads(m.stdout)["messages"], n)
        record("floorFull", m, f"({json.loads(m.stdout)['literalBytes'] / 1e6:.0f} MB of literals)")

        m = runner.run("floor-headers", floor_argv + ["headers"])
        expect("floor header reader: messages", json.loads(m.stdout)["messages"], n)
        record("floorHeaders", m)

        profile = satchel.new_profile(f"satchel-headers-{run}")
        settle()
        m, totals = satchel.sync(profile, "satchel-sync-headers")
        expect("satchel header sync: INBOX messages in the cache", Satchel.cache_counts(profile)[0], n)
        record("satchelHeaders", m, totals)

        settle()
        m, totals = satchel.sync(profile, "satchel-resync-nochange")
        expect("satchel no-change resync: changes", totals["added"] + totals["changed"] + totals["removed"], 0)
        record("satchelNoChange", m)

        settle()
        record("mbsyncNoChange", mbsync.sync(conf, "mbsync-nochange"))
        m = runner.run("floor-status", floor_argv + ["status"])
        m.seconds = json.loads(m.stdout)["protocolSeconds"]
        record("floorNoChange", m, "(connect to logout, without the interpreter's start)")

        engine_profile = satchel.new_profile(f"satchel-engine-{run}")
        engine = satchel.engine(engine_profile)
        settle()
        answer = engine.sync()
        expect("engine first header sync: added", answer["added"], n)
        record_engine("engineHeaders", answer)
        settle()
        answer = engine.sync()
        expect("engine no-change resync: changes", answer["added"] + answer["changed"] + answer["removed"], 0)
        record_engine("engineNoChange", answer)

        changed, flagged = flag_one_percent(cfg, n, rng)
        log(f"  another client flagged {changed} messages ({flagged} flagged now)")
        settle()
        m, totals = satchel.sync(profile, "satchel-resync-1pct")
        expect("satchel 1% resync: changed", totals["changed"], changed)
        expect("satchel 1% resync: flagged in the cache", Satchel.cache_counts(profile)[2], flagged)
        record("satchelOnePercent", m, totals)
        settle()
        answer = engine.sync()
        expect("engine 1% resync: changed", answer["changed"], changed)
        record_engine("engineOnePercent", answer)
        engine.close()
        shutil.rmtree(engine_profile)

        settle()
        record("mbsyncOnePercent", mbsync.sync(conf, "mbsync-1pct"))

        shutil.rmtree(profile)
        shutil.rmtree(os.path.dirname(conf))
        results.setdefault("loadAfter", []).append(loadavg())


# ----------------------------------------------------------------------------------------------
# The table

def table(results):
    t = {k: median(v["seconds"]) for k, v in results.items() if isinstance(v, dict) and "seconds" in v}
    m = {k: median(v["rssMB"]) for k, v in results.items() if isinstance(v, dict) and v.get("rssMB")}
    rows = []

    def row(what, satchel, peer_name, peer, ratio, target, ok):
        rows.append((what, satchel, peer_name, peer, ratio, target, "—" if ok is None else ("pass" if ok else "FAIL")))

    def s(x):
        return f"{x:.2f} s"

    def s3(x):
        return f"{x:.3f} s"

    def mb(x):
        return f"{x:.0f} MB"

    r = t["satchelFull"] / t["mbsyncFull"]
    deflate = results["compression"]
    mbsync_name = "mbsync, FSync no, " + ("COMPRESS" if deflate["mbsync"] else "no COMPRESS")
    if deflate["mbsync"] == deflate["satchel"]:
        mbsync_name += " (as satchel)"
    row("full download (sync --bodies), time", s(t["satchelFull"]), mbsync_name, s(t["mbsyncFull"]),
        f"{r:.2f}×", "≤ 1.0×", r <= 1.0)
    r = t["satchelFull"] / t["floorFull"]
    row("full download (sync --bodies), time", s(t["satchelFull"]), "floor: imaplib BODY.PEEK[]",
        s(t["floorFull"]), f"{r:.2f}×", "≤ 3×", r <= 3.0)
    row("full download, peak RSS", mb(m["satchelFull"]), "mbsync", mb(m["mbsyncFull"]),
        f"{m['satchelFull'] / m['mbsyncFull']:.1f}×", "", None)
    r = t["satchelHeaders"] / t["floorHeaders"]
    row("first header sync, time", s(t["satchelHeaders"]), "floor: imaplib same FETCH items",
        s(t["floorHeaders"]), f"{r:.2f}×", "", None)
    r = t["satchelNoChange"] / t["satchelHeaders"]
    row("satchel-cli: no-change resync, time", s(t["satchelNoChange"]), "satchel first header sync", s(t["satchelHeaders"]),
        f"{100 * r:.1f} %", "≤ 2 %", r <= 0.02)
    row("no-change resync, time", s(t["satchelNoChange"]), "mbsync no-change", s(t["mbsyncNoChange"]),
        f"{t['satchelNoChange'] / t['mbsyncNoChange']:.2f}×", "", None)
    row("no-change resync, time", s(t["satchelNoChange"]), "floor: TLS, login, LIST-STATUS, in-process",
        s(t["floorNoChange"]), f"{t['satchelNoChange'] / t['floorNoChange']:.2f}×", "", None)
    r = t["satchelOnePercent"] / t["satchelHeaders"]
    row("satchel-cli: resync after 1 % flag changes", s(t["satchelOnePercent"]), "satchel first header sync",
        s(t["satchelHeaders"]), f"{100 * r:.1f} %", "≤ 10 %", r <= 0.10)
    row("resync after 1 % flag changes, time", s(t["satchelOnePercent"]), "mbsync same change",
        s(t["mbsyncOnePercent"]), f"{t['satchelOnePercent'] / t['mbsyncOnePercent']:.2f}×", "", None)
    r = t["engineNoChange"] / t["engineHeaders"]
    row("running app: no-change resync", s3(t["engineNoChange"]), "its first header sync", s(t["engineHeaders"]),
        f"{100 * r:.1f} %", "≤ 2 %", r <= 0.02)
    r = t["engineOnePercent"] / t["engineHeaders"]
    row("running app: resync after 1 % flag changes", s3(t["engineOnePercent"]), "its first header sync",
        s(t["engineHeaders"]), f"{100 * r:.1f} %", "≤ 10 %", r <= 0.10)
    row("first header sync, peak RSS", mb(m["satchelHeaders"]), "target", "150 MB",
        f"{m['satchelHeaders'] / 150:.2f}×", "≤ 150 MB", m["satchelHeaders"] <= 150)

    head = ("measurement", "satchel", "compared with", "peer", "ratio", "target", "result")
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def cpu_table(results):
    """The clients' own CPU time: less at the mercy of a shared machine's load than wall time."""
    c = {k: median(v["cpuSeconds"]) for k, v in results.items() if isinstance(v, dict) and "cpuSeconds" in v}
    pairs = [("full download", "satchelFull", [("mbsync", "mbsyncFull"), ("floor", "floorFull")]),
             ("first header sync", "satchelHeaders", [("floor", "floorHeaders")]),
             ("no-change resync", "satchelNoChange", [("mbsync", "mbsyncNoChange")]),
             ("resync after 1 % flag changes", "satchelOnePercent", [("mbsync", "mbsyncOnePercent")])]
    lines = ["| client CPU (user+sys), median | satchel | peers |", "|---|---|---|"]
    for what, key, peers in pairs:
        others = ", ".join(f"{name} {c[k]:.2f} s ({c[key] / c[k]:.1f}×)" if c[k] else f"{name} {c[k]:.2f} s"
                           for name, k in peers)
        lines.append(f"| {what} | {c[key]:.2f} s | {others} |")
    return "\n".join(lines)


def raw_lines(results):
    out = []
    for k, v in results.items():
        if isinstance(v, dict) and "seconds" in v:
            fmt = {"seconds": "{:.2f}", "cpuSeconds": "{:.2f}", "rssMB": "{:.0f}"}
            parts = [f"{name} [{', '.join(f.format(x) for x in v[name])}]" for name, f in fmt.items() if name in v]
            out.append(f"- {k}: " + "; ".join(parts))
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------

def refuse_sanitized_build(cli):
    """Benchmarks must never measure an ASan or debug build: look at the build tree's CMakeCache."""
    folder = os.path.dirname(os.path.realpath(cli))
    while folder != "/":
        cache = os.path.join(folder, "CMakeCache.txt")
        if os.path.exists(cache):
            with open(cache) as f:
                text = f.read()
            if "SATCHEL_SANITIZE:BOOL=ON" in text or "CMAKE_BUILD_TYPE:STRING=Release" not in text:
                sys.exit(f"imap-sync: {cli} is not a release build without sanitizers ({cache})")
            return
        folder = os.path.dirname(folder)


def main():
    args = parse_args()
    if args.floor:
        with open(args.floor_config) as f:
            cfg = json.load(f)
        if args.floor == "status":
            status_reader(cfg)
        else:
            floor_reader(cfg, HEADER_ITEMS if args.floor == "headers" else BODY_ITEMS)
        return 0
    if os.geteuid() != 0:
        sys.exit("imap-sync: run as root (the test bed starts Dovecot and Postfix)")
    if not os.access(args.satchel_cli, os.X_OK):
        sys.exit(f"imap-sync: no satchel-cli at {args.satchel_cli}: build it with "
                 "`cmake --preset release && cmake --build build/release -j1` or set SATCHEL_CLI")
    if shutil.which("mbsync") is None:
        sys.exit("imap-sync: mbsync not found: apt-get install isync")
    refuse_sanitized_build(args.satchel_cli)

    # Ctrl-C, SIGTERM and SIGHUP end the run through the cleanup below (SIGINT explicitly too: a
    # shell that starts us in the background leaves it ignored).
    def interrupted(signum, _frame):
        raise KeyboardInterrupt(signal.Signals(signum).name)
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, interrupted)

    made_workdir = args.workdir is None
    workdir = args.workdir or tempfile.mkdtemp(prefix="satchel-bench-", dir="/tmp")
    os.makedirs(workdir, exist_ok=True)
    os.chmod(workdir, 0o755)  # the bed's daemons and the mail uid must reach it
    logdir = os.path.join(workdir, "logs")
    os.makedirs(logdir, exist_ok=True)
    runner = Runner(logdir)
    bed = Bed(workdir, args.port_base, runner)
    results = {}
    started = time.strftime("%Y-%m-%d %H:%M")
    ok = False
    try:
        log(f"scratch {workdir}; starting the test bed on port base {args.port_base}")
        tb = bed.start()
        user = tb["users"][0]
        cfg = {"host": tb["host"], "port": tb["ports"]["imaps"], "smtpsPort": tb["ports"]["submissions"],
               "ca": tb["caFile"], "email": user["email"], "password": user["password"]}
        total, classes = seed(args, tb, user, runner)
        measure(args, tb, cfg, runner, workdir, results)
        print(f"\nIMAP sync benchmark, {started}: {args.messages} messages ({total / 1e6:.0f} MB: {classes}), "
              f"median of {args.runs} runs; load average during runs "
              f"{min(results['load']):.1f}–{max(results['load'] + results['loadAfter']):.1f} on {os.cpu_count()} CPUs\n")
        print(table(results))
        print()
        print(cpu_table(results))
        print("\nEvery run:\n" + raw_lines(results))
        if args.json_out:
            with open(args.json_out, "w") as f:
                json.dump({"date": started, "messages": args.messages, "bytes": total, "classes": classes,
                           "runs": args.runs, "results": results}, f, indent=1)
        ok = True
        return 0
    except KeyboardInterrupt:
        log("interrupted; cleaning up")
        return 130
    except Exception as e:  # noqa: BLE001 - report any failure in one sentence, then clean up
        log(f"failed: {e}")
        log(f"logs of each step: {logdir}" + ("" if args.keep else " (removed; BENCH_KEEP=1 keeps them)"))
        return 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        runner.kill_current()
        if args.keep:
            log(f"kept: bed running in {bed.dir} (stop: tests/servers/testbed.sh stop {bed.dir})")
        else:
            bed.stop()
            if made_workdir:
                shutil.rmtree(workdir, ignore_errors=True)
            elif ok:
                shutil.rmtree(os.path.join(workdir, "bed"), ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
