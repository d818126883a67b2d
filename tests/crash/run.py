#!/usr/bin/env python3
"""Crash safety, measured: SIGKILL the kiosk at random moments of many intakes typed over a pty
(tmux), and `backup`, `restore`, `purge` and `seed` part-way through, then check that every slip
code the screen showed is in the database and that `PRAGMA integrity_check` says ok after every
kill.

    cargo build --release
    python3 tests/crash/run.py                      # 1,000 intakes, kills of the other commands
    python3 tests/crash/run.py --intakes 100 --seed 7 --bin target/release/aidkiosk

Needs tmux and Python 3 (its own sqlite3 module reads the database while nothing runs). Prints
one line per phase and a summary; exits 1 if a code was lost or a check failed. The figures of
the last run are in docs/reliability.md.
"""

import argparse
import os
import random
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

CODE = re.compile(r"Your code: ([0-9A-Z]{4}-[0-9A-Z]{4})")
SESSION = "aidkiosk-crash"


def tmux(*args, check=True):
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=check)


def screen():
    return tmux("capture-pane", "-p", "-t", SESSION, check=False).stdout


def wait_for(pred, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        text = screen()
        found = pred(text)
        if found:
            return found
        time.sleep(0.01)
    return None


def integrity(db):
    # Read-write, as the kiosk opens it next: a killed writer may leave a log to recover.
    con = sqlite3.connect(db, timeout=10)
    try:
        rows = con.execute("PRAGMA integrity_check").fetchall()
        return [r[0] for r in rows]
    finally:
        con.close()


def stored_codes(db):
    # Read-write, as the kiosk opens it next: a killed writer may leave a log to recover.
    con = sqlite3.connect(db, timeout=10)
    try:
        return {r[0] for r in con.execute("SELECT code FROM slip")}
    finally:
        con.close()


class Run:
    def __init__(self, args):
        self.bin = os.path.abspath(args.bin)
        self.rng = random.Random(args.seed)
        self.root = tempfile.mkdtemp(prefix="aidkiosk-crash-")
        self.data = os.path.join(self.root, "data")
        self.db = os.path.join(self.data, "aidkiosk.db")
        self.shown = set()
        self.kills = 0
        self.failures = []

    def cli(self, *args, stdin=None):
        return subprocess.run(
            [self.bin, "--data-dir", self.data, *args],
            input=stdin,
            capture_output=True,
            text=True,
        )

    def check(self, when):
        problems = integrity(self.db)
        if problems != ["ok"]:
            self.failures.append(f"{when}: integrity_check {problems[:3]}")
        stored = stored_codes(self.db)
        lost = {c for c in self.shown if c.replace("-", "") not in stored}
        if lost:
            self.failures.append(f"{when}: {len(lost)} shown codes lost: {sorted(lost)[:5]}")

    def start_kiosk(self):
        tmux("kill-session", "-t", SESSION, check=False)
        cmd = f"exec {self.bin} --data-dir {self.data} run 2>>{self.root}/stderr.log"
        tmux("new-session", "-d", "-s", SESSION, "-x", "80", "-y", "24", cmd)
        if not wait_for(lambda s: "Welcome" in s or "Press any key" in s or "Eastside" in s
                        or "Crash Hall" in s, 10):
            self.failures.append("the kiosk did not show Welcome after a restart")
            return None
        return int(tmux("display", "-p", "-t", SESSION, "#{pane_pid}").stdout.strip())

    def kill(self, pid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        # The pane closes when its process dies; wait until it has.
        for _ in range(500):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.01)
        tmux("kill-session", "-t", SESSION, check=False)
        self.kills += 1

    def intake(self, kill_at):
        """Welcome → English → need or offer → a category → Details → Review → save: 6 keys.
        `kill_at` None types it all; a number k kills after key k (6: the save just asked, a
        random few milliseconds later). Returns the code shown, or None."""
        keys = ["Enter", "Enter", self.rng.choice(["1", "2"]), str(self.rng.randint(1, 8)),
                "Enter", "Enter"]
        for i, key in enumerate(keys, 1):
            tmux("send-keys", "-t", SESSION, key)
            if kill_at == i:
                time.sleep(self.rng.random() * 0.03)
                return "kill"
            time.sleep(0.005)
        code = wait_for(lambda s: (m := CODE.search(s)) and m.group(1), 5)
        if code is None:
            self.failures.append(f"no code shown after an intake:\n{screen()}")
            return None
        self.shown.add(code)
        tmux("send-keys", "-t", SESSION, "Enter")
        # (Welcome's words cycle through the site's languages: wait for the slip to go.)
        if not wait_for(lambda s: "Your code:" not in s, 5):
            self.failures.append("the slip did not go back to Welcome")
        return code

    def intakes(self, n):
        t0 = time.monotonic()
        done = 0
        pid = self.start_kiosk()
        while done < n and pid is not None:
            # About one intake in six is killed, at a random key of it.
            kill_at = self.rng.randint(1, 6) if self.rng.random() < 1 / 6 else None
            got = self.intake(kill_at)
            if got == "kill":
                self.kill(pid)
                self.check(f"kill {self.kills} (intake {done + 1}, after key {kill_at})")
                pid = self.start_kiosk()
            elif got is None:
                break
            done += 1
            # Sometimes the kill comes while the kiosk waits at Welcome, or just after a code.
            if pid is not None and self.rng.random() < 0.03:
                time.sleep(self.rng.random() * 0.05)
                self.kill(pid)
                self.check(f"kill {self.kills} (idle after intake {done})")
                pid = self.start_kiosk()
        if pid is not None:
            self.kill(pid)
            self.check("end of the intakes")
        took = time.monotonic() - t0
        print(f"intakes: {done} typed, {len(self.shown)} codes shown, {self.kills} SIGKILLs, "
              f"{took:.0f} s")
        return done

    def killed_command(self, name, args, rounds):
        """Runs `aidkiosk ARGS` once to time it, then `rounds` times, each SIGKILLed at a random
        moment of that time, and checks the live database after each."""
        t0 = time.monotonic()
        whole = subprocess.run([self.bin, "--data-dir", self.data, *args(rounds)],
                               capture_output=True, text=True)
        window = time.monotonic() - t0
        if whole.returncode != 0:
            self.failures.append(f"{name} failed when not killed: {whole.stderr.strip()}")
        self.check(f"{name} not killed")
        finished = 0
        for r in range(rounds):
            p = subprocess.Popen([self.bin, "--data-dir", self.data, *args(r)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(self.rng.random() * window)
            if p.poll() is None:
                p.send_signal(signal.SIGKILL)
            else:
                finished += 1
            p.wait()
            self.kills += 1
            self.check(f"{name} round {r + 1}")
        print(f"{name}: takes {window:.2f} s; {rounds} runs SIGKILLed at random in that time "
              f"({finished} finished first)")

    def go(self, n):
        init = self.cli("init", "--site", "Crash Hall", "--admin", "Maya", "--pin-stdin",
                        stdin="2468\n")
        if init.returncode != 0:
            sys.exit(f"init failed: {init.stderr}")
        seeded = self.cli("seed", "--entries", "2000", "--days", "60")
        if seeded.returncode != 0:
            sys.exit(f"seed failed: {seeded.stderr}")
        self.intakes(n)
        # A year of a busy site, so that backup, restore and purge take long enough to be cut
        # part-way.
        big = self.cli("seed", "--entries", "100000", "--days", "365", "--force")
        if big.returncode != 0:
            sys.exit(f"seed failed: {big.stderr}")
        backup = os.path.join(self.root, "b.db")
        first = self.cli("backup", backup)
        if first.returncode != 0:
            sys.exit(f"backup failed: {first.stderr}")
        self.killed_command("backup", lambda r: ["backup", os.path.join(self.root, f"k{r}.db")],
                            20)
        self.killed_command("restore", lambda r: ["restore", backup], 20)
        # A restore that finished brings the backup's codes back, which are all the shown ones.
        self.killed_command("purge", lambda r: ["purge"], 20)
        self.killed_command("seed", lambda r: ["seed", "--entries", "20000", "--days", "30", "--force"],
                            20)
        # After all that, the kiosk still starts and saves.
        pid = self.start_kiosk()
        if pid is not None and self.intake(None) is not None:
            self.kill(pid)
            self.check("a last intake after the killed commands")
        print(f"SIGKILLs in all: {self.kills}; codes shown: {len(self.shown)}; "
              f"failures: {len(self.failures)}")
        for f in self.failures[:20]:
            print("FAIL", f)
        shutil.rmtree(self.root, ignore_errors=True)
        return not self.failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default="target/release/aidkiosk")
    ap.add_argument("--intakes", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if not shutil.which("tmux"):
        sys.exit("needs tmux (Debian: apt-get install tmux)")
    sys.exit(0 if Run(args).go(args.intakes) else 1)


if __name__ == "__main__":
    main()
