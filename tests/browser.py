"""A headless Chromium driven over the DevTools protocol, for testing report.html in a real browser.

Needs the ``chromium`` executable (Debian package ``chromium``) and ``websocket-client``.
``python tests/browser.py REPORT.html SCREENSHOT.png`` loads a report, checks it (no console
errors, actor table filled, filtering hides rows) and saves a screenshot: ``make report-check``.
"""

from __future__ import annotations

import base64
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
START_TIMEOUT = 30.0
COMMAND_TIMEOUT = 30.0


def find_chromium() -> str | None:
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return None


class Chromium:
    """One headless browser with one page; ``errors`` collects console errors and uncaught exceptions."""

    def __init__(self, executable: str) -> None:
        import websocket

        self._profile = tempfile.mkdtemp(prefix="stance-chromium-")
        self._process = subprocess.Popen(
            [executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--no-first-run", "--disable-extensions", "--disable-dev-shm-usage",
             "--remote-debugging-port=0", f"--user-data-dir={self._profile}", "--window-size=1280,900",
             "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        url = self._devtools_url()
        self._ws = websocket.create_connection(url, timeout=COMMAND_TIMEOUT, suppress_origin=True)
        self._ids = itertools.count(1)
        self.errors: list[str] = []
        self._events: list[dict[str, Any]] = []
        target = self._send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self._send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable")

    def _devtools_url(self) -> str:
        deadline = time.monotonic() + START_TIMEOUT
        assert self._process.stderr is not None
        while time.monotonic() < deadline:
            line = self._process.stderr.readline()
            if not line and self._process.poll() is not None:
                raise RuntimeError(f"chromium exited with code {self._process.returncode}")
            match = re.search(r"DevTools listening on (ws://\S+)", line)
            if match:
                # Keep draining stderr, so a chatty browser never blocks on a full pipe.
                threading.Thread(target=self._process.stderr.read, daemon=True).start()
                return match.group(1)
        raise RuntimeError("chromium did not open its DevTools port in time")

    def _send(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict[str, Any]:
        message_id = next(self._ids)
        message: dict[str, Any] = {"id": message_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        self._ws.send(json.dumps(message))
        while True:
            reply = json.loads(self._ws.recv())
            if reply.get("id") == message_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._event(reply)

    def send(self, method: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        return self._send(method, params, self._session)

    def _event(self, event: dict[str, Any]) -> None:
        method, params = event.get("method", ""), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.errors.append("console: " + " ".join(str(a.get("value", a.get("description", "")))
                                                      for a in params.get("args", [])))
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.errors.append("exception: " + str(details.get("exception", {}).get("description", details.get("text"))))
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            self.errors.append("log: " + params["entry"].get("text", ""))
        self._events.append(event)

    def wait_for(self, method: str, timeout: float = COMMAND_TIMEOUT) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for i, event in enumerate(self._events):
                if event.get("method") == method:
                    return self._events.pop(i)
            self._event(json.loads(self._ws.recv()))
        raise TimeoutError(f"no {method} within {timeout} s")

    def open(self, path: Path) -> None:
        self._events.clear()
        self.send("Page.navigate", {"url": path.resolve().as_uri()})
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def type_into(self, selector: str, text: str) -> None:
        """Focus an input and type ``text`` as keystrokes would (input events fire)."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", {"text": text})

    def screenshot(self, path: Path) -> None:
        data = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": False})["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            self._ws.close()
        finally:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


VISIBLE_STATEMENTS = "document.querySelectorAll('tr.statement:not(.hidden)').length"
TABLE_ACTORS = "Array.from(document.querySelectorAll('#actor-table tbody tr')).map(r => r.dataset.actor)"


def check_report(report: Path, screenshot: Path | None = None) -> dict[str, Any]:
    """Load ``report`` and return what a test asserts on: errors, actors listed, rows before and
    after typing in the text filter."""
    executable = find_chromium()
    if executable is None:
        raise RuntimeError("chromium is not installed (apt-get install chromium)")
    with Chromium(executable) as browser:
        browser.open(report)
        facts: dict[str, Any] = {"actors": browser.evaluate(TABLE_ACTORS),
                                 "rows_before": browser.evaluate(VISIBLE_STATEMENTS)}
        if screenshot is not None:
            browser.screenshot(screenshot)
        browser.type_into("#filter-text", "zzqqxx-no-such-words")
        facts["rows_after_nonsense"] = browser.evaluate(VISIBLE_STATEMENTS)
        browser.evaluate("(e => { e.value = ''; e.dispatchEvent(new Event('input')); })"
                         "(document.getElementById('filter-text'))")
        facts["errors"] = list(browser.errors)
    return facts


def main(argv: list[str]) -> int:
    report = Path(argv[0]) if argv else Path("reports/report.html")
    shot = Path(argv[1]) if len(argv) > 1 else report.with_name("report.png")
    facts = check_report(report, shot)
    problems = []
    if facts["errors"]:
        problems.append("console errors: " + "; ".join(facts["errors"]))
    if not facts["actors"]:
        problems.append("the actor table is empty")
    if facts["rows_before"] and facts["rows_after_nonsense"] != 0:
        problems.append("typing in the filter did not hide the rows")
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    print(f"{report}: {len(facts['actors'])} actors, {facts['rows_before']} statements shown; "
          f"screenshot {shot}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    os.environ.setdefault("LANG", "C.UTF-8")
    sys.exit(main(sys.argv[1:]))
