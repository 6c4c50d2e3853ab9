"""Issue 16 item 6 end to end: a Markdown image in a title is shown as text, never fetched.

A real `streamlit run` server on 127.0.0.1 serves a corpus of one hostile article; headless
Debian Chromium opens the page and the article's panel, and records every request.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from dashboard_servers import streamlit_server

ROOT = Path(__file__).resolve().parents[2]
ATTACKER = "198.51.100.7"
HOSTILE = f"""---
title: '![b](http://{ATTACKER}/x.png) Shelling near Raqqa'
outlet: 'Wire [x](http://{ATTACKER}/y)'
date: 2022-01-24
---
The SDF said 5 fighters were killed in Raqqa on Monday.
"""

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.slow]


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    work = tmp_path_factory.mktemp("hostile-e2e")
    corpus_dir = work / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    with streamlit_server(work, corpus_dir, work / "cache") as url:
        yield url


def test_item6_markdown_in_a_title_is_text_and_fetches_nothing(browser, server) -> None:
    context = browser.new_context(viewport={"width": 1600, "height": 1100})
    asked: list[str] = []

    def guard(route: Any) -> None:
        url = route.request.url
        if urlparse(url).hostname not in {"127.0.0.1", "localhost"} and url.startswith("http"):
            asked.append(url)
            route.abort()
        else:
            route.continue_()

    context.route("**/*", guard)
    page = context.new_page()
    try:
        page.goto(server, wait_until="domcontentloaded")
        label = page.get_by_text("Shelling near Raqqa").first
        label.wait_for(timeout=300_000)
        expander = page.locator('[data-testid="stExpander"]', has_text="Full text").first
        expander.locator("summary").click()
        body = expander.get_by_text("5 fighters were killed in Raqqa")
        body.wait_for(timeout=60_000)
        page.wait_for_timeout(1000)
        shown = page.inner_text("body").replace("\u2060", "")  # the invisible word joiner
        assert f"![b](http://{ATTACKER}/x.png) Shelling near Raqqa" in shown
        assert page.locator(f'img[src*="{ATTACKER}"]').count() == 0
        links = page.locator(f'a[href*="{ATTACKER}"]')
        found = [links.nth(i).evaluate("e => e.outerHTML") for i in range(links.count())]
        assert found == []
        assert not [u for u in asked if ATTACKER in u], asked
    finally:
        context.close()
