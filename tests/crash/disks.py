#!/usr/bin/env python3
"""Full, read-only and damaged disks, tried on the real kiosk over a pty (tmux): a data dir on
a small tmpfs filled up and made read-only, while the kiosk runs and before it starts; a
damaged database; a write-ahead log cut short. Each line says what the visitor saw and whether
anything was lost or corrupted.

    cargo build --release
    sudo python3 tests/crash/disks.py [--bin target/release/aidkiosk]

Needs root (it mounts a 6 MiB tmpfs), tmux and Python 3. Exits 1 if a case fails. The output
of the last run is in docs/reliability.md.
"""

import argparse
import os
import pwd
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

MNT = "/mnt/aidkiosk-disk-test"
SESSION = "aidkiosk-disks"
# An unprivileged user, for a data dir it cannot write (root writes anywhere).
USER = os.environ.get("AIDKIOSK_TEST_USER", "nobody")
UID, GID = pwd.getpwnam(USER).pw_uid, pwd.getpwnam(USER).pw_gid
CODE = re.compile(r"Your code: ([0-9A-Z]{4}-[0-9A-Z]{4})")
failures = []


def sh(*args, check=True, **kw):
    return subprocess.run(args, capture_output=True, text=True, check=check, **kw)


def screen():
    return sh("tmux", "capture-pane", "-p", "-t", SESSION, check=False).stdout


def wait_for(text, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if text in screen():
            return True
        time.sleep(0.05)
    return False


def keys(*ks):
    for k in ks:
        sh("tmux", "send-keys", "-t", SESSION, k)
        time.sleep(0.15)


def start(binary, data):
    sh("tmux", "kill-session", "-t", SESSION, check=False)
    sh("tmux", "new-session", "-d", "-s", SESSION, "-x", "80", "-y", "24",
       f"exec {binary} --data-dir {data} run 2>>{MNT}-stderr.log")


def stop():
    pid = sh("tmux", "display", "-p", "-t", SESSION, "#{pane_pid}", check=False).stdout.strip()
    if pid:
        try:
            os.kill(int(pid), signal.SIGKILL)
        except (ProcessLookupError, ValueError):
            pass
    time.sleep(0.2)
    sh("tmux", "kill-session", "-t", SESSION, check=False)


def fill():
    sh("dd", "if=/dev/zero", f"of={MNT}/filler", "bs=4k", check=False)


def unfill():
    if os.path.exists(f"{MNT}/filler"):
        os.remove(f"{MNT}/filler")


def integrity(db):
    con = sqlite3.connect(db, timeout=10)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def count(db):
    con = sqlite3.connect(db, timeout=10)
    try:
        return con.execute("SELECT COUNT(*) FROM entry").fetchone()[0]
    finally:
        con.close()


def result(name, ok, detail):
    print(f"{'ok  ' if ok else 'FAIL'} {name}: {detail}")
    if not ok:
        failures.append(name)


def intake_to_review():
    # Welcome, English, I need something, Food, a name, Enter to Review, Enter to save.
    keys("Enter", "Enter", "Enter", "1", "5")
    sh("tmux", "send-keys", "-t", SESSION, "-l", "Ana")
    keys("Enter", "Enter", "Enter")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="target/release/aidkiosk")
    args = ap.parse_args()
    binary = os.path.abspath(args.bin)
    if os.geteuid() != 0:
        sys.exit("needs root: it mounts a small tmpfs")
    os.makedirs(MNT, exist_ok=True)
    sh("umount", MNT, check=False)
    sh("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", MNT)
    data = f"{MNT}/data"
    db = f"{data}/aidkiosk.db"
    try:
        sh(binary, "--data-dir", data, "init", "--site", "Tiny Hall", "--admin", "Maya",
           "--pin-stdin", input="2468\n")
        sh(binary, "--data-dir", data, "seed", "--entries", "300", "--days", "10")

        # 1. The disk fills while the kiosk runs.
        start(binary, data)
        wait_for("Press any key", 5)
        fill()
        intake_to_review()
        said = wait_for("could not be saved", 5)
        kept = "Name: Ana" in screen()
        unfill()
        keys("Enter")
        code = wait_for("Your code:", 5)
        m = CODE.search(screen())
        keys("Enter")
        stop()
        result("disk full while running", said and kept and code and integrity(db) == "ok",
               f"calm message {said}, answers kept {kept}, saved once space came back "
               f"{m.group(1) if m else None}, integrity {integrity(db)}")

        # 2. The disk is full when the kiosk starts: the resting screen, then Welcome by itself.
        fill()
        start(binary, data)
        resting = wait_for("Please ask a volunteer", 5)
        unfill()
        t0 = time.monotonic()
        back = wait_for("Press any key", 15)
        took = time.monotonic() - t0
        stop()
        result("disk full at start", resting and back,
               f"resting screen in every language {resting}, Welcome {took:.1f} s after space "
               f"came back")

        # 3. A data dir the kiosk's user cannot write (a card remounted read-only, a wrong
        # owner after a restore by hand): the resting screen, then Welcome once it can.
        user_bin = "/tmp/aidkiosk-disks-bin"
        shutil.copy(binary, user_bin)
        os.chmod(user_bin, 0o755)
        sh("chown", "-R", "root:root", data)
        sh("chmod", "-R", "go+rX", data)
        sh("tmux", "kill-session", "-t", SESSION, check=False)
        sh("tmux", "new-session", "-d", "-s", SESSION, "-x", "80", "-y", "24",
           f"exec setpriv --reuid={UID} --regid={GID} --clear-groups {user_bin} "
           f"--data-dir {data} run 2>/dev/null")
        resting = wait_for("Please ask a volunteer", 5)
        if not resting:
            print(screen())
        sh("chown", "-R", f"{UID}:{GID}", data)
        back = wait_for("Press any key", 15)
        stop()
        sh("chown", "-R", "root:root", data)
        result("data dir not writable at start", resting and back,
               f"resting screen {resting}, Welcome by itself once writable {back}")

        # 5. The write-ahead log cut short after a kill (a power cut on a cheap card).
        start(binary, data)
        wait_for("Press any key", 5)
        n0 = count(db)
        intake_to_review()
        wait_for("Your code:", 5)
        keys("Enter")
        stop()
        wal = db + "-wal"
        size = os.path.getsize(wal) if os.path.exists(wal) else 0
        if size:
            with open(wal, "r+b") as f:
                f.truncate(size // 2)
        start(binary, data)
        up = wait_for("Press any key", 5)
        stop()
        result("WAL cut in half", up and integrity(db) == "ok",
               f"WAL {size} → {size // 2} bytes; kiosk starts {up}; integrity "
               f"{integrity(db)}; entries {n0} before the intake, {count(db)} after the cut "
               f"(what was in the cut half of the log is gone, the rest whole)")

        # 6. A damaged database: 4 KiB of its middle overwritten.
        shutil.copy(db, f"{MNT}/good.db")
        for extra in ("-wal", "-shm"):
            if os.path.exists(db + extra):
                os.remove(db + extra)
        size = os.path.getsize(db)
        with open(db, "r+b") as f:
            f.seek(size // 2)
            f.write(os.urandom(4096))
        start(binary, data)
        time.sleep(2)
        s = screen()
        shown = ("resting screen" if "Please ask a volunteer" in s else
                 "Welcome" if "Press any key" in s else "nothing")
        stop()
        doctor = sh(binary, "--data-dir", data, "doctor", check=False)
        said = [l for l in doctor.stdout.splitlines() if "database" in l.lower()][:2]
        result("damaged database", shown != "nothing" and doctor.returncode != 0,
               f"the kiosk shows {shown}; doctor exits {doctor.returncode}: {' / '.join(said)}")
    finally:
        stop()
        sh("mount", "-o", "remount,rw", MNT, check=False)
        sh("umount", MNT, check=False)
    print(f"{len(failures)} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
