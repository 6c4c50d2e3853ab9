"""Starting and stopping real dashboard servers in the tests (shared by the server tests)."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import pytest


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
