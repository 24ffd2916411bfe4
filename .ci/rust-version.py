#!/usr/bin/env python3
"""Checks each workspace crate's declared rust-version against its dependencies.

Only one toolchain can be installed here, so the minimum supported Rust
version cannot be tested by building with it. What can be checked is that
no crate declares less than its normal (and build) dependencies, direct or
transitive, declare in the lockfile's resolution: `cargo metadata` reports
each package's `rust_version`. A crate must declare at least the highest of
them. Dev-dependencies (criterion, proptest...) only build the tests and
benches, so they do not count; their highest is printed for information.
"""
import json
import subprocess
import sys


def version(v):
    return tuple(int(x) for x in v.split(".")) if v else (0,)


def main():
    meta = json.loads(
        subprocess.run(
            ["cargo", "metadata", "--format-version", "1", "--locked"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    packages = {p["id"]: p for p in meta["packages"]}
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}

    def closure(root, dev):
        seen, stack = set(), [root]
        while stack:
            node = nodes[stack.pop()]
            for dep in node["deps"]:
                kinds = {k["kind"] for k in dep["dep_kinds"]}
                # Dev-dependencies count only for the crate itself (and only when asked).
                usable = kinds & {None, "build"} or (dev and node["id"] == root and "dev" in kinds)
                if usable and dep["pkg"] not in seen:
                    seen.add(dep["pkg"])
                    stack.append(dep["pkg"])
        return seen

    def highest(ids):
        best = max(ids, key=lambda i: version(packages[i]["rust_version"]), default=None)
        if best is None or not packages[best]["rust_version"]:
            return (0,), "none"
        p = packages[best]
        return version(p["rust_version"]), f'{p["name"]} {p["version"]} needs {p["rust_version"]}'

    failed = False
    for member in meta["workspace_members"]:
        p = packages[member]
        declared = p["rust_version"]
        need, why = highest(closure(member, dev=False))
        _, dev_why = highest(closure(member, dev=True))
        ok = declared is not None and version(declared) >= need
        failed |= not ok
        print(
            f'{p["name"]}: rust-version {declared}; dependencies: {why}; '
            f'with dev-dependencies: {dev_why}: {"ok" if ok else "TOO LOW"}'
        )
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
