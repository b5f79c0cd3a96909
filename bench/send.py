#!/usr/bin/env python3
"""Sending benchmark: Satchel against msmtp, to the test bed's Postfix, in one run.

    bench/send.py [--cli build/release/app/satchel-cli] [--messages 200] [--runs 3]
                  [--latency-runs 15] [--port-base 22500] [--dir /tmp/satchel-bench-send]

Starts its own test bed (tests/servers/testbed.sh, on its own port base) and measures:
  A. N messages, one `satchel-cli send ID FILE.eml` per message (queue, send, file the Sent copy)
  B. N messages queued (`--queue-only`), then one `satchel-cli send ID --flush`
  C. N `msmtp` runs, one per message (TLS on, the test CA, AUTH)
  D. single-message latency: one `satchel-cli send` against one `msmtp` run
A and B also run on an account with serverSavesSent (no IMAP Sent copy), which does what msmtp
does and no more. Every figure is the median of --runs runs (--latency-runs for D); all messages go
to bob@example.test over port 465 (implicit TLS) and are counted in his INBOX afterwards.
Use a release build: the CI build has ASan and is several times slower.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALICE = "alice@example.test"
BOB = "bob@example.test"


def run(cmd, **kwargs):
    return subprocess.run(cmd, check=True, **kwargs)


class Bed:
    def __init__(self, directory, port_base):
        self.dir = Path(directory)
        self.port_base = port_base

    def __enter__(self):
        env = dict(os.environ, SATCHEL_TESTBED_PORT_BASE=str(self.port_base))
        run([str(ROOT / "tests/servers/testbed.sh"), "start", str(self.dir)], env=env,
            stdout=subprocess.DEVNULL)
        self.info = json.loads((self.dir / "testbed.json").read_text())
        self.password = {u["email"]: u["password"] for u in self.info["users"]}
        return self

    def __exit__(self, *exc):
        subprocess.run([str(ROOT / "tests/servers/testbed.sh"), "stop", str(self.dir)],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def port(self, name):
        return self.info["ports"][name]

    def count(self, user, prefix):
        """Messages in the user's INBOX whose Message-ID contains prefix."""
        out = subprocess.run(["doveadm", "-c", self.info["dovecotConfig"], "search", "-u", user,
                              "mailbox", "INBOX", "header", "message-id", prefix],
                             check=True, capture_output=True, text=True).stdout
        return len(out.split("\n")) - 1 if out.strip() else 0


class Satchel:
    def __init__(self, cli, bed, profile, server_saves_sent):
        self.cli, self.bed, self.profile = cli, bed, profile
        self.env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bed.info["dbus"])
        add = ["account", "add", ALICE, "--imap", f"imaps://127.0.0.1:{bed.port('imaps')}",
               "--smtp", f"smtps://127.0.0.1:{bed.port('submissions')}", "--password-stdin"]
        if server_saves_sent:
            add.append("--server-saves-sent")
        self.call(add, check=True)

    def call(self, arguments, check=True):
        done = subprocess.run([self.cli, "--profile", self.profile, "--ca-file",
                               self.bed.info["caFile"]] + arguments,
                              input=self.bed.password[ALICE] + "\n", text=True,
                              capture_output=True, env=self.env)
        if check and done.returncode != 0:
            sys.exit(f"satchel-cli {' '.join(arguments)} failed: {done.stderr.strip()}")
        return done

    def send(self, path):
        self.call(["send", ALICE, str(path), "--password-stdin"])

    def queue(self, path):
        self.call(["send", ALICE, str(path), "--queue-only"])

    def flush(self):
        self.call(["send", ALICE, "--flush", "--password-stdin"])


class Msmtp:
    def __init__(self, bed, directory):
        self.config = Path(directory) / "msmtprc"
        self.config.write_text(
            "defaults\n"
            "tls on\n"
            "tls_starttls off\n"
            f"tls_trust_file {bed.info['caFile']}\n"
            "account default\n"
            "host 127.0.0.1\n"
            f"port {bed.port('submissions')}\n"
            "auth plain\n"
            f"user {ALICE}\n"
            f"password {bed.password[ALICE]}\n"
            f"from {ALICE}\n")
        self.config.chmod(0o600)

    def send(self, path):
        with open(path, "rb") as message:
            run(["msmtp", "-C", str(self.config), "-t"], stdin=message)


def write_messages(directory, tag, count):
    paths = []
    body = "".join(f"Line {i} of a benchmark message, about seventy characters long.\n"
                   for i in range(30))
    for i in range(count):
        path = Path(directory) / f"{tag}-{i}.eml"
        path.write_text(f"From: Alice <{ALICE}>\nTo: Bob <{BOB}>\nSubject: bench {tag} {i}\n"
                        f"Message-ID: <{tag}.{i}@bench.example.test>\n"
                        f"Date: Tue, 1 Jul 2025 10:00:00 +0000\n\n{body}")
        paths.append(path)
    return paths


def timed(action):
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def check_delivered(bed, tag, count):
    deadline = time.time() + 30
    while bed.count(BOB, f"{tag}.") < count and time.time() < deadline:
        time.sleep(0.2)
    delivered = bed.count(BOB, f"{tag}.")
    if delivered != count:
        sys.exit(f"{tag}: {delivered} of {count} messages arrived")


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=str(ROOT / "build/release/app/satchel-cli"))
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--latency-runs", type=int, default=15)
    parser.add_argument("--port-base", type=int, default=22500)
    parser.add_argument("--dir", default="/tmp/satchel-bench-send")
    args = parser.parse_args()
    if not os.access(args.cli, os.X_OK):
        sys.exit(f"{args.cli} is not there: cmake --preset release && "
                 "cmake --build build/release --target satchel-cli")

    n = args.messages
    results = {}
    work = tempfile.mkdtemp(prefix="satchel-bench-")
    with Bed(args.dir, args.port_base) as bed:
        msmtp = Msmtp(bed, work)
        accounts = {copy: Satchel(args.cli, bed, tempfile.mkdtemp(dir=work), not copy)
                    for copy in (True, False)}

        def measure(name, tag_base, action, runs, per_message=True):
            times = []
            for r in range(runs):
                tag = f"{tag_base}{r}-{time.monotonic_ns()}"
                paths = write_messages(work, tag, n if per_message else 1)
                times.append(action(paths))
                check_delivered(bed, tag, len(paths))
            results[name] = statistics.median(times)
            print(f"  {name}: {results[name]:.3f} s (runs: "
                  + ", ".join(f"{t:.3f}" for t in times) + ")", file=sys.stderr)

        for copy, satchel in accounts.items():
            suffix = "" if copy else ", no Sent copy"
            measure(f"satchel, {n} x send{suffix}", f"a{int(copy)}",
                    lambda paths, s=satchel: timed(lambda: [s.send(p) for p in paths]),
                    args.runs)

            def queue_then_flush(paths, s=satchel):
                queueing = timed(lambda: [s.queue(p) for p in paths])
                results.setdefault(f"queueing{suffix}", []).append(queueing)
                return timed(s.flush)

            measure(f"satchel, {n} queued, one flush{suffix}", f"b{int(copy)}",
                    queue_then_flush, args.runs)
        measure(f"msmtp, {n} runs", "c", lambda paths: timed(lambda: [msmtp.send(p) for p in paths]),
                args.runs)
        measure("satchel, one message", "d1", lambda paths: timed(lambda: accounts[True].send(paths[0])),
                args.latency_runs, per_message=False)
        measure("satchel, one message, no Sent copy", "d0",
                lambda paths: timed(lambda: accounts[False].send(paths[0])),
                args.latency_runs, per_message=False)
        measure("msmtp, one message", "d2", lambda paths: timed(lambda: msmtp.send(paths[0])),
                args.latency_runs, per_message=False)

    msmtp_total = results[f"msmtp, {n} runs"]
    msmtp_single = results["msmtp, one message"]
    print(f"\n| what | median | vs msmtp |\n|---|---|---|")
    for name, value in results.items():
        if name.startswith("queueing"):
            continue
        base = msmtp_single if "one message" in name else msmtp_total
        print(f"| {name} | {value * 1000:.0f} ms | {base / value:.2f}x faster |"
              if value < base else f"| {name} | {value * 1000:.0f} ms | {value / base:.2f}x slower |")
    for name, values in results.items():
        if name.startswith("queueing"):
            print(f"| {n} x send --queue-only{name[len('queueing'):]} | "
                  f"{statistics.median(values) * 1000:.0f} ms | (not timed against msmtp) |")
    flush = results[f"satchel, {n} queued, one flush"]
    single = results["satchel, one message"]
    print(f"\nTargets: flush {msmtp_total / flush:.2f}x faster than {n} msmtp runs (want >= 3); "
          f"single message {single / msmtp_single:.2f}x msmtp's latency (want <= 1.2).")


if __name__ == "__main__":
    main()
