#!/usr/bin/env python3
"""Set up the course's virtual environment when needed, then open the course or run every test.

    python3 tools/course.py lab     # JupyterLab on notebooks/00_start_here.ipynb
    python3 tools/course.py test    # lint and types, library tests, notebooks under nbval, stripped notebooks, browser tests
    python3 tools/course.py quick   # the fast inner loop: lint and types, then the library tests only
    python3 tools/course.py strip   # remove outputs from every notebook (they are committed without them)
    python3 tools/course.py present # app mode for a projector: the calculators without code (Voila)
    LESSON=10_administrative_fines CLASS=30 python3 tools/course.py present  # one lesson, kernels ready for a class
    python3 tools/course.py site    # the no-install site (JupyterLite) in build/site/; serve-site to try it
    python3 tools/course.py handouts  # executed notebooks as static HTML in build/handouts/; serve-handouts
    python3 tools/course.py bench   # the benchmark; results in benchmarks/results.md

`make lab` and `make test` call this script. Needs only Python 3.10+ with venv on the machine.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
VENV = ROOT / ".venv"
STAMP = VENV / ".pilaw-installed"
DEPENDENCY_FILES = ("pyproject.toml", "requirements.txt", "constraints.txt")
FIRST_NOTEBOOK = "notebooks/00_start_here.ipynb"


def venv_bin(name: str) -> Path:
    folder = VENV / ("Scripts" if os.name == "nt" else "bin")
    return folder / (name + (".exe" if os.name == "nt" else ""))


def dependency_key() -> str:
    digest = hashlib.sha256(sys.version.encode())
    for name in DEPENDENCY_FILES:
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def ensure_installed() -> None:
    """Create .venv and install the pinned packages, unless the stamp says nothing changed; then compile the library."""
    key = dependency_key()
    if not (STAMP.exists() and STAMP.read_text().strip() == key and venv_bin("python").exists()):
        install(key)
    compile_library()


def compile_library() -> None:
    """Write the bytecode of lib/pilaw (only files that changed; a fraction of a second). Every notebook's kernel
    imports the library: where bytecode is never written on import (PYTHONDONTWRITEBYTECODE, read-only folders),
    each kernel would compile it from source again, about 0.1 s per notebook opened."""
    subprocess.run([str(venv_bin("python")), "-m", "compileall", "-q", "lib/pilaw"], cwd=ROOT, check=True)


def install(key: str) -> None:
    started = time.monotonic()
    if not venv_bin("python").exists():
        print("Creating .venv … / 正在创建虚拟环境 …", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    print("Installing the course's packages (about a minute the first time) … / 正在安装课程所需的软件包 …", flush=True)
    subprocess.run(
        [
            str(venv_bin("python")),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-r",
            "requirements.txt",
            "-c",
            "constraints.txt",
            "-e",
            ".",
        ],
        cwd=ROOT,
        check=True,
    )
    STAMP.write_text(key + "\n")
    print(f"Installed in {time.monotonic() - started:.0f} s.", flush=True)


def lab() -> int:
    """JupyterLab on the first notebook; with EDITION=zh (``make lab EDITION=zh``) the Chinese edition, with
    JupyterLab's own menus in Chinese (the zh-CN language pack, chosen in a settings folder of the course's own)."""
    ensure_installed()
    env = dict(os.environ)
    first = FIRST_NOTEBOOK
    if os.environ.get("EDITION") == "zh":
        first = FIRST_NOTEBOOK.replace("notebooks/", "notebooks/zh/")
        env["JUPYTERLAB_SETTINGS_DIR"] = str(chinese_lab_settings())
    args = [str(venv_bin("jupyter")), "lab", first]
    headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if headless:
        args.append("--no-browser")
        print(
            "No display here: open the URL that JupyterLab prints below in a browser. / "
            "本机没有图形界面：请在浏览器中打开下面打印的网址。",
            flush=True,
        )
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        args.append("--allow-root")
    return subprocess.call(args, cwd=ROOT, env=env)


def chinese_lab_settings(folder: Path = ROOT / "build" / "lab-zh" / "settings") -> Path:
    """A JupyterLab settings folder whose one setting is the interface language: 简体中文 (zh_CN)."""
    plugin = folder / "@jupyterlab" / "translation-extension" / "plugin.jupyterlab-settings"
    plugin.parent.mkdir(parents=True, exist_ok=True)
    plugin.write_text('{"locale": "zh_CN"}\n', encoding="utf-8")
    return folder


#: a class's kernel is shut down once its page has been closed and this long has passed without a message
CLASS_CULL_SECONDS = 1200
#: a kernel a page took from the class's pool is replaced this long after, not at once: a class arrives together,
#: and thirty replacements starting while thirty pages open would double the load when it is highest
CLASS_REFILL_SECONDS = 600


def present_args(
    lesson: str | None = None, class_size: int = 0, host: str = "127.0.0.1", port: int = 8866
) -> list[str]:
    """Voila's arguments for app mode. Alone: every notebook, a kernel started when a page opens. For a class
    (``class_size`` > 0): one lesson, with that many kernels started and the lesson run in them before anyone
    arrives (Voila's preheated pool, refilled :data:`CLASS_REFILL_SECONDS` after pages take them); a kernel whose page was closed is shut down
    after :data:`CLASS_CULL_SECONDS` of quiet, so memory stays bounded by the pages open."""
    target = "notebooks"
    if lesson:
        path = ROOT / "notebooks" / f"{lesson.removesuffix('.ipynb')}.ipynb"
        if not path.is_file():
            raise SystemExit(
                f"No lesson {lesson!r} in notebooks/: give its file name, e.g. LESSON=10_administrative_fines "
                f"(or zh/10_administrative_fines). / notebooks/ 中没有 {lesson!r}：请给出笔记本文件名。"
            )
        target = str(path.relative_to(ROOT))
    elif class_size > 0:
        raise SystemExit(
            "A class needs one lesson: make present LESSON=10_administrative_fines CLASS=30. / "
            "整班演示需要指定一课：make present LESSON=10_administrative_fines CLASS=30。"
        )
    args = [str(venv_bin("voila")), target, f"--Voila.ip={host}", f"--port={port}"]
    if class_size > 0:
        args += [
            "--preheat_kernel=True",
            f"--pool_size={class_size}",
            f"--VoilaKernelManager.fill_delay={CLASS_REFILL_SECONDS}",
            f"--MappingKernelManager.cull_idle_timeout={CLASS_CULL_SECONDS}",
            "--MappingKernelManager.cull_interval=60",
        ]
    return args


def present() -> int:
    """The calculators without code, for a classroom projector (Voila), starting from the course's folder; with
    ``LESSON=… CLASS=30`` one lesson with kernels ready for a class, and ``HOST=0.0.0.0`` to serve the room."""
    ensure_installed()
    size = os.environ.get("CLASS", "0")
    if not size.isdigit():
        raise SystemExit(f"CLASS must be a number of students, not {size!r}. / CLASS 应为学生人数。")
    host = os.environ.get("HOST", "127.0.0.1")
    args = present_args(os.environ.get("LESSON") or None, int(size), host)
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        args.append("--no-browser")
    where = "127.0.0.1" if host in ("127.0.0.1", "localhost") else "<this computer's address>"
    print(
        f"App mode: open http://{where}:8866/ (a lesson: the address Voila prints). / "
        "演示模式：在浏览器中打开上面的网址。",
        flush=True,
    )
    return subprocess.call(args, cwd=ROOT)


def publish(*args: str) -> int:
    """The no-install site and the handouts (tools/publish.py), run inside .venv."""
    ensure_installed()
    return subprocess.call([str(venv_bin("python")), "tools/publish.py", *args], cwd=ROOT)


def bench() -> int:
    """The benchmark (not part of the test command): benchmarks/bench.py, results in benchmarks/results.md."""
    ensure_installed()
    return subprocess.call([str(venv_bin("python")), "benchmarks/bench.py"], cwd=ROOT)


def stage(title: str, *commands: list[str], env: dict[str, str] | None = None) -> tuple[str, int, float]:
    """Run one stage's commands in order (every one, even after a failure); its code is the first non-zero one."""
    print(f"\n=== {title} ===", flush=True)
    started = time.monotonic()
    codes = [subprocess.call(args, cwd=ROOT, env=env) for args in commands]
    return title, next((code for code in codes if code), 0), time.monotonic() - started


def notebooks() -> list[str]:
    """The course's notebooks in both editions (the Chinese in notebooks/zh/) and the teacher's (notebooks/teacher/),
    as paths from the repository's root."""
    folder = ROOT / "notebooks"
    found = [*folder.glob("*.ipynb"), *folder.glob("zh/*.ipynb"), *folder.glob("teacher/*.ipynb")]
    return sorted(str(p.relative_to(ROOT)) for p in found)


def static_checks() -> tuple[str, int, float]:
    """ruff (lint and format), mypy (strict on the law and the rules) and the layers' import contracts: seconds."""
    return stage(
        "lint, format, types and layers (ruff, mypy, import-linter)",
        [str(venv_bin("ruff")), "check", "lib", "tests", "tools", "benchmarks"],
        [str(venv_bin("ruff")), "format", "--check", "lib", "tests", "tools", "benchmarks"],
        [str(venv_bin("mypy"))],
        [str(venv_bin("lint-imports")), "--no-cache"],
    )


def library_tests(env: dict[str, str]) -> tuple[str, int, float]:
    python = str(venv_bin("python"))
    args = [python, "-m", "pytest", "-p", "no:nbval", "-p", "no:cacheprovider", "--ignore=tests/browser", "tests"]
    return stage("library tests (pytest)", args, env=env)


def report(results: list[tuple[str, int, float]]) -> int:
    print("\n=== summary ===")
    for title, code, seconds in results:
        print(f"{'ok  ' if code == 0 else 'FAIL'} {seconds:6.1f} s  {title}")
    return 1 if any(code != 0 for _, code, _ in results) else 0


def quick() -> int:
    ensure_installed()
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return report([static_checks(), library_tests(env)])


def strip() -> int:
    ensure_installed()
    return subprocess.call([str(venv_bin("nbstripout")), *notebooks()], cwd=ROOT)


def test() -> int:
    ensure_installed()
    python = str(venv_bin("python"))
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return report(
        [
            static_checks(),
            library_tests(env),
            stage(
                "notebooks run (nbval)",
                [python, "-m", "pytest", "-p", "no:cacheprovider", "--nbval-lax", "--nbval-current-env", *notebooks()],
                # the notebooks' exercises record progress: into a folder of the run's own, not the user's
                env=dict(env, JUPYTER_DATA_DIR=tempfile.mkdtemp(prefix="pilaw-nbval-")),
            ),
            stage(
                "notebooks are committed without outputs (nbstripout --verify)",
                [str(venv_bin("nbstripout")), "--verify", *notebooks()],
                env=env,
            ),
            stage(
                "the course in a real browser (chromium)",
                [python, "-m", "pytest", "-p", "no:nbval", "-p", "no:cacheprovider", "-rs", "tests/browser"],
                env=env,
            ),
        ]
    )


def main(argv: list[str]) -> int:
    verbs = {
        "lab": lab,
        "test": test,
        "quick": quick,
        "strip": strip,
        "present": present,
        "bench": bench,
        "site": lambda: publish("site"),
        "serve-site": lambda: publish("serve-site"),
        "handouts": lambda: publish("handouts"),
        "serve-handouts": lambda: publish("serve-handouts"),
        "install": lambda: ensure_installed() or 0,
    }
    if len(argv) != 1 or argv[0] not in verbs:
        print(__doc__)
        return 2
    return verbs[argv[0]]()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
