"""Benchmark the HTTP server: latency of a cached brief at a fixed request rate, and throughput.

Starts ``crosswire serve`` on 127.0.0.1 (a subprocess, the real CLI) over the bundled demo
corpus, then drives it with httpx from this process:

1. *rate*: an open-loop client sends ``--rate`` requests per second for ``--duration``
   seconds (each on schedule, whether or not earlier ones have answered), to the cached
   brief of the largest story; target p99 < 200 ms with 0 errors at 50 requests/s;
2. *throughput*: ``--concurrency`` closed-loop clients for ``--duration / 2`` seconds on
   the same URL, then on a mix that also reads articles and the story page (reads that
   go to SQLite through the server's lock, not only the cache);
3. *store reads*: the server's choice for SQLite reads from many threads (one connection
   behind a lock) against a connection per thread, in-process, without HTTP.

Prints the figures and writes ``benchmarks/results/serve.json``. Only 127.0.0.1 traffic.

Example: nice .venv/bin/python benchmarks/serve.py --duration 20 --rate 50
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from results_io import result_path, write_result  # noqa: E402  (one way to write results)

ROOT = Path(__file__).resolve().parents[1]
RESULTS = result_path("serve")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary(name: str, latencies: list[float], errors: int, elapsed: float) -> dict[str, Any]:
    done = len(latencies)
    return {
        "name": name,
        "requests": done + errors,
        "ok": done,
        "errors": errors,
        "seconds": round(elapsed, 2),
        "rps": round(done / elapsed, 1) if elapsed else 0.0,
        "p50_ms": round(percentile(latencies, 50) * 1000, 2),
        "p90_ms": round(percentile(latencies, 90) * 1000, 2),
        "p99_ms": round(percentile(latencies, 99) * 1000, 2),
        "max_ms": round(max(latencies) * 1000, 2) if latencies else None,
        "mean_ms": round(statistics.fmean(latencies) * 1000, 2) if latencies else None,
    }


async def open_loop(base: str, paths: list[str], rate: float, duration: float) -> tuple[list[float], int]:
    """Send ``rate`` requests/s on a fixed schedule; latency counts from the scheduled send time."""
    import httpx

    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=200, max_keepalive_connections=200)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        async def one(path: str, due: float) -> None:
            nonlocal errors
            try:
                response = await client.get(path)
                if response.status_code == 200:
                    latencies.append(time.perf_counter() - due)
                else:
                    errors += 1
            except httpx.HTTPError:
                errors += 1

        tasks = []
        start = time.perf_counter()
        for n in range(int(rate * duration)):
            due = start + n / rate
            delay = due - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(paths[n % len(paths)], due)))
        await asyncio.gather(*tasks)
    return latencies, errors


async def closed_loop(base: str, paths: list[str], workers: int, duration: float) -> tuple[list[float], int, float]:
    import httpx

    latencies: list[float] = []
    errors = 0
    stop = time.perf_counter() + duration
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        async def worker(offset: int) -> None:
            nonlocal errors
            n = offset
            while time.perf_counter() < stop:
                began = time.perf_counter()
                try:
                    response = await client.get(paths[n % len(paths)])
                    if response.status_code == 200:
                        latencies.append(time.perf_counter() - began)
                    else:
                        errors += 1
                except httpx.HTTPError:
                    errors += 1
                n += 1

        start = time.perf_counter()
        await asyncio.gather(*(worker(i) for i in range(workers)))
        elapsed = time.perf_counter() - start
    return latencies, errors, elapsed


def store_reads(db: Path, threads: int = 8, seconds: float = 3.0) -> dict[str, float]:
    """Article reads per second from ``threads`` threads: one connection behind a lock (what the
    server does) against one connection per thread (the alternative the server could use)."""
    import threading

    from crosswire.store import Store

    ids = Store(db).article_ids()

    def run(get: Any) -> float:
        done = [0] * threads
        stop = time.perf_counter() + seconds

        def work(slot: int) -> None:
            n = slot
            while time.perf_counter() < stop:
                get(ids[n % len(ids)])
                done[slot] += 1
                n += 1

        workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        return round(sum(done) / seconds)

    shared, lock = Store(db), threading.Lock()

    def locked(article_id: str) -> Any:
        with lock:
            return shared.get_article(article_id)

    local = threading.local()

    def per_thread(article_id: str) -> Any:
        if not hasattr(local, "store"):
            local.store = Store(db)
        return local.store.get_article(article_id)

    return {"threads": threads, "one_connection_with_lock_reads_per_s": run(locked),
            "connection_per_thread_reads_per_s": run(per_thread)}


def build_db(path: Path) -> None:
    from crosswire.api import Corpus
    from crosswire.demo import corpus_path

    with Corpus(path) as corpus:
        corpus.ingest([corpus_path()])


def wait_until_up(base: str, proc: subprocess.Popen, timeout: float = 120) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited with {proc.returncode}")
        try:
            if httpx.get(base + "/api/stories", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("server did not come up")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=20.0, help="seconds of the rate phase")
    parser.add_argument("--rate", type=float, default=50.0, help="requests per second in the rate phase")
    parser.add_argument("--concurrency", type=int, default=8, help="clients in the throughput phase")
    parser.add_argument("--db", type=Path, help="an existing store to serve (default: the demo corpus, fresh)")
    parser.add_argument("--output", type=Path, default=RESULTS)
    args = parser.parse_args()

    import httpx

    workdir = Path(tempfile.mkdtemp(prefix="crosswire-bench-"))
    db = args.db or workdir / "demo.db"
    if args.db is None:
        began = time.perf_counter()
        build_db(db)
        print(f"demo corpus ingested in {time.perf_counter() - began:.1f}s")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    crosswire = Path(sys.executable).with_name("crosswire")
    command = [str(crosswire), "serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
               "--log-level", "warning"]
    proc = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        wait_until_up(base, proc)
        stories = httpx.get(base + "/api/stories", timeout=30).json()["stories"]
        story = max(stories, key=lambda s: len(s.get("article_ids") or s.get("articles") or []))
        # (Story.to_dict names its article ids "articles")
        brief_path = f"/api/stories/{story['id']}/brief"
        began = time.perf_counter()
        httpx.get(base + brief_path, timeout=600).raise_for_status()  # build and cache it
        cold = time.perf_counter() - began
        httpx.get(base + f"/stories/{story['id']}", timeout=600).raise_for_status()
        article_ids = story.get("article_ids") or story.get("articles") or []
        print(f"story {story['id']} ({len(article_ids)} articles); first brief built in {cold * 1000:.0f} ms")

        results: dict[str, Any] = {"cold_brief_ms": round(cold * 1000, 1)}
        latencies, errors = asyncio.run(open_loop(base, [brief_path], args.rate, args.duration))
        rate = summary(f"cached brief at {args.rate:g} req/s", latencies, errors, args.duration)
        rate["target"] = {"p99_ms_below": 200, "errors": 0}
        rate["meets_target"] = rate["p99_ms"] < 200 and errors == 0
        results["rate"] = rate

        latencies, errors, elapsed = asyncio.run(closed_loop(base, [brief_path], args.concurrency, args.duration / 2))
        results["throughput_brief"] = summary(f"cached brief, {args.concurrency} clients", latencies, errors, elapsed)
        mixed = [brief_path, f"/stories/{story['id']}", "/api/stories"]
        mixed += [f"/api/articles/{a}" for a in article_ids[:5]]
        latencies, errors, elapsed = asyncio.run(closed_loop(base, mixed, args.concurrency, args.duration / 2))
        results["throughput_mixed"] = summary(f"mixed reads, {args.concurrency} clients", latencies, errors, elapsed)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()

    results["store_reads"] = store_reads(db)
    results["setup"] = {"python": platform.python_version(), "cpus": os.cpu_count(), "server": "uvicorn, 1 worker",
                        "client": "httpx AsyncClient in one process on the same machine",
                        "duration_s": args.duration, "rate": args.rate, "concurrency": args.concurrency,
                        "corpus": "crosswire demo" if args.db is None else str(args.db)}
    for key in ("rate", "throughput_brief", "throughput_mixed"):
        r = results[key]
        print(f"{r['name']:<40} rps {r['rps']:>7}  p50 {r['p50_ms']:>7} ms  p99 {r['p99_ms']:>7} ms  "
              f"errors {r['errors']}")
    reads = results["store_reads"]
    print(f"store reads, {reads['threads']} threads: one connection + lock "
          f"{reads['one_connection_with_lock_reads_per_s']}/s, connection per thread "
          f"{reads['connection_per_thread_reads_per_s']}/s")
    print("target (p99 < 200 ms, 0 errors at 50 req/s):", "met" if results["rate"]["meets_target"] else "MISSED")
    write_result(results, args.output)
    print(f"wrote {args.output}")


if __name__ == "__main__":
    main()
