#!/usr/bin/env python3
"""The side-by-side speed check: `extract --jsonl` against `LC_ALL=C wc -w`.

Usage: benches/side_by_side.py INPUT ROUNDS EXTRACT [EXTRACT...]

Runs `wc -w INPUT`, then each EXTRACT binary (`EXTRACT --jsonl < INPUT >
/dev/null`) followed by `wc -w INPUT` again, ROUNDS times (the binaries in
turn, their order reversed every other round), and reads each run's user +
system CPU time. Each extract run is divided by the mean of the `wc -w` runs
on either side of it; the script prints, per binary, the median of those
ratios, its best and median time, and, for every binary after the first, its
median time over the first's.

This is a measurement, not a test: on a shared 2-core VM the figures move
with whatever else runs (see docs/PERFORMANCE.md); callgrind's instruction
counts are the repeatable figure.
"""
import os
import statistics
import sys


def cpu_time(argv, stdin_path=None):
    """User + system CPU seconds of one run of `argv`, output to /dev/null."""
    pid = os.fork()
    if pid == 0:
        fd_in = os.open(stdin_path or os.devnull, os.O_RDONLY)
        os.dup2(fd_in, 0)
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
        os.environ["LC_ALL"] = "C"
        os.execv(argv[0], argv)
    _, status, usage = os.wait4(pid, 0)
    if status != 0:
        sys.exit(f"{argv} failed with status {status}")
    return usage.ru_utime + usage.ru_stime


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    path, rounds, bins = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    wc = ["/usr/bin/wc", "-w", path]
    times = {b: [] for b in bins}
    ratios = {b: [] for b in bins}
    wcs = [cpu_time(wc)]
    for r in range(rounds):
        for b in bins if r % 2 == 0 else bins[::-1]:
            t = cpu_time([os.path.abspath(b), "--jsonl"], path)
            wcs.append(cpu_time(wc))
            times[b].append(t)
            ratios[b].append(t / ((wcs[-2] + wcs[-1]) / 2))
    print(f"wc -w: best {min(wcs):.3f} s, median {statistics.median(wcs):.3f} s ({len(wcs)} runs)")
    for b in bins:
        print(
            f"{b}: median ratio to wc -w {statistics.median(ratios[b]):.2f}, "
            f"best {min(times[b]):.3f} s, median {statistics.median(times[b]):.3f} s"
        )
    first = bins[0]
    for b in bins[1:]:
        rel = statistics.median(times[b]) / statistics.median(times[first])
        print(f"{b} / {first}: median time x{rel:.3f}")


if __name__ == "__main__":
    main()
