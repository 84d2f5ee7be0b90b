#!/usr/bin/env python3
"""Runs the benchmarks of a build directory (CTest label `bench`) one after the other and prints
the JSON each one writes (figure, baseline measured in the same run, ratio).

    scripts/run-bench.py [BUILD_DIR]        default: build/ci

The benchmarks run sequentially so they do not disturb each other, with the environment and
working directory CTest would give them. All results are also written to
BUILD_DIR/bench-results.json. Exit status 1 when a benchmark fails.
"""
import json
import os
import subprocess
import sys
import time


def parse_json(text):
    """The JSON a benchmark printed: one document, or one object per line (JSON Lines)."""
    text = text.strip()
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        pass
    objects = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("{") or line.startswith("["):
            try:
                objects.append(json.loads(line))
            except ValueError:
                pass
    if not objects:
        return None
    return objects[0] if len(objects) == 1 else objects


def main():
    build = sys.argv[1] if len(sys.argv) > 1 else "build/ci"
    listing = subprocess.run(["ctest", "--test-dir", build, "-L", "bench", "--show-only=json-v1"],
                             capture_output=True, text=True)
    if listing.returncode != 0:
        sys.stderr.write(listing.stderr)
        return 1
    tests = json.loads(listing.stdout).get("tests", [])
    if not tests:
        print(f"run-bench: no benchmarks (label bench) in {build}")
        return 0

    results, failed = {}, []
    for test in tests:
        name = test["name"]
        props = {p["name"]: p["value"] for p in test.get("properties", [])}
        env = dict(os.environ)
        for item in props.get("ENVIRONMENT", []):
            key, _, value = item.partition("=")
            env[key] = value
        cwd = props.get("WORKING_DIRECTORY", build)
        timeout = float(props.get("TIMEOUT", 600))
        print(f"== {name}", flush=True)
        if not test.get("command"):
            failed.append(name)
            results[name] = {"exit_code": None, "result": "not built"}
            print(f"run-bench: {name} has no executable: build {build} first")
            continue
        t0 = time.monotonic()
        try:
            run = subprocess.run(test["command"], env=env, cwd=cwd, capture_output=True, text=True,
                                 timeout=timeout)
            code, out, err = run.returncode, run.stdout, run.stderr
        except subprocess.TimeoutExpired as e:
            code, out, err = -1, e.stdout or "", f"timed out after {timeout:.0f} s"
            if isinstance(out, bytes):
                out = out.decode(errors="replace")
        elapsed = time.monotonic() - t0
        data = parse_json(out)
        results[name] = {"exit_code": code, "seconds": round(elapsed, 2),
                         "result": data if data is not None else out}
        if data is not None:
            print(json.dumps(data, indent=2, ensure_ascii=False))
        else:
            print(out.rstrip())
        if code != 0:
            failed.append(name)
            print(f"run-bench: {name} failed (exit {code}):\n{err.rstrip()[-2000:]}")
        print(f"-- {name}: {elapsed:.1f} s", flush=True)

    out_file = os.path.join(build, "bench-results.json")
    with open(out_file, "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2, ensure_ascii=False)
    print(f"run-bench: {len(tests)} benchmarks, {len(failed)} failed; results in {out_file}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
