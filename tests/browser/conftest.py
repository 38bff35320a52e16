"""Browser tests: JupyterLab served on loopback, driven by Debian's chromium through playwright.

On a machine without chromium the tests are skipped with one line saying how to enable them; under
CI=true a missing browser is a failure.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
SCREENSHOTS = ROOT / "build" / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
ENABLE_HINT = "browser tests skipped: install Debian's chromium (sudo apt-get install chromium) to run them"


def chromium_path() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(f"nothing answered at {url} within {seconds:.0f} s")


@pytest.fixture(scope="session")
def browser():
    path = chromium_path()
    if path is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is missing on CI: .ci/run must install it (apt-get install -y chromium)")
        pytest.skip(ENABLE_HINT)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    # nothing may leave the machine: every request to a host other than loopback is refused and recorded
    context.blocked = []

    def guard(route):
        host = route.request.url.split("/")[2].split(":")[0]
        if host in ("127.0.0.1", "localhost") or route.request.url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            context.blocked.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    opened = context.new_page()
    yield opened
    context.close()


def isolated_jupyter_env(tmp: Path) -> dict[str, str]:
    env = dict(
        os.environ,
        JUPYTER_CONFIG_DIR=str(tmp / "cfg"),
        JUPYTER_DATA_DIR=str(tmp / "data"),
        JUPYTER_RUNTIME_DIR=str(tmp / "rt"),
        IPYTHONDIR=str(tmp / "ipython"),
        JUPYTER_PLATFORM_DIRS="1",
    )
    settings = tmp / "cfg" / "lab" / "user-settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text(
        json.dumps({"fetchNews": "false", "checkForUpdates": False})
    )
    return env


class Server:
    def __init__(self, process: subprocess.Popen, base: str, token: str):
        self.process, self.base, self.token = process, base, token

    def url(self, path: str, *query: str) -> str:
        return f"{self.base}/{path}?" + "&".join((f"token={self.token}", *query))

    def shut_down_kernels(self) -> None:
        """End every session, so each notebook's test starts with a quiet server."""
        import urllib.request

        with urllib.request.urlopen(self.url("api/sessions"), timeout=10) as answer:
            sessions = json.load(answer)
        for session in sessions:
            request = urllib.request.Request(self.url(f"api/sessions/{session['id']}"), method="DELETE")
            urllib.request.urlopen(request, timeout=30).close()


def notebook_copies(tmp: Path) -> Path:
    """A copy of the notebooks: JupyterLab saves what it runs, and the repository's notebooks stay stripped."""
    folder = tmp / "notebooks"
    shutil.copytree(NOTEBOOKS, folder, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    return folder


def serve_lab(tmp: Path, locale: str | None = None):
    """JupyterLab on loopback over a copy of the notebooks, in Jupyter folders of its own; with ``locale``
    (``"zh_CN"``) its menus in that language, as ``make lab EDITION=zh`` opens it."""
    port, token = free_port(), secrets.token_hex(16)
    args = [
        sys.executable,
        "-m",
        "jupyter",
        "lab",
        "--no-browser",
        f"--port={port}",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.token={token}",
        f"--ServerApp.root_dir={notebook_copies(tmp)}",
        "--ServerApp.open_browser=False",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--allow-root")
    env = isolated_jupyter_env(tmp)
    if locale is not None:
        plugin = tmp / "cfg" / "lab" / "user-settings" / "@jupyterlab" / "translation-extension"
        plugin.mkdir(parents=True)
        (plugin / "plugin.jupyterlab-settings").write_text(json.dumps({"locale": locale}))
    log = open(tmp / "lab.log", "w")  # noqa: SIM115 — the server writes to it until the session ends
    process = subprocess.Popen(args, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = Server(process, f"http://127.0.0.1:{port}", token)
    try:
        wait_for(server.url("api/status"))
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="session")
def lab(browser, tmp_path_factory):
    yield from serve_lab(tmp_path_factory.mktemp("jupyter"))


@pytest.fixture(scope="session")
def lab_zh(browser, tmp_path_factory):
    """JupyterLab with its menus in Chinese, for the Chinese edition."""
    yield from serve_lab(tmp_path_factory.mktemp("jupyter-zh"), locale="zh_CN")


def load_tool(name: str):
    """A script of tools/ (publish.py: the handouts and the site; course.py: the commands) as a module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"{name}_tool", ROOT / "tools" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_publish():
    return load_tool("publish")


def require_npm_for(publish, kind: str) -> None:
    """The first build fetches packages with npm; without npm (and an empty cache) skip, or fail under CI."""
    if not publish.npm_ready(kind):
        message = f"{kind} tests skipped: npm is needed once to fill build/cache/npm (apt-get install npm)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
