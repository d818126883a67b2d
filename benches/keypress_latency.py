#!/usr/bin/env python3
"""Keypress to frame on a real pseudo-terminal, as a visitor and as a volunteer would press.

Runs the aidkiosk binary in an 80x24 pty, presses keys one at a time and measures, for each,
the time from writing the key to the end of the frame it causes (the last byte of the burst of
output that follows, a burst ending when the pty is quiet for 3 ms). It also checks that the
loop is never blocked by the store: while the desk checks a PIN (Argon2id) or recounts the gap
report on a big site, a key typed on the scan line is still drawn at once.

    cargo build --release
    target/release/aidkiosk --data-dir /tmp/m1 init --site Bench --admin Maya --pin-stdin <<< 2468
    target/release/aidkiosk --data-dir /tmp/m1 seed --entries 1000000 --days 365
    python3 benches/keypress_latency.py target/release/aidkiosk /tmp/m1

Prints p50, p99 and max per kind of key, in milliseconds. Standard library only.
"""

import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time

QUIET = 0.003  # a frame has ended when nothing more comes for this long


class Kiosk:
    def __init__(self, argv, env):
        self.started = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:
            os.execvpe(argv[0], argv, env)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.screen = b""
        # The first frame: from the start of the process to the end of its first burst.
        out, last = self.read_burst(10.0)
        self.screen += out
        self.first_frame = None if last is None else (last - self.started) * 1000
        self.settle(2.0)

    def read_burst(self, timeout):
        """Bytes of the next burst and the time its last byte arrived (None if none came)."""
        out, last = b"", None
        deadline = time.monotonic() + timeout
        while True:
            wait = QUIET if out else max(0.0, deadline - time.monotonic())
            r, _, _ = select.select([self.fd], [], [], wait)
            if not r:
                return out, last
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                return out, last
            last = time.monotonic()
            out += chunk

    def settle(self, seconds):
        """Reads until the screen has been quiet for `seconds`."""
        while True:
            out, _ = self.read_burst(seconds)
            self.screen += out
            if not out:
                return

    def press(self, key, timeout=2.0):
        """Milliseconds from the key to the end of the frame it caused, and the frame."""
        sent = time.monotonic()
        os.write(self.fd, key)
        out, last = self.read_burst(timeout)
        self.screen += out
        if last is None:
            return None, b""
        return (last - sent) * 1000, out

    def wait_for(self, text, timeout=10.0):
        """Milliseconds until `text` is drawn."""
        start = time.monotonic()
        seen = b""
        while time.monotonic() - start < timeout:
            out, _ = self.read_burst(0.05)
            seen += out
            if text in seen:
                return (time.monotonic() - start) * 1000
        raise SystemExit(f"never saw {text!r}")

    def stop(self):
        os.kill(self.pid, signal.SIGTERM)
        os.waitpid(self.pid, 0)


def summary(name, samples):
    samples = [s for s in samples if s is not None]
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    print(
        f"{name:44} n={len(samples):4}  p50 {statistics.median(samples):6.2f}  "
        f"p99 {p99:6.2f}  max {samples[-1]:6.2f} ms"
    )


def first_frame(binary, data, env):
    frames = []
    for _ in range(5):
        k = Kiosk([binary, "--data-dir", data], env)
        frames.append(k.first_frame)
        k.stop()
    summary("kiosk: start to first frame", frames)


def visitor(binary, data, env):
    k = Kiosk([binary, "--data-dir", data], env)
    keys = []
    # A visit: any key, language 1, need, food, the details form, back out, and again.
    walk = [b"x", b"1", b"1", b"1", b"4", b"r", b"i", b"c", b"e", b"\r", b"\x1b", b"\x1b",
            b"\x1b", b"2", b"\x1b", b"\x1b", b"\x1b"]
    for _ in range(int(os.environ.get("ROUNDS", "30"))):
        for key in walk:
            ms, _ = k.press(key)
            keys.append(ms)
            time.sleep(0.02)
    k.stop()
    summary("kiosk: visitor keys (menus, typing, back)", keys)


def desk(binary, data, env):
    k = Kiosk([binary, "--data-dir", data, "staff"], env)
    submit, unlocked, recount, typing_while_counting = [], [], [], []
    for _ in range(10):
        for c in b"Maya":  # the name, typed (no list of names is shown)
            k.press(bytes([c]))
        k.press(b"\r")
        for d in b"246":
            k.press(bytes([d]))
        k.press(b"8")
        ms, frame = k.press(b"\r")  # the key that submits the PIN
        submit.append(ms)
        unlocked.append(k.wait_for(b"coordinator)"))
        k.settle(0.3)
        for _ in range(8):  # to Gaps (the report is counted when its tab opens)
            k.press(b"\t")
        k.settle(1.0)
        for _ in range(5):
            ms, _ = k.press(b"\x1b[15~")  # F5: count again
            recount.append(ms)
            ms2, _ = k.press(b"7")  # on the scan line, while the worker counts
            typing_while_counting.append(ms2)
            k.press(b"\x7f")
            k.settle(0.5)
        k.press(b"\x1b[21~")  # F10: lock
        k.settle(0.3)
    k.stop()
    summary("desk: Enter that submits the PIN (Checking…)", submit)
    summary("desk: PIN submitted to unlocked desk drawn", unlocked)
    summary("desk: F5 that recounts Gaps (Counting…)", recount)
    summary("desk: a key typed while Gaps is recounted", typing_while_counting)


def main():
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    binary, data = sys.argv[1], sys.argv[2]
    env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
    first_frame(binary, data, env)
    visitor(binary, data, env)
    desk(binary, data, env)


if __name__ == "__main__":
    main()
