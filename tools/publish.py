#!/usr/bin/env python3
"""Publish the course for students who install nothing: static handouts and a JupyterLite site.

    python tools/publish.py handouts [--out DIR] [NOTEBOOK ...]   # build/handouts/: executed notebooks as HTML
    python tools/publish.py site [--out DIR]                      # build/site/: the course in the browser (Pyodide)
    python tools/publish.py serve-site [--port N] [--dir DIR]     # serve build/site on http://127.0.0.1:N/
    python tools/publish.py serve-handouts [--port N] [--dir DIR] # serve build/handouts the same way

Run it with the course's Python (.venv/bin/python). Both outputs are plain static folders that work with
no connection to any other host: every script the pages load is copied in. What they need is fetched once
from the npm registry (`npm pack`) and from PyPI (`pip download`) into build/cache/, so a rebuild is quick
and works offline.

- Handouts: every notebook is run in a fresh kernel (working directory notebooks/), then exported by
  nbconvert with the widget state embedded, so the worked examples show their results. The widgets are
  drawn by @jupyter-widgets/html-manager and require.js from build/handouts/_static/, not from a CDN.
  There is no kernel behind a handout: typing into a calculator does not recompute it. Charts that are
  Vega-Lite v5 outputs (nbconvert draws nothing for that mime type), in a cell or in an Output widget,
  become an HTML output that draws the spec with vega-embed from _static/, showing the output's text/plain
  if it cannot.
- Site: JupyterLite with the Pyodide kernel. Pyodide comes from the npm package, the pure-Python packages
  its kernel loads come from PyPI (their hashes in pyodide-lock.json are rewritten), and ipywidgets plus a
  wheel of pilaw built from this repository are offered to piplite. Fetching from PyPI at run time is
  switched off, so a page never reaches another host. Only pure-Python packages can run there:
  a notebook that imports a compiled package Pyodide does not ship in its core (matplotlib, numpy) fails
  in the site; the build prints a warning naming it.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import html
import http.server
import importlib.metadata
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
CACHE = ROOT / "build" / "cache"

# @jupyter-widgets/html-manager 1.0.15 is the release built against @jupyter-widgets/base ^6.0.12 and
# controls ^5.0.13, the versions inside jupyterlab_widgets 3.0.17 (ipywidgets 8.1.9). Bump both together.
HTML_MANAGER = ("@jupyter-widgets/html-manager", "1.0.15")
REQUIREJS = ("requirejs", "2.3.8")
# The files of html-manager's dist/ a page needs: the renderer and the icon fonts its CSS points at.
HTML_MANAGER_FILES = re.compile(r"^(embed-amd\.js|[0-9a-f]{20}\.(eot|svg|ttf|woff2?))$")
# Vega-Lite charts in handouts: vega-embed 6.29.0 wants vega ^5.21 (peer) and any vega-lite; vega-lite 5.23.0
# wants vega ^5.24. Their UMD builds (build/*.min.js) register as AMD modules "vega", "vega-lite" and
# "vega-embed" with the require.js on the page. Bump the three together.
VEGA = ("vega", "5.33.1")
VEGA_LITE = ("vega-lite", "5.23.0")
VEGA_EMBED = ("vega-embed", "6.29.0")
VEGA_BUILDS = {VEGA: "vega.min.js", VEGA_LITE: "vega-lite.min.js", VEGA_EMBED: "vega-embed.min.js"}
# The output mime types drawn with vega-embed, and the mode it is told to read them in.
VEGA_MIME_MODES = {"application/vnd.vegalite.v5+json": "vega-lite", "application/vnd.vega.v5+json": "vega"}

# What the Pyodide kernel loads from pyodide-lock.json when it starts (jupyterlite-pyodide-kernel 0.8.6:
# loadPackage("micropip"), then piplite.install of ipykernel, comm, pyodide-kernel, jedi, ipython), plus what
# ipywidgets needs. Only the ones the lock holds count; their dependencies in the lock are added.
KERNEL_NEEDS = ("micropip", "ipykernel", "comm", "pyodide-kernel", "jedi", "ipython", "traitlets")
# Offered to piplite (the notebooks' first cell installs ipywidgets and pilaw), at the versions in .venv.
PIPLITE_PACKAGES = ("comm", "ipywidgets", "jupyterlab_widgets", "opencc-python-reimplemented")
LITE_KERNEL = {"name": "python", "display_name": "Python (Pyodide)", "language": "python"}
# Metadata nbstripout removes besides outputs and execution counts (its command's defaults include these).
STRIPPED = ["metadata.widgets", "metadata.signature"]
# Federated extensions in .venv that have no use in JupyterLite.
LITE_DISABLED_EXTENSIONS = ["@voila-dashboards/jupyterlab-preview"]


def npm_packages_needed(kind: str) -> list[tuple[str, str]]:
    """The npm packages that `handouts` or `site` fetches (once) into build/cache/npm/."""
    if kind == "handouts":
        return [REQUIREJS, HTML_MANAGER, *VEGA_BUILDS]
    from jupyterlite_pyodide_kernel.constants import PYODIDE_VERSION

    return [("pyodide", PYODIDE_VERSION)]


def npm_ready(kind: str) -> bool:
    """True when npm is installed or everything `kind` needs from npm is already cached."""
    return shutil.which("npm") is not None or all(npm_tarball(*spec).is_file() for spec in npm_packages_needed(kind))


class PublishError(RuntimeError):
    """A step of the build failed; the message says which and what to do."""


def run(args: list[str], cwd: Path | None = None) -> None:
    done = subprocess.run(args, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=False)
    if done.returncode != 0:
        raise PublishError(f"command failed ({done.returncode}): {' '.join(args)}\n{done.stdout[-4000:]}")


def notebook_files(selection=None) -> list[Path]:
    """The notebooks to publish: the given ones, or every notebooks/*.ipynb in name order."""
    if selection:
        paths = [Path(p) if Path(p).is_absolute() or Path(p).exists() else NOTEBOOKS / p for p in selection]
    else:
        paths = sorted(NOTEBOOKS.glob("*.ipynb"))
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise PublishError(f"no such notebook: {', '.join(missing)}")
    if not paths:
        raise PublishError(f"no notebooks in {NOTEBOOKS}")
    return paths


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# ---------------------------------------------------------------------------------------------- cache


def npm_tarball(name: str, version: str, cache: Path = CACHE / "npm") -> Path:
    return cache / f"{name.lstrip('@').replace('/', '-')}-{version}.tgz"


def npm_package(name: str, version: str, cache: Path = CACHE / "npm") -> Path:
    """The npm tarball of name@version, fetched once with `npm pack` into build/cache/npm/."""
    tarball = npm_tarball(name, version, cache)
    if tarball.is_file():
        return tarball
    npm = shutil.which("npm")
    if npm is None:
        raise PublishError(f"npm is needed once to fetch {name}@{version} (install Node.js, e.g. apt-get install npm)")
    cache.mkdir(parents=True, exist_ok=True)
    run([npm, "pack", "--silent", "--pack-destination", str(cache), f"{name}@{version}"], cwd=cache)
    if not tarball.is_file():
        raise PublishError(f"npm pack {name}@{version} did not write {tarball.name}")
    return tarball


def unpack_npm(tarball: Path, dest: Path, keep=lambda relative: True) -> list[Path]:
    """Extract the files under package/ of an npm tarball into dest, keeping those `keep` accepts."""
    written = []
    with tarfile.open(tarball) as archive:
        for member in archive.getmembers():
            if not member.isfile() or not member.name.startswith("package/"):
                continue
            relative = Path(member.name[len("package/") :])
            if ".." in relative.parts or not keep(relative):
                continue
            target = dest / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.extractfile(member) as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out)
            written.append(target)
    return written


def cached_wheel(name: str, version: str, cache: Path) -> Path | None:
    for path in cache.glob("*.whl"):
        if path.name.lower().startswith(f"{re.sub(r'[-_.]+', '_', name).lower()}-{version}-"):
            return path
    return None


def pypi_wheels(pins: dict[str, str], cache: Path = CACHE / "pypi") -> dict[str, Path]:
    """Pure-Python wheels (py3-none-any) of name==version from PyPI, each fetched once into build/cache/pypi/."""
    cache.mkdir(parents=True, exist_ok=True)
    missing = [f"{name}=={version}" for name, version in pins.items() if cached_wheel(name, version, cache) is None]
    if missing:
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--disable-pip-version-check",
                "--no-deps",
                "--only-binary=:all:",
                "--python-version",
                "3.13",
                "--implementation",
                "py",
                "--abi",
                "none",
                "--platform",
                "any",
                "--dest",
                str(cache),
                *missing,
            ]
        )
    found = {name: cached_wheel(name, version, cache) for name, version in pins.items()}
    lost = [name for name, path in found.items() if path is None]
    if lost:
        raise PublishError(f"pip download gave no pure-Python wheel for {', '.join(lost)}")
    return found


# ------------------------------------------------------------------------------------------- handouts


def notebook_title(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return ""


def handout_static(static: Path) -> dict[str, str]:
    """Copy require.js, the widget renderer and vega/vega-lite/vega-embed into static/.

    Returns the exporter's URLs, relative to a page.
    """
    if static.exists():
        shutil.rmtree(static)
    unpack_npm(npm_package(*REQUIREJS), static, lambda r: r == Path("require.js"))
    unpack_npm(
        npm_package(*HTML_MANAGER),
        static / "html-manager",
        lambda r: r.parts[0] == "dist" and len(r.parts) == 2 and bool(HTML_MANAGER_FILES.match(r.name)),
    )
    for spec, build in VEGA_BUILDS.items():
        unpack_npm(npm_package(*spec), static / spec[0], lambda r, b=build: r in (Path("build", b), Path("LICENSE")))
    needed = ["require.js", "html-manager/dist/embed-amd.js"] + [f"{s[0]}/build/{b}" for s, b in VEGA_BUILDS.items()]
    for relative in needed:
        if not (static / relative).is_file():
            raise PublishError(f"{relative} is missing from the npm packages in {CACHE / 'npm'}")
    # MathJax and Mermaid are not bundled: a page that would load them gets this empty script instead of a CDN.
    (static / "not-bundled.js").write_text("/* MathJax and Mermaid are not bundled with the offline handouts. */\n")
    name = static.name
    return {
        "require_js_url": f"{name}/require.js",
        "widget_renderer_url": f"{name}/html-manager/dist/embed-amd.js",
        "mathjax_url": f"{name}/not-bundled.js",
        "mermaid_js_url": f"{name}/not-bundled.js",
        "mermaid_layout_elk_js_url": "",
        "jquery_url": f"{name}/not-bundled.js",
    }


VEGA_LOADER = """(function () {
  // The container and the spec are this script's two previous elements (the id is unique only per page:
  // a widget view drawn twice repeats it).
  var me = document.currentScript, block = me && me.previousElementSibling;
  var box = block && block.previousElementSibling;
  if (!box || !box.classList.contains("pilaw-vega")) {
    box = document.getElementById(%(id)s);
    block = document.getElementById(%(id)s + "-spec");
  }
  var fallback = box.querySelector(".pilaw-vega-fallback");
  fallback.hidden = true;
  function failed(error) {
    box.setAttribute("data-error", String(error && error.message || error));
    fallback.hidden = false;
    if (window.console) console.error("chart not drawn:", error);
  }
  function draw(vegaEmbed) {
    var spec = JSON.parse(block.textContent);
    vegaEmbed(box.querySelector(".pilaw-vega-chart"), spec, {mode: %(mode)s, actions: false, renderer: "svg"})
      .then(function () { fallback.remove(); box.setAttribute("data-drawn", "true"); }, failed);
  }
  var base = new URL(%(static)s + "/", document.baseURI).href;
  var files = {"vega": "vega/build/vega.min", "vega-lite": "vega-lite/build/vega-lite.min",
               "vega-embed": "vega-embed/build/vega-embed.min"};
  if (typeof requirejs === "function" && typeof define === "function" && define.amd) {
    var paths = {};
    for (var name in files) paths[name] = base + files[name];
    requirejs.config({paths: paths});
    requirejs(["vega-embed"], draw, failed);
    return;
  }
  // No AMD loader on the page: the same builds as plain scripts, loaded once for all charts, in order.
  window.pilawVegaEmbed = window.pilawVegaEmbed || ["vega", "vega-lite", "vega-embed"].reduce(function (ready, name) {
    return ready.then(function () {
      return new Promise(function (resolve, reject) {
        var script = document.createElement("script");
        script.src = base + files[name] + ".js";
        script.onload = resolve;
        script.onerror = function () { reject(new Error("cannot load " + script.src)); };
        document.head.appendChild(script);
      });
    });
  }, Promise.resolve()).then(function () { return window.vegaEmbed; });
  window.pilawVegaEmbed.then(draw, failed);
})();"""


def script_json(value) -> str:
    """value as JSON that is safe inside a <script> element: no "</script>", "<!--" or "]]>" can appear.

    Outside strings JSON has no <, > or &, so escaping them (and U+2028/U+2029) as \\uXXXX keeps the same value.
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    for char, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escaped)
    return text


def vega_output_html(spec, mode: str, fallback: str, element_id: str, static: str = "_static") -> str:
    """The HTML that draws a Vega-Lite (or Vega) spec with vega-embed from static/, with no other host involved.

    The spec is kept in a <script type="application/json"> block (escaped by script_json); the text/plain
    of the output stays in the container and shows if the chart cannot be drawn (or scripts are off).
    """
    loader = VEGA_LOADER % {"id": json.dumps(element_id), "mode": json.dumps(mode), "static": json.dumps(static)}
    return (
        f'<div class="pilaw-vega" id="{html.escape(element_id)}">'
        f'<div class="pilaw-vega-chart"></div>'
        f'<pre class="pilaw-vega-fallback">{html.escape(fallback)}</pre></div>\n'
        f'<script type="application/json" id="{html.escape(element_id)}-spec">{script_json(spec)}</script>\n'
        f"<script>\n{loader}\n</script>\n"
    )


def vega_output_to_html(output, element_id: str, static: str = "_static") -> bool:
    """Turn one output (a dict in nbformat's shape) holding a Vega-Lite v5 / Vega v5 spec into a text/html one.

    The text/plain is kept; the spec's mime type (and its metadata) is dropped, and a text/html already
    there (which would load the libraries from a CDN) is replaced. Returns whether the output was changed.
    """
    if output.get("output_type") not in ("display_data", "execute_result"):
        return False
    data = output.get("data", {})
    found = [mime for mime in VEGA_MIME_MODES if mime in data]
    if not found:
        return False
    spec = data[found[0]]
    if isinstance(spec, str):  # a spec stored as JSON text
        spec = json.loads(spec)
    fallback = data.get("text/plain", "")
    fallback = "".join(fallback) if isinstance(fallback, list) else str(fallback)
    for mime in found:
        del data[mime]
        output.get("metadata", {}).pop(mime, None)
    data["text/html"] = vega_output_html(spec, VEGA_MIME_MODES[found[0]], fallback or "(chart)", element_id, static)
    if fallback:
        data["text/plain"] = fallback
    return True


WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def vega_outputs_to_html(nb, static: str = "_static", prefix: str = "pilaw-vega") -> int:
    """Turn every Vega-Lite v5 / Vega v5 output of an executed notebook into text/html (vega_output_to_html).

    nbconvert's HTML export draws nothing for these mime types. Both the cells' outputs and the outputs
    kept in the saved state of Output widgets (a calculator's chart) are turned; the widget renderer shows
    an Output widget's text/html as trusted, so its script runs. Returns the number of outputs changed.
    """
    outputs = [output for cell in nb.cells if cell.cell_type == "code" for output in cell.get("outputs", [])]
    models = nb.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    for model in models.values():
        if model.get("model_name") == "OutputModel" and model.get("model_module") == "@jupyter-widgets/output":
            outputs += model.get("state", {}).get("outputs", [])
    count = 0
    for output in outputs:
        if vega_output_to_html(output, f"{prefix}-{count + 1}", static):
            count += 1
    return count


def execute(path: Path, timeout: int = 600):
    """Run a notebook top to bottom in a fresh kernel started in notebooks/; keep the widget state."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        store_widget_state=True,
        resources={"metadata": {"path": str(NOTEBOOKS)}},
    )
    try:
        client.execute()
    except CellExecutionError as error:
        plain = re.sub(r"\x1b\[[0-9;]*m", "", str(error))  # the traceback without terminal colours
        raise PublishError(f"{path.name} fails when run:\n{plain}") from None
    return nb


INDEX_PAGE = """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>个人信息保护法律课程 · Course handouts</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }}
li {{ margin: .4rem 0; }} code {{ background: #f3f3f3; padding: 0 .2rem; }} .note {{ color: #555; }}
</style>
</head>
<body>
<h1>个人信息保护法律课程 · Course handouts</h1>
<p class="note">每个笔记本都已运行，计算器显示的是示例的结果；这些页面没有内核，修改输入不会重新计算。
要动手计算，请使用课程网站或在课程文件夹中运行 <code>make lab</code>。<br>
Every notebook has been run, so each calculator shows its worked example. These pages have no kernel:
changing an input does not recompute. To try your own numbers, open the course site or run
<code>make lab</code> in the course folder.</p>
<ol>
{items}
</ol>
</body>
</html>
"""


LOCAL_NOTEBOOK_LINK = re.compile(r'href="([^":/?#]+)\.ipynb(#[^"]*)?"')


def handouts(out: Path = ROOT / "build" / "handouts", notebooks=None) -> list[Path]:
    """Run every notebook (or the given ones) and write out/NN_name.html plus out/index.html.

    The pages load only files under out/, so they can be copied to any static host or opened offline.
    Returns the handout pages in order; the index is out/index.html.
    """
    from nbconvert import HTMLExporter

    paths = notebook_files(notebooks)
    out = Path(out)
    if out.exists() and any(out.iterdir()) and not (out / "index.html").exists() and not (out / "_static").exists():
        raise PublishError(f"refusing to write handouts into {out}: it holds other files")
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.html"):
        old.unlink()
    exporter_static = out / "_static"
    exporter = HTMLExporter(template_name="lab", **handout_static(exporter_static))
    pages, items = [], []
    for path in paths:
        started = time.monotonic()
        nb = execute(path)
        vega_outputs_to_html(nb, static=exporter_static.name)
        title = notebook_title(nb) or path.stem
        nb.metadata["title"] = title
        body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
        body = LOCAL_NOTEBOOK_LINK.sub(r'href="\1.html\2"', body)  # a link to a notebook opens its handout
        page = out / f"{path.stem}.html"
        page.write_text(body, encoding="utf-8")
        pages.append(page)
        items.append(f'<li><a href="{page.name}">{html.escape(title)}</a> <span class="note">({page.name})</span></li>')
        print(
            f"handout {page.relative_to(out.parent) if out.parent in page.parents else page}"
            f"  {time.monotonic() - started:.1f} s",
            flush=True,
        )
    (out / "index.html").write_text(INDEX_PAGE.format(items="\n".join(items)), encoding="utf-8")
    return pages


# ----------------------------------------------------------------------------------------------- site


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def lock_closure(packages: dict, roots) -> list[str]:
    """The lock keys of roots (those the lock holds) and of everything they depend on, per the lock."""
    by_name = {normalize(key): key for key in packages}
    seen: list[str] = []
    stack = [by_name[normalize(r)] for r in roots if normalize(r) in by_name]
    while stack:
        key = stack.pop()
        if key in seen:
            continue
        seen.append(key)
        for dependency in packages[key].get("depends", []):
            if normalize(dependency) not in by_name:
                raise PublishError(f"pyodide-lock.json: {key} depends on {dependency}, which the lock lacks")
            stack.append(by_name[normalize(dependency)])
    return sorted(seen)


def prepare_pyodide(pyodide_dir: Path) -> list[str]:
    """Unpack Pyodide's core from npm into pyodide_dir, add the kernel's packages from PyPI, re-hash the lock."""
    from jupyterlite_pyodide_kernel.constants import PYODIDE_VERSION

    unpack_npm(
        npm_package("pyodide", PYODIDE_VERSION),
        pyodide_dir,
        lambda r: len(r.parts) == 1 and not r.name.endswith((".map", ".d.ts", ".html", ".md")),
    )
    lock_path = pyodide_dir / "pyodide-lock.json"
    lock = json.loads(lock_path.read_text())
    packages = lock["packages"]
    needed = lock_closure(packages, KERNEL_NEEDS)
    not_pure = [key for key in needed if not packages[key]["file_name"].endswith("-none-any.whl")]
    if not_pure:
        raise PublishError(f"the kernel needs packages PyPI has no pure-Python wheel for: {', '.join(not_pure)}")
    wheels = pypi_wheels({packages[key]["name"]: packages[key]["version"] for key in needed})
    for key in needed:
        wheel = wheels[packages[key]["name"]]
        shutil.copy2(wheel, pyodide_dir / wheel.name)
        packages[key]["file_name"] = wheel.name
        packages[key]["sha256"] = sha256(wheel)
    lock_path.write_text(json.dumps(lock, indent=1))
    return needed


def build_backend(cache: Path = CACHE / "build-backend") -> Path:
    """The wheels of pyproject.toml's build-system.requires, fetched once, so pilaw's wheel builds offline."""
    if not any(cache.glob("*.whl")):
        text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
        try:
            import tomllib

            requires = tomllib.loads(text)["build-system"]["requires"]
        except ImportError:  # Python 3.10
            requires = re.findall(r'"([^"]+)"', re.search(r"requires\s*=\s*\[([^]]*)\]", text).group(1))
        cache.mkdir(parents=True, exist_ok=True)
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--disable-pip-version-check",
                "--only-binary=:all:",
                "--dest",
                str(cache),
                *requires,
            ]
        )
    return cache


PACKAGE_SOURCES = ("pyproject.toml", "README.md", "LICENSE", "setup.cfg", "MANIFEST.in")


def package_sources() -> list[Path]:
    files = [ROOT / name for name in PACKAGE_SOURCES if (ROOT / name).is_file()]
    files += sorted(
        p
        for p in (ROOT / "lib").rglob("*")
        if p.is_file()
        and "__pycache__" not in p.parts
        and not any(part.endswith(".egg-info") for part in p.parts)
        and p.suffix != ".pyc"
    )
    return files


def pilaw_wheel(dest: Path, cache: Path = CACHE / "pilaw-wheel") -> Path:
    """A py3-none-any wheel of pilaw built from this repository (sources copied aside, the tree stays clean).

    The wheel is kept in build/cache/pilaw-wheel/ under a hash of pyproject.toml and lib/, and rebuilt
    only when one of them changed.
    """
    digest = hashlib.sha256()
    for path in package_sources():
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes() + b"\0")
    keyed = cache / digest.hexdigest()[:16]
    dest.mkdir(parents=True, exist_ok=True)
    ready = list(keyed.glob("pilaw-*.whl"))
    if len(ready) == 1:
        shutil.copy2(ready[0], dest / ready[0].name)
        return dest / ready[0].name
    if cache.exists():
        shutil.rmtree(cache)
    keyed.mkdir(parents=True)
    built = build_pilaw_wheel(keyed)
    shutil.copy2(built, dest / built.name)
    return dest / built.name


def build_pilaw_wheel(dest: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "src"
        source.mkdir()
        for name in PACKAGE_SOURCES:
            if (ROOT / name).is_file():
                shutil.copy2(ROOT / name, source / name)
        shutil.copytree(
            ROOT / "lib", source / "lib", ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
        )
        run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--quiet",
                "--disable-pip-version-check",
                "--no-deps",
                "--no-index",
                "--find-links",
                str(build_backend()),
                "-w",
                tmp,
                str(source),
            ]
        )
        built = list(Path(tmp).glob("pilaw-*.whl"))
        if len(built) != 1 or not built[0].name.endswith("-py3-none-any.whl"):
            raise PublishError(f"expected one pure-Python pilaw wheel, got {[p.name for p in built]}")
        target = dest / built[0].name
        shutil.copy2(built[0], target)
    return target


def lite_contents(dest: Path) -> list[Path]:
    """Copy notebooks/ into dest, stripped by nbstripout (students start from a clean notebook); the notebooks'
    kernelspec becomes Lite's `python` kernel (no kernel dialog)."""
    import nbformat
    from nbstripout import strip_output

    shutil.copytree(NOTEBOOKS, dest, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", ".*"))
    copied = sorted(dest.rglob("*.ipynb"))
    for path in copied:
        nb = strip_output(
            nbformat.read(path, as_version=4), keep_output=False, keep_count=False, keep_id=True, extra_keys=STRIPPED
        )
        nb.metadata["kernelspec"] = dict(LITE_KERNEL)
        nbformat.write(nb, path)
    return copied


STDLIB = set(getattr(sys, "stdlib_module_names", ()))
SITE_MODULES = {
    "pilaw",
    "ipywidgets",
    "IPython",
    "piplite",
    "pyodide",
    "js",
    "micropip",
    "comm",
    "traitlets",
    "pygments",
    "jedi",
    "decorator",
    "six",
    "wcwidth",
    "prompt_toolkit",
    "stack_data",
    "executing",
    "asttokens",
    "pure_eval",
    "matplotlib_inline",
    "parso",
    "jupyterlab_widgets",
    "widgetsnbextension",
}


def imports_missing_in_site(paths) -> dict[str, list[str]]:
    """Top-level modules a notebook imports that the site cannot provide (a warning, not an error)."""
    import nbformat

    found: dict[str, list[str]] = {}
    pattern = re.compile(r"^\s*(?:from\s+([A-Za-z_]\w*)[\w.]*\s+import|import\s+([A-Za-z_]\w*))", re.M)
    for path in paths:
        nb = nbformat.read(path, as_version=4)
        names = {a or b for cell in nb.cells if cell.cell_type == "code" for a, b in pattern.findall(cell.source)}
        bad = sorted(n for n in names if n not in STDLIB and n not in SITE_MODULES)
        if bad:
            found[path.name] = bad
    return found


def clear_output_dir(out: Path, *markers: str) -> None:
    """Remove a previous build at out; refuse a folder that holds something else (none of the markers)."""
    if not out.exists():
        return
    if any(out.iterdir()) and not any((out / marker).exists() for marker in markers):
        raise PublishError(
            f"refusing to empty {out}: it does not look like an earlier build (no {' or '.join(markers)})"
        )
    shutil.rmtree(out)


def site(out: Path = ROOT / "build" / "site") -> Path:
    """Build the JupyterLite (Pyodide) site of the course into out/; returns out.

    Open out/lab/index.html?path=00_start_here.ipynb through any static server that sends .wasm as
    application/wasm, such as Python's http.server (`tools/publish.py serve-site`). Nothing the pages load
    comes from another host.
    """
    out = Path(out).resolve()
    started = time.monotonic()
    work = ROOT / "build" / "site-work"
    clear_output_dir(out, "jupyter-lite.json")
    clear_output_dir(work, "lite", "contents")
    lite, contents, wheels = work / "lite", work / "contents", work / "wheels"
    lite.mkdir(parents=True)

    needed = prepare_pyodide(lite / "static" / "pyodide")
    versions = {name: importlib.metadata.version(name) for name in PIPLITE_PACKAGES}
    piplite = [*list(pypi_wheels(versions).values()), pilaw_wheel(wheels)]
    (lite / "jupyter-lite.json").write_text(
        json.dumps(
            {
                "jupyter-lite-schema-version": 0,
                "jupyter-config-data": {
                    "appName": "pilaw",
                    "disabledExtensions": LITE_DISABLED_EXTENSIONS,
                    "litePluginSettings": {
                        "@jupyterlite/pyodide-kernel-extension:kernel": {"disablePyPIFallback": True}
                    },
                },
            },
            indent=2,
        )
    )
    notebooks = lite_contents(contents)

    args = [
        sys.executable,
        "-m",
        "jupyterlite_core",
        "build",
        "--lite-dir",
        str(lite),
        "--contents",
        str(contents),
        "--output-dir",
        str(out),
    ]
    for wheel in piplite:
        args += ["--piplite-wheels", str(wheel)]
    run(args, cwd=work)
    check_site(out)
    for name, modules in imports_missing_in_site(notebooks).items():
        print(
            f"warning: {name} imports {', '.join(modules)}, which the site cannot load (pure-Python "
            "packages of Pyodide's kernel and pilaw only)",
            file=sys.stderr,
        )
    shutil.rmtree(work)
    print(
        f"site {out}  ({len(notebooks)} notebooks, {len(needed)} Pyodide packages, {time.monotonic() - started:.1f} s)",
        flush=True,
    )
    return out


def check_site(out: Path) -> None:
    """The built site points at its own Pyodide and never falls back to PyPI."""
    config = json.loads((out / "jupyter-lite.json").read_text())["jupyter-config-data"]
    settings = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    if not str(settings.get("pyodideUrl", "")).startswith("./"):
        raise PublishError(f"the site's pyodideUrl is not local: {settings.get('pyodideUrl')!r}")
    if settings.get("disablePyPIFallback") is not True:
        raise PublishError("the site would fetch packages from PyPI (disablePyPIFallback is not set)")


# ---------------------------------------------------------------------------------------------- serve


def serve(directory: Path, port: int = 0, host: str = "127.0.0.1") -> http.server.ThreadingHTTPServer:
    """Serve directory on host:port with Python's http.server (it sends .wasm as application/wasm) in a background
    thread; call .shutdown() to stop. port 0 picks a free port (read it from server.server_address[1])."""
    directory = Path(directory)
    if not directory.is_dir():
        raise PublishError(f"nothing to serve: {directory} does not exist (build it first)")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer((host, port), handler)
    threading.Thread(target=server.serve_forever, name=f"serve {directory.name}", daemon=True).start()
    return server


def serve_until_interrupted(directory: Path, port: int, first_page: str) -> int:
    """`python -m http.server` on loopback for a built folder, naming the page to open first."""
    if not Path(directory).is_dir():
        raise PublishError(f"nothing to serve: {directory} does not exist (build it first)")
    print(f"Open http://127.0.0.1:{port}/{first_page}  (Ctrl+C stops)", flush=True)
    command = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(directory)]
    try:
        return subprocess.call(command)
    except KeyboardInterrupt:
        return 0


# ------------------------------------------------------------------------------------------------ CLI


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="publish.py", description=__doc__.split("\n\n")[0])
    verbs = parser.add_subparsers(dest="verb", required=True)
    p = verbs.add_parser("handouts", help="executed notebooks as static HTML in build/handouts/")
    p.add_argument("--out", type=Path, default=ROOT / "build" / "handouts")
    p.add_argument("notebooks", nargs="*", help="notebook files or names in notebooks/ (default: all)")
    p = verbs.add_parser("site", help="the JupyterLite site in build/site/")
    p.add_argument("--out", type=Path, default=ROOT / "build" / "site")
    for verb, default, first in (
        ("serve-site", "site", "lab/index.html?path=00_start_here.ipynb"),
        ("serve-handouts", "handouts", "index.html"),
    ):
        p = verbs.add_parser(verb, help=f"serve build/{default}/ on 127.0.0.1")
        p.add_argument("--port", type=int, default=8000)
        p.add_argument("--dir", type=Path, default=ROOT / "build" / default)
        p.set_defaults(first=first)
    args = parser.parse_args(argv)
    try:
        if args.verb == "handouts":
            pages = handouts(args.out, args.notebooks or None)
            print(f"{len(pages)} handouts: {args.out / 'index.html'}")
        elif args.verb == "site":
            built = site(args.out)
            print(f"serve it: python tools/publish.py serve-site --dir {built}")
        else:
            return serve_until_interrupted(args.dir, args.port, args.first)
    except PublishError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
