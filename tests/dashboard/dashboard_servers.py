"""Starting and stopping real dashboard servers in the tests (shared by the server tests)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop a server: terminate, then kill if it has not exited within 15 s."""
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()


def wait_for_log(
    proc: subprocess.Popen[bytes], log_path: Path, text: str, timeout_s: float = 60
) -> str:
    """Wait until the server's log holds ``text``; fail with the log's end if it never does."""
    deadline = time.monotonic() + timeout_s
    while text not in (out := log_path.read_text(errors="replace")):
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"no {text!r} from the server: {out[-3000:]}")
        time.sleep(0.2)
    return out


@contextmanager
def streamlit_server(work: Path, corpus_dir: Path, cache: Path) -> Iterator[str]:
    """``streamlit run dashboard/app.py --corpus corpus_dir`` on a free port of 127.0.0.1.

    Yields the server's URL once ``/_stcore/health`` answers; stops the server on exit. Its
    log is ``work / "server.log"``; ``cache`` is its ``SITREP_CACHE_DIR``.
    """
    port = free_port()
    env = dict(os.environ, SITREP_CACHE_DIR=str(cache))
    env.pop("SITREP_CORPUS", None)
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard" / "app.py"),
        "--server.headless", "true", "--server.address", "127.0.0.1",
        "--server.port", str(port), "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none", "--", "--corpus", str(corpus_dir),
    ]  # fmt: skip
    log_path = work / "server.log"
    log = log_path.open("wb")
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"streamlit did not start: {log_path.read_text()[-3000:]}")
            time.sleep(0.2)
        yield url
    finally:
        stop(proc)
        log.close()
