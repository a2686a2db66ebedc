"""A small Chrome DevTools Protocol client over a real headless Chromium (tests and benchmarks).

Starts Debian's chromium with `--remote-debugging-port=0`, reads the port it chose from
`DevToolsActivePort`, attaches to its page over a websocket (the `websocket-client` package)
and records every event (network requests, console messages, JavaScript dialogs).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-default-apps",
    "--disable-extensions",
    "--mute-audio",
    "--hide-scrollbars",
    "--no-default-browser-check",
    "--disable-features=Translate,OptimizationHints,MediaRouter",
]


def chromium_path() -> str | None:
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def available() -> str | None:
    """Why the browser cannot be driven, or None when it can."""
    if chromium_path() is None:
        return "chromium is not installed (apt-get install chromium)"
    try:
        import websocket  # noqa: F401
    except ImportError:
        return "the websocket-client package is not installed"
    return None


class Chromium:
    """One headless Chromium with one page, driven over CDP. Use as a context manager."""

    def __init__(self, width: int = 1400, height: int = 900, timeout: float = 30.0) -> None:
        import websocket

        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        self.proc = subprocess.Popen(
            [
                chromium_path() or "chromium",
                *FLAGS,
                f"--user-data-dir={self.profile}",
                f"--window-size={width},{height}",
                "--remote-debugging-port=0",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not (port_file.exists() and port_file.read_text().strip()):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.05)
        port = int(port_file.read_text().split()[0])
        targets = []
        while not targets:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as r:
                targets = [t for t in json.load(r) if t.get("type") == "page"]
            if not targets:
                time.sleep(0.05)
        self.ws = websocket.create_connection(
            targets[0]["webSocketDebuggerUrl"], timeout=timeout, suppress_origin=True
        )
        self.timeout = timeout
        self.events: list[dict[str, Any]] = []
        self._next_id = 0
        for domain in ("Page", "Network", "Runtime", "Log"):
            self.send(f"{domain}.enable")

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            if getattr(self, "ws", None) is not None:
                self.ws.close()
        finally:
            if self.proc.poll() is None:
                self.proc.terminate()
                try:
                    self.proc.wait(10)
                except subprocess.TimeoutExpired:
                    self.proc.kill()
                    self.proc.wait(10)
            shutil.rmtree(self.profile, ignore_errors=True)

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        """Call a CDP method and return its result; events seen meanwhile are recorded."""
        self._next_id += 1
        call_id = self._next_id
        self.ws.send(json.dumps({"id": call_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == call_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)
                if message["method"] == "Page.javascriptDialogOpening":  # record it, then dismiss it
                    self._next_id += 1
                    self.ws.send(
                        json.dumps(
                            {
                                "id": self._next_id,
                                "method": "Page.handleJavaScriptDialog",
                                "params": {"accept": False},
                            }
                        )
                    )

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises are awaited)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression!r} threw: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, url: str) -> None:
        self.send("Page.navigate", url=url)

    def wait_for(self, expression: str, seconds: float = 20.0) -> Any:
        """Poll until the expression is truthy; returns its value (raises TimeoutError)."""
        deadline = time.monotonic() + seconds
        last = ""
        while time.monotonic() < deadline:
            try:
                value = self.evaluate(expression)
            except RuntimeError as e:  # the page may be between documents while it loads
                value, last = None, str(e)
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(f"{expression!r} stayed false for {seconds} s {last}")

    def screenshot(self, path: str | Path) -> Path:
        import base64

        data = self.send("Page.captureScreenshot", format="png")["data"]
        out = Path(path)
        out.write_bytes(base64.b64decode(data))
        return out

    # --- what the page did -----------------------------------------------------------------------
    def requested_urls(self) -> list[str]:
        return [
            e["params"]["request"]["url"] for e in self.events if e["method"] == "Network.requestWillBeSent"
        ]

    def console_errors(self) -> list[str]:
        errors = []
        for e in self.events:
            if e["method"] == "Runtime.consoleAPICalled" and e["params"]["type"] in ("error", "assert"):
                errors.append(
                    " ".join(str(a.get("value", a.get("description", ""))) for a in e["params"]["args"])
                )
            elif e["method"] == "Runtime.exceptionThrown":
                errors.append(json.dumps(e["params"]["exceptionDetails"])[:500])
            elif e["method"] == "Log.entryAdded" and e["params"]["entry"]["level"] == "error":
                errors.append(e["params"]["entry"]["text"])
        return errors

    def dialogs(self) -> list[str]:
        return [
            e["params"].get("message", "")
            for e in self.events
            if e["method"] == "Page.javascriptDialogOpening"
        ]
