"""The dashboard's defaults keep an analyst's work on the machine.

A real ``python -m dashboard`` server, started from an unrelated folder with no flags beyond
the port: it listens on loopback only, sends no usage statistics, and does not ask a web
service for the machine's public address (Streamlit's start-up banner does, unless the server
address is set).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from dashboard_servers import free_port, stop, wait_for_log

import corpus

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.server, pytest.mark.slow]


def _own_non_loopback_ipv4() -> str | None:
    """An IPv4 address of this machine that is not loopback (no packet is sent)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))  # TEST-NET-1: connect() on UDP only picks a route
            ip = str(s.getsockname()[0])
        except OSError:
            return None
    return None if ip.startswith("127.") or ip == "0.0.0.0" else ip


def test_default_launcher_listens_on_loopback_and_calls_no_one(tmp_path: Path) -> None:
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(corpus.SAMPLES_DIR, corpus_dir)
    elsewhere = tmp_path / "elsewhere"  # not the repository: the config is found from anywhere
    elsewhere.mkdir()
    env = dict(os.environ)  # keeps the tests' cache folder, where the gazetteer is built already
    env.pop("SITREP_CORPUS", None)
    env.pop("STREAMLIT_SERVER_ADDRESS", None)
    env.pop("STREAMLIT_BROWSER_GATHER_USAGE_STATS", None)
    port = free_port()
    cmd = [sys.executable, "-m", "dashboard", "--server.headless", "true",
           "--server.port", str(port), "--", "--corpus", str(corpus_dir)]  # fmt: skip
    log_path = tmp_path / "server.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(cmd, cwd=elsewhere, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_for_log(proc, log_path, "Sitrep warm-up:")
            url = f"http://127.0.0.1:{port}/_stcore/health"
            with urllib.request.urlopen(url, timeout=5) as r:
                assert r.status == 200
            other = _own_non_loopback_ipv4()
            if other is not None:  # the same port on the machine's network address is closed
                with pytest.raises(OSError):
                    socket.create_connection((other, port), timeout=2).close()
        finally:
            stop(proc)
    out = log_path.read_text(errors="replace")
    assert f"URL: http://localhost:{port}" in out
    assert "Network URL" not in out
    assert "external IP" not in out  # no look-up of the public address was tried
    assert "usage statistics" not in out
