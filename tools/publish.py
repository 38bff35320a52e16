#!/usr/bin/env python3
"""Publish the course for students who install nothing: static handouts and a JupyterLite site.

    python tools/publish.py handouts [--out DIR] [NOTEBOOK ...]   # build/handouts/: executed notebooks as HTML
    python tools/publish.py site [--out DIR]                      # build/site/: the course in the browser (Pyodide)
    python tools/publish.py serve-site [--port N] [--dir DIR]     # serve build/site on http://127.0.0.1:N/
    python tools/publish.py serve-handouts [--port N] [--dir DIR] # serve build/handouts the same way
    python tools/publish.py pdfs [--dir DIR] [PAGE ...]           # print the built handouts again as PDFs

Run it with the course's Python (.venv/bin/python). Both outputs are plain static folders that work with
no connection to any other host: every script the pages load is copied in. What they need is fetched once
from the npm registry (`npm pack`) and from PyPI (`pip download`) into build/cache/, so a rebuild is quick
and works offline.

- Handouts: every notebook is run in a fresh kernel (working directory notebooks/), then exported by
  nbconvert with the widget state embedded, so the worked examples show their results. The Chinese edition
  (notebooks/zh/, built by tools/edition.py) is run and exported the same way into zh/NN_name.html, its pages
  marked zh-Hans and reaching the same _static/ as ../_static/; links between the editions' start pages and
  between lessons open the handouts. Each Chinese page is also shown in traditional characters in zh-hant/
  (OpenCC s2hk, characters only; the statutes' official simplified text, the calculators and the charts as they
  are). The index page lists each edition (English, then 中文版, then 繁體中文). The widgets are
  drawn by @jupyter-widgets/html-manager and require.js from build/handouts/_static/, not from a CDN.
  There is no kernel behind a handout: typing into a calculator does not recompute it. Charts that are
  Vega-Lite v5 outputs (nbconvert draws nothing for that mime type), in a cell or in an Output widget,
  become an HTML output that draws the spec with vega-embed from _static/, showing the output's text/plain
  if it cannot.
  Each handout is also printed to NN_name.pdf (A4) by Debian's chromium through playwright, from the built page
  once its widgets and charts are drawn: one browser for all pages, the pages served on loopback, any request
  to another host refused. The print rules (PRINT_CSS) are written into every page, so printing from a browser
  uses them too. What is folded on screen (<details>: the guided questions' answers) stays folded: the
  PDF is the student's copy. Without chromium the PDFs are skipped with a warning.
  The index page has a search box over every handout's text, both editions', Chinese included: Pagefind's
  extended build (PyPI pagefind-bin-extended, pinned) splits the Chinese into words and indexes the pages into
  _static/pagefind/; the search runs in the page, from those files (the folder must be served, not opened
  from disk).
- Site: JupyterLite with the Pyodide kernel, both editions (notebooks/ is copied whole, zh/ included). Its root
  page, index.html, is the course's start page: one link per edition, to JupyterLab opened at that edition's
  start notebook (JupyterLite's own root page only forwards to lab/). The zh-CN language pack of JupyterLab
  is in the site too (api/translations/), so a reader can switch the menus to Chinese offline under Settings →
  Language; the site cannot choose the interface language per notebook, so it stays the reader's choice.
  Pyodide comes from the npm package, the pure-Python packages its kernel loads come from PyPI (their hashes
  in pyodide-lock.json are rewritten), and ipywidgets plus a wheel of pilaw built from this repository are
  offered to piplite. Fetching from PyPI at run time is
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
import secrets
import shutil
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
#: the Chinese edition, built from the English notebooks by tools/edition.py; its handouts go to zh/ of the output
CHINESE = NOTEBOOKS / "zh"
#: the editions as the index page and the site's start page name them, English first
EDITIONS = {"en": "English edition", "zh": "中文版"}
#: the traditional display of the Chinese handouts (zh-hant/ of the output), listed after the two editions
TRADITIONAL = ("zh-hant", "繁體中文（由中文版自動轉換）")
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
    """The notebooks to publish: the given ones (a name in notebooks/, such as zh/10_administrative_fines.ipynb, or a
    file), or every notebooks/*.ipynb in name order."""
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


def chinese_editions(paths: list[Path]) -> list[Path]:
    """The Chinese notebooks (notebooks/zh/NAME) of those of paths that are English notebooks of the course and have
    one, in the same order, leaving out any that paths names already."""
    given = {path.resolve() for path in paths}
    found = [CHINESE / path.name for path in paths if path.resolve().parent == NOTEBOOKS.resolve()]
    return [path for path in found if path.is_file() and path.resolve() not in given]


def edition_of(path: Path) -> str:
    """zh for a notebook of notebooks/zh/, en for any other."""
    return "zh" if Path(path).resolve().parent == CHINESE.resolve() else "en"


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


REVEAL = re.compile(r"<details>(\s*<summary>.*?</summary>)(.*?)</details>", re.S)


def fold_reveals(nb) -> dict[str, str]:
    """Keep the guided questions' answers inside their <details> in the handout.

    A reveal written in a notebook's Markdown as <details><summary>…</summary>, a blank line, the answer in
    Markdown, </details> is drawn open by nbconvert's Markdown renderer: the HTML block ends at the blank line,
    so </li> closes the <details> and the answer shows beneath it. Each such reveal is swapped for a token that
    Markdown leaves alone; the returned map gives each token its HTML (the answer rendered on its own), to be put
    back into the exported page by unfold_reveals.
    """
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    reveals: dict[str, str] = {}

    def swap(match) -> str:
        summary, body = match.group(1), match.group(2)
        if "\n\n" not in body.replace("\r\n", "\n"):
            return match.group(0)  # a one-paragraph reveal is drawn closed already
        token = f"pilawreveal{len(reveals)}x{secrets.token_hex(4)}"
        reveals[token] = f"<details>{summary.strip()}{markdown2html_mistune(body.strip()).strip()}</details>"
        return token

    for cell in nb.cells:
        if cell.cell_type == "markdown" and "<details>" in cell.source:
            cell.source = REVEAL.sub(swap, cell.source)
    return reveals


def unfold_reveals(page: str, reveals: dict[str, str]) -> str:
    for token, markup in reveals.items():
        if token not in page:
            raise PublishError(f"a guided question's answer was lost on export ({token})")
        # the token ends a paragraph (a question's), or is one: the <details> goes after it, not inside
        page = page.replace(f"<p>{token}</p>", markup).replace(f"{token}</p>", f"</p>{markup}")
        page = page.replace(token, markup)
    return page


def execute(path: Path, timeout: int = 600):
    """Run a notebook top to bottom in a fresh kernel started in notebooks/ (a Chinese one in notebooks/zh/, as
    JupyterLab runs it); keep the widget state."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=timeout,
        kernel_name="python3",
        store_widget_state=True,
        resources={"metadata": {"path": str(CHINESE if edition_of(path) == "zh" else NOTEBOOKS)}},
    )
    try:
        client.execute()
    except CellExecutionError as error:
        plain = re.sub(r"\x1b\[[0-9;]*m", "", str(error))  # the traceback without terminal colours
        raise PublishError(f"{path.name} fails when run:\n{plain}") from None
    return nb


# ------------------------------------------------------------------------------------------ print (PDF)

# Written into every handout page: the PDFs and a browser's own printing use the same A4 rules. Colours stay
# (their contrast on white is AA, and contrast is a matter of lightness, so it holds in black and white);
# backgrounds are printed so that text on a coloured box keeps its box. <details> print as they are on screen.
PRINT_CSS = """@page { size: A4; margin: 14mm 13mm 16mm; }
html, body { background: #fff !important; }
main { padding: 0 !important; margin: 0 !important; max-width: none !important; }
/* each level-2 section starts a page; no heading is left alone at the foot of one */
h2 { break-before: page; }
.jp-Cell:first-child h2, h1 + h2 { break-before: auto; }
h1, h2, h3, h4, h5, h6 { break-after: avoid-page; break-inside: avoid-page; }
.jp-Cell:has(.jp-RenderedMarkdown > :is(h1, h2, h3, h4, h5, h6):last-child) { break-after: avoid-page; }
p, li { orphans: 3; widows: 3; }
/* no break inside a table row, a calculator, a chart or a figure (the PDF lets one taller than a page break
   between its parts: .pilaw-tall); a calculator's boxes stay together and with the start of its result */
tr, th, td, .jupyter-widgets, .widget-box, .widget-html, .pilaw-vega, .vega-embed, figure, img, svg,
.jp-OutputArea-child { break-inside: avoid-page; }
.widget-box > .widget-inline-hbox:not(.widget-html), .widget-box > .widget-button { break-after: avoid-page; }
.pilaw-tall { break-inside: auto !important; }
thead { display: table-header-group; }
table { max-width: 100%; }
/* nothing runs off the page's edge */
pre, code { white-space: pre-wrap !important; overflow-wrap: anywhere; }
.jp-OutputArea-output, .jp-RenderedHTMLCommon, .widget-html-content { overflow: visible !important; }
.vega-embed svg, img { max-width: 100% !important; height: auto !important; }
.jupyter-widgets, .widget-box, .widget-inline-hbox > * { max-width: 100%; }
.widget-inline-hbox { flex-wrap: wrap; }
/* links: underlined, and a link to another site shows its address */
a { text-decoration: underline !important; }
a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 85%; overflow-wrap: anywhere; }
.pilaw-printing a[data-print-href]::after { content: " <" attr(data-print-href) ">"; }
/* a code cell's source stays with the start of its output */
.jp-CodeCell:has(.jp-OutputArea-child) > .jp-Cell-inputWrapper { break-after: avoid-page; }
a.anchor-link, .jp-Collapser { display: none !important; }
"""
PRINT_STYLE = f'<style media="print" id="pilaw-print">\n{PRINT_CSS}</style>\n'


def with_print_style(page: str) -> str:
    """The exported page with PRINT_CSS at the end of its <head> (after the template's own styles)."""
    if "</head>" not in page:
        raise PublishError("the exported page has no </head> to put the print style in")
    return page.replace("</head>", PRINT_STYLE + "</head>", 1)


# The launch options of the browser tests (tests/browser/conftest.py): headless Debian chromium, nothing that
# phones home.
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
# True once the html-manager has drawn every widget view (its <div class="widget-subarea"> sits just before the
# view's script) and every Vega chart has been drawn (or has given up and shows its text).
PAGE_DRAWN = """() => {
  const views = [...document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]')];
  const drawn = views.every(view => {
    const area = view.previousElementSibling;
    return area && area.classList.contains('widget-subarea') && area.childElementCount > 0;
  });
  const charts = [...document.querySelectorAll('.pilaw-vega')];
  return drawn && charts.every(chart => chart.hasAttribute('data-drawn') || chart.hasAttribute('data-error'));
}"""
# The A4 page less PRINT_CSS's margins, in CSS pixels: the layout the PDF is measured in.
PRINT_WIDTH, PRINT_HEIGHT = round((210 - 26) * 96 / 25.4), round((297 - 30) * 96 / 25.4)
# A block that must not break but is taller than a page would leave the rest of the page before it empty and
# break anyway: such blocks may break between their parts.
TALL_BLOCKS = """(height) => {
  const blocks = document.querySelectorAll(
    'tr, .jupyter-widgets, .widget-box, .widget-html, .pilaw-vega, .vega-embed, figure, .jp-OutputArea-child');
  for (const block of blocks) {
    if (block.getBoundingClientRect().height > height) block.classList.add('pilaw-tall');
  }
}"""
# In the PDF a link's address is printed decoded (法律 rather than %E6%B3%95%E5%BE%8B).
READABLE_ADDRESSES = """() => {
  for (const link of document.querySelectorAll('a[href^="http"]')) {
    try { link.setAttribute('data-print-href', decodeURI(link.href)); } catch (error) { /* kept as it is */ }
  }
  document.documentElement.classList.add('pilaw-printing');
}"""
PDF_FOOTER = (
    '<div style="font-size:8px; width:100%; padding:0 13mm; font-family:sans-serif; color:#000; display:flex;">'
    '<span class="title" style="flex:1"></span><span><span class="pageNumber"></span> / '
    '<span class="totalPages"></span></span></div>'
)


def chromium() -> str | None:
    """Debian's chromium (or chromium-browser), as the browser tests use it; None when there is none."""
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def print_pdfs(directory: Path, names: list[str], timeout: float = 60) -> list[Path]:
    """Print the built handout pages `names` of directory/ to directory/NAME.pdf, in one headless chromium.

    The folder is served on loopback; a page is printed once PAGE_DRAWN holds, its fonts are loaded and its
    content has stopped changing. A request to any other host is refused and fails the build.
    """
    from playwright.sync_api import sync_playwright

    browser_path = chromium()
    if browser_path is None:
        raise PublishError("printing the handouts needs chromium (apt-get install chromium)")
    server = serve(directory, quiet=True)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    blocked: list[str] = []

    def guard(route) -> None:
        url = route.request.url
        host = url.split("/")[2].split(":")[0] if "://" in url else ""
        if host in ("127.0.0.1", "localhost") or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    written = []
    try:
        with sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path=browser_path, headless=True, args=CHROMIUM_ARGS)
            try:
                context = browser.new_context(viewport={"width": PRINT_WIDTH, "height": PRINT_HEIGHT})
                context.route("**/*", guard)
                page = context.new_page()
                page.emulate_media(media="print")
                errors: list[str] = []
                page.on("pageerror", lambda error: errors.append(str(error)))
                for name in names:
                    started = time.monotonic()
                    errors.clear()
                    page.goto(f"{base}/{name}", wait_until="load")
                    try:
                        page.wait_for_function(PAGE_DRAWN, timeout=timeout * 1000)
                    except Exception:
                        raise PublishError(
                            f"{name}: its widgets or charts were not drawn within {timeout:.0f} s"
                            + (f" (page errors: {'; '.join(errors)})" if errors else "")
                        ) from None
                    page.evaluate("() => document.fonts.ready.then(() => true)")
                    settle(page)
                    page.evaluate(READABLE_ADDRESSES)
                    page.evaluate(TALL_BLOCKS, PRINT_HEIGHT)
                    if blocked:
                        raise PublishError(f"{name} asked for files from another host: {', '.join(blocked)}")
                    target = directory / Path(name).with_suffix(".pdf")
                    page.pdf(
                        path=str(target),
                        prefer_css_page_size=True,
                        print_background=True,
                        display_header_footer=True,
                        header_template="<div></div>",
                        footer_template=PDF_FOOTER,
                        outline=True,
                        tagged=True,
                    )
                    unradical_pdf(target)
                    written.append(target)
                    print(
                        f"pdf {Path(name).with_suffix('.pdf').as_posix()}  {target.stat().st_size / 1e6:.1f} MB  "
                        f"{time.monotonic() - started:.1f} s",
                        flush=True,
                    )
            finally:
                browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return written


def settle(page, quiet: float = 0.3, limit: float = 5.0) -> None:
    """Wait until the page's element count has not changed for `quiet` seconds (at most `limit` seconds)."""
    deadline = time.monotonic() + limit
    count = page.evaluate("() => document.getElementsByTagName('*').length")
    while time.monotonic() < deadline:
        page.wait_for_timeout(quiet * 1000)
        now = page.evaluate("() => document.getElementsByTagName('*').length")
        if now == count:
            return
        count = now


# Noto Sans CJK draws 人 and the Kangxi radical ⼈ (U+2F08) with one glyph, and chromium's PDF names that glyph
# by the radical in the font's ToUnicode map: the PDF shows 个人信息 but copying or searching it gives 个⼈信息.
# The handouts hold no radicals of their own, so these maps are rewritten to the ideographs: the Kangxi radicals
# by NFKC, the CJK Radicals Supplement (which NFKC leaves alone) by this table, Unicode's
# EquivalentUnifiedIdeograph.txt for U+2E81..U+2EF3 (radical:ideograph, in hexadecimal).
RADICAL = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")
RADICALS_SUPPLEMENT = """
2E81:5382 2E82:4E5B 2E83:4E5A 2E84:4E59 2E85:4EBB 2E86:5182 2E87:20628 2E88:5200 2E89:5202 2E8A:535C 2E8B:353E
2E8C:5C0F 2E8D:5C0F 2E8E:5140 2E8F:5C23 2E90:5C22 2E91:21BC2 2E92:5DF3 2E93:5E7A 2E94:5F51 2E95:5F50 2E96:5FC4
2E97:5FC3 2E98:624C 2E99:6535 2E9B:65E1 2E9C:65E5 2E9D:6708 2E9E:6B7A 2E9F:6BCD 2EA0:6C11 2EA1:6C35 2EA2:6C3A
2EA3:706C 2EA4:722B 2EA5:722B 2EA6:4E2C 2EA7:725B 2EA8:72AD 2EA9:738B 2EAA:24D14 2EAB:76EE 2EAC:793A 2EAD:793B
2EAE:25AD7 2EAF:7CF9 2EB0:7E9F 2EB1:7F53 2EB2:7F52 2EB3:34C1 2EB4:5197 2EB5:2626B 2EB6:7F8A 2EB7:2634C
2EB8:2634B 2EB9:8002 2EBA:8080 2EBB:807F 2EBC:8089 2EBD:26951 2EBE:8279 2EBF:8279 2EC0:8279 2EC1:864E
2EC2:8864 2EC3:8980 2EC4:897F 2EC5:89C1 2EC6:89D2 2EC7:278B2 2EC8:8BA0 2EC9:8D1D 2ECA:27FB7 2ECB:8F66
2ECC:8FB6 2ECD:8FB6 2ECE:8FB6 2ECF:9091 2ED0:9485 2ED1:9577 2ED2:9578 2ED3:957F 2ED4:95E8 2ED5:28E0F 2ED6:961D
2ED7:96E8 2ED8:9752 2ED9:97E6 2EDA:9875 2EDB:98CE 2EDC:98DE 2EDD:98DF 2EDE:2967F 2EDF:98E0 2EE0:9963
2EE1:29810 2EE2:9A6C 2EE3:9AA8 2EE4:9B3C 2EE5:9C7C 2EE6:9E1F 2EE7:5364 2EE8:9EA6 2EE9:9EC4 2EEA:9EFE 2EEB:6589
2EEC:9F50 2EED:6B6F 2EEE:9F7F 2EEF:7ADC 2EF0:9F99 2EF1:9F9C 2EF2:4E80 2EF3:9F9F
"""
IDEOGRAPH_OF = {chr(int(r, 16)): chr(int(i, 16)) for r, i in (pair.split(":") for pair in RADICALS_SUPPLEMENT.split())}


def ideograph(radical: str) -> str:
    """The unified ideograph a CJK radical looks like (itself when there is none)."""
    return IDEOGRAPH_OF.get(radical) or unicodedata.normalize("NFKC", radical)


CMAP_CHARS = re.compile(rb"\d+\s+beginbfchar(.*?)endbfchar", re.S)
CMAP_RANGES = re.compile(rb"\d+\s+beginbfrange(.*?)endbfrange", re.S)
HEX = rb"<([0-9A-Fa-f]+)>"


def _cmap_text(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be", errors="surrogatepass")


def _cmap_hex(text: str) -> bytes:
    return text.encode("utf-16-be", errors="surrogatepass").hex().upper().encode()


def unradical_cmap(data: bytes) -> bytes | None:
    """A ToUnicode CMap with every radical it maps to replaced by its ideograph; None if it maps to none."""
    chars = CMAP_CHARS.findall(data)
    ranges = CMAP_RANGES.findall(data)
    mapping: list[tuple[bytes, str]] = []
    for block in chars:
        mapping += [(code, _cmap_text(text)) for code, text in re.findall(HEX + rb"\s*" + HEX, block)]
    for block in ranges:
        for first, last, target in re.findall(HEX + rb"\s*" + HEX + rb"\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])", block):
            width, start, end = len(first), int(first, 16), int(last, 16)
            codes = [f"{code:0{width}X}".encode() for code in range(start, end + 1)]
            if target.startswith(b"["):
                mapping += zip(codes, [_cmap_text(t) for t in re.findall(HEX, target)], strict=False)
            else:
                base = _cmap_text(target[1:-1])
                mapping += [(code, base[:-1] + chr(ord(base[-1]) + i)) for i, code in enumerate(codes)]
    if not any(RADICAL.search(text) for _, text in mapping):
        return None
    fixed = [(code, RADICAL.sub(lambda m: ideograph(m.group()), text)) for code, text in mapping]
    body = b""
    for at in range(0, len(fixed), 100):  # a CMap block holds at most 100 entries
        chunk = fixed[at : at + 100]
        entries = b"".join(b"<" + code + b"> <" + _cmap_hex(text) + b">\n" for code, text in chunk)
        body += f"{len(chunk)} beginbfchar\n".encode() + entries + b"endbfchar\n"
    spans = [m.span() for m in (*CMAP_CHARS.finditer(data), *CMAP_RANGES.finditer(data))]
    start, end = min(a for a, _ in spans), max(b for _, b in spans)
    return data[:start] + body + data[end:]


def unradical_pdf(path: Path) -> int:
    """Rewrite, in place, the ToUnicode maps of a PDF's fonts that map glyphs to CJK radicals; returns how many."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    writer = PdfWriter(clone_from=str(path))
    seen: set[int] = set()
    changed = 0
    stack: list = [writer.root_object]
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            if item.idnum in seen:
                continue
            seen.add(item.idnum)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if "/ToUnicode" in item:
                stream = item["/ToUnicode"].get_object()
                fixed = unradical_cmap(stream.get_data())
                if fixed is not None:
                    stream.set_data(fixed)
                    changed += 1
            stack += [value for key, value in item.items() if key not in ("/Parent", "/ToUnicode")]
        elif isinstance(item, ArrayObject):
            stack += list(item)
    if changed:
        with open(path, "wb") as out:
            writer.write(out)
    return changed


def print_handouts(directory: Path, pages: list[Path]) -> list[Path]:
    """print_pdfs in a process of its own (playwright's sync API cannot start inside a running one), one
    browser for all pages. Returns the PDFs; without chromium, none, with a warning."""
    if chromium() is None:
        print("warning: no PDFs of the handouts: chromium is missing (apt-get install chromium)", file=sys.stderr)
        return []
    names = [page.relative_to(directory).as_posix() for page in pages]
    command = [sys.executable, str(Path(__file__).resolve()), "pdfs", "--dir", str(directory), *names]
    if subprocess.run(command, check=False).returncode != 0:
        raise PublishError(f"printing the handouts failed (see above): {' '.join(command)}")
    return [page.with_suffix(".pdf") for page in pages]


# ----------------------------------------------------------------------------------------------- search

# Pagefind's extended build segments Chinese into words when it indexes (the plain build cannot); in the
# browser, pagefind.js splits a Chinese query with Intl.Segmenter. The whole course, both editions, is indexed as
# one language, zh: Pagefind keeps one index per page language and a search box searches the index of its own
# page's language, and the English handouts are pages full of Chinese (the Chinese ones are marked zh-Hans).
# English words stay whole under zh (they are not stemmed). Code cells' source, the headings' ¶ anchors and the
# guided questions' answers (<details> in the text) are not indexed: a search must not reveal an answer before the
# question was tried.
SEARCH_LANGUAGE = "zh"
SEARCH_EXCLUDED = (".jp-CodeCell .jp-InputArea", ".jp-RenderedMarkdown details", "a.anchor-link")
SEARCH_BUNDLE = "pagefind"  # under _static/


def pagefind_binary() -> Path:
    try:
        from pagefind_bin_extended import get_executable
    except ImportError:
        raise PublishError(
            "the handouts' search needs Pagefind's extended build: "
            ".venv/bin/pip install -r requirements.txt -c constraints.txt"
        ) from None
    return Path(get_executable())


def search_index(out: Path, pages: list[Path]) -> Path:
    """Index the text of the handout pages into out/_static/pagefind/ (the index page itself is left out)."""
    escape = re.compile(r"([\\{}\[\]*?,])")
    names = [escape.sub(r"\\\1", page.relative_to(out).as_posix()) for page in pages]
    glob = names[0] if len(names) == 1 else "{" + ",".join(names) + "}"
    bundle = out / "_static" / SEARCH_BUNDLE
    if bundle.exists():
        shutil.rmtree(bundle)
    args = [str(pagefind_binary()), "--site", str(out), "--glob", glob, "--output-path", str(bundle)]
    args += ["--force-language", SEARCH_LANGUAGE, "--quiet"]
    for selector in SEARCH_EXCLUDED:
        args += ["--exclude-selectors", selector]
    run(args)
    if not (bundle / "pagefind-ui.js").is_file() or not (bundle / "pagefind-entry.json").is_file():
        raise PublishError(f"pagefind wrote no search bundle into {bundle}")
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    indexed = sum(language.get("page_count", 0) for language in entry.get("languages", {}).values())
    if indexed != len(pages):
        raise PublishError(f"pagefind indexed {indexed} pages, not the {len(pages)} handouts")
    return bundle


SEARCH_BOX = """<section aria-labelledby="search-title">
<h2 id="search-title">搜索 · Search</h2>
<div id="search"></div>
<p class="note" id="search-unavailable" hidden>搜索需要通过网址打开这些页面（例如 <code>make serve-handouts</code>），
直接从磁盘打开时不可用。<br>The search works when the pages are served (any static host, or
<code>make serve-handouts</code>), not when opened from disk.</p>
</section>
<script src="_static/pagefind/pagefind-ui.js"></script>
<script>
(function () {
  function start() {
    if (location.protocol === "file:" || typeof PagefindUI !== "function") {
      document.getElementById("search-unavailable").hidden = false;
      return;
    }
    // Pagefind's result addresses start at the site's root; the handouts may sit in a folder of a site.
    new PagefindUI({element: "#search", showSubResults: true, showImages: false, excerptLength: 24,
                    baseUrl: new URL(".", location.href).pathname,
                    translations: {placeholder: "搜索全部讲义 · Search every handout"}});
    // the box is named by the section's heading, not by its placeholder alone
    var box = document.querySelector("#search input");
    if (box) box.setAttribute("aria-labelledby", "search-title");
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
</script>"""


INDEX_PAGE = """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>个人信息保护法律课程 · Course handouts</title>
<style>
body {{ font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }}
li {{ margin: .4rem 0; }} code {{ background: #f3f3f3; padding: 0 .2rem; }} .note {{ color: #555; }}
h2 {{ font-size: 1.2rem; margin-top: 2rem; }} h3 {{ font-size: 1rem; margin-bottom: 0; }}
</style>
{search_head}
</head>
<body>
<main>
<h1>个人信息保护法律课程 · Course handouts</h1>
<p class="note">每个笔记本都已运行，计算器显示的是示例的结果；这些页面没有内核，修改输入不会重新计算。
要动手计算，请使用课程网站或在课程文件夹中运行 <code>make lab</code>。<br>
Every notebook has been run, so each calculator shows its worked example. These pages have no kernel:
changing an input does not recompute. To try your own numbers, open the course site or run
<code>make lab</code> in the course folder.</p>
{editions}
{search}
{prints}
</main>
</body>
</html>
"""


PRINTS = """<section aria-labelledby="print-title">
<h2 id="print-title">打印 · Print</h2>
<p class="note">每份讲义的 A4 PDF，计算器显示示例的结果；折叠的内容（思考题的答案）保持折叠，这是学生版。<br>
Each handout as an A4 PDF, its calculators showing their worked example. What is folded on screen (the guided
questions' answers) stays folded: this is the student's copy.</p>
{lists}
</section>"""


def edition_heading(edition: str) -> str:
    """An edition's name, marked with its language when that is English (the pages around it are zh-Hans)."""
    name = html.escape({**EDITIONS, TRADITIONAL[0]: TRADITIONAL[1]}[edition])
    return f'<span lang="en">{name}</span>' if edition == "en" else name


def index_page(entries: list[tuple[str, str, str]], pdfs: dict[str, Path], search: bool) -> str:
    """The index page: entries are (edition, page, title) per handout in order, page its address in the folder
    (zh/NN_name.html for the Chinese edition); one list per edition, English first. pdfs: page → its PDF, when
    printed."""
    editions, prints = [], []
    for edition in [*EDITIONS, TRADITIONAL[0]]:
        mine = [(page, title) for ed, page, title in entries if ed == edition]
        if not mine:
            continue
        items = "\n".join(
            f'<li><a href="{html.escape(page)}">{html.escape(title)}</a> '
            f'<span class="note">({html.escape(page)})</span></li>'
            for page, title in mine
        )
        editions.append(
            f'<section aria-labelledby="edition-{edition}">\n'
            f'<h2 id="edition-{edition}">{edition_heading(edition)}</h2>\n'
            f'<ol class="handouts" data-edition="{edition}">\n{items}\n</ol>\n</section>'
        )
        printed = [(page, title, pdfs[page]) for page, title in mine if page in pdfs]
        if printed:
            listed = "\n".join(
                f'<li><a href="{html.escape(Path(page).with_suffix(".pdf").as_posix())}">{html.escape(title)}</a> '
                f'<span class="note">(PDF, {pdf.stat().st_size / 1e6:.1f} MB)</span></li>'
                for page, title, pdf in printed
            )
            prints.append(
                f'<h3>{edition_heading(edition)}</h3>\n<ul class="pdfs" data-edition="{edition}">\n{listed}\n</ul>'
            )
    return INDEX_PAGE.format(
        editions="\n".join(editions),
        search_head=f'<link rel="stylesheet" href="_static/{SEARCH_BUNDLE}/pagefind-ui.css">' if search else "",
        search=SEARCH_BOX if search else "",
        prints=PRINTS.format(lists="\n".join(prints)) if prints else "",
    )


# A link to a notebook of the course (lesson to lesson, or between the editions: zh/NN_name.ipynb, ../NN_name.ipynb);
# no scheme, no host, no absolute path.
LOCAL_NOTEBOOK_LINK = re.compile(r'href="([^":/?#][^":?#]*)\.ipynb(#[^"]*)?"')


def relative_urls(urls: dict[str, str], prefix: str) -> dict[str, str]:
    """The exporter's URLs of handout_static, for a page in a folder below the one that holds _static/."""
    return {key: f"{prefix}{url}" if url else url for key, url in urls.items()}


def handout_page(path: Path, exporter, static: str, lang: str) -> tuple[str, str]:
    """Run one notebook and export it: (the page's HTML, its title). static: _static/ as the page reaches it."""
    nb = execute(path)
    vega_outputs_to_html(nb, static=static)
    reveals = fold_reveals(nb)
    title = notebook_title(nb) or path.stem
    nb.metadata["title"] = title
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": path.stem}})
    body = unfold_reveals(body, reveals)
    # a link to a notebook opens its handout (a guided question's answer, put back just now, included)
    body = LOCAL_NOTEBOOK_LINK.sub(r'href="\1.html\2"', body)
    if lang != "en":
        if '<html lang="en">' not in body:
            raise PublishError(f"{path.name}: the exported page has no <html lang> to set")
        body = body.replace('<html lang="en">', f'<html lang="{lang}">', 1)
    return with_print_style(body), title


def handouts(
    out: Path = ROOT / "build" / "handouts", notebooks=None, pdfs: bool = True, chinese: bool = True
) -> list[Path]:
    """Run every notebook (or the given ones) and write out/NN_name.html plus out/index.html; with chinese (the
    default), the Chinese edition of each English notebook of the course too, as out/zh/NN_name.html.

    Each page is then printed to a PDF beside it (unless pdfs is false, or chromium is missing) and the pages'
    text, both editions', is indexed for the index page's search box (out/_static/pagefind/). The index lists
    each edition's handouts. The pages load only files under out/ (the Chinese ones reach ../_static/), so they
    can be copied to any static host or opened offline (the search needs them served).
    Returns the handout pages in order, English first; the index is out/index.html.
    """
    from nbconvert import HTMLExporter

    paths = notebook_files(notebooks)
    if chinese:
        paths += chinese_editions(paths)
    out = Path(out)
    if out.exists() and any(out.iterdir()) and not (out / "index.html").exists() and not (out / "_static").exists():
        raise PublishError(f"refusing to write handouts into {out}: it holds other files")
    out.mkdir(parents=True, exist_ok=True)
    for old in [*out.glob("*.html"), *out.glob("*.pdf"), *out.glob("zh*/*.html"), *out.glob("zh/*.pdf")]:
        old.unlink()
    exporter_static = out / "_static"
    urls = handout_static(exporter_static)
    exporters = {
        "en": (HTMLExporter(template_name="lab", **urls), exporter_static.name, "en", out),
        "zh": (
            HTMLExporter(template_name="lab", **relative_urls(urls, "../")),
            f"../{exporter_static.name}",
            "zh-Hans",
            out / "zh",
        ),
    }
    pages, entries = [], []
    for path in paths:
        started = time.monotonic()
        exporter, static, lang, folder = exporters[edition_of(path)]
        body, title = handout_page(path, exporter, static, lang)
        folder.mkdir(exist_ok=True)
        page = folder / f"{path.stem}.html"
        page.write_text(body, encoding="utf-8")
        pages.append(page)
        entries.append((edition_of(path), page.relative_to(out).as_posix(), title))
        print(
            f"handout {page.relative_to(out.parent) if out.parent in page.parents else page}"
            f"  {time.monotonic() - started:.1f} s",
            flush=True,
        )
    from pilaw.teaching.sources import to_traditional_hk

    traditional = out / TRADITIONAL[0]
    for page in [p for p in pages if p.parent == out / "zh"]:
        traditional.mkdir(exist_ok=True)
        shown = traditional / page.name
        shown.write_text(traditional_page(page.read_text(encoding="utf-8")), encoding="utf-8")
        title = next(t for ed, p, t in entries if p == page.relative_to(out).as_posix())
        entries.append((TRADITIONAL[0], shown.relative_to(out).as_posix(), to_traditional_hk(title)))
    started = time.monotonic()
    search_index(out, pages)
    print(f"search index {len(pages)} pages  {time.monotonic() - started:.1f} s", flush=True)
    printed = print_handouts(out, pages) if pdfs else []
    by_page = {pdf.with_suffix(".html").relative_to(out).as_posix(): pdf for pdf in printed}
    (out / "index.html").write_text(index_page(entries, by_page, search=True), encoding="utf-8")
    return pages


# ----------------------------------------------------------------------------------- traditional display

# A page's parts: comments, scripts and styles whole (the widgets' saved state is left as it is), tags, and the text
# between them.
_PARTS = re.compile(r"(<!--.*?-->|<script\b.*?</script>|<style\b.*?</style>|<[^>]+>)", re.S | re.I)
TRADITIONAL_NOTE = (
    '<div lang="zh-Hant" style="border:1px solid #888;padding:6px 10px;margin:8px;font-size:14px">'
    "本頁由中文版以OpenCC（s2hk，只轉換字形，不轉換用語）轉換為繁體字，供港澳台及海外讀者閱讀。"
    "法律條文保持官方公佈的簡體中文原文；計算器和圖表仍以簡體中文顯示。以簡體中文版為準。</div>"
)
OFFICIAL_NOTE = '<div lang="zh-Hant"><small>（官方公佈的簡體中文原文）</small></div>'


def traditional_page(body: str) -> str:
    """A Chinese handout in traditional characters (OpenCC s2hk, character by character): its prose converted, the
    official texts of the statutes (an element marked data-official) left in the simplified Chinese they were
    published in and labelled so, scripts (the calculators' saved state) left as they are, and a note at the top."""
    from pilaw.teaching.sources import to_traditional_hk

    out: list[str] = []
    official = 0  # depth of <div> inside an official text, 0 outside one
    for part in _PARTS.split(body):
        if part.startswith("<"):
            opening, closing = part[:4].lower() == "<div", part[:5].lower() == "</div"
            out.append(part)
            if official:
                official += 1 if opening else -1 if closing else 0
            elif opening and "data-official" in part:
                official = 1
                out.append(OFFICIAL_NOTE)
        else:
            out.append(part if official else to_traditional_hk(part))
    page = "".join(out).replace('<html lang="zh-Hans">', '<html lang="zh-Hant">', 1)
    return re.sub(r"(<body\b[^>]*>)", lambda m: m.group(1) + TRADITIONAL_NOTE, page, count=1)


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


def lite_contents(dest: Path, extra=()) -> list[Path]:
    """Copy notebooks/ (and any extra notebooks, beside them) into dest, stripped by nbstripout (students start
    from a clean notebook); the notebooks' kernelspec becomes Lite's `python` kernel (no kernel dialog)."""
    import nbformat
    from nbstripout import strip_output

    shutil.copytree(NOTEBOOKS, dest, ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", ".*"))
    for path in extra:
        shutil.copy2(path, dest / Path(path).name)
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


def site(out: Path = ROOT / "build" / "site", extra=()) -> Path:
    """Build the JupyterLite (Pyodide) site of the course into out/; returns out. extra: notebooks to put beside
    the course's (the benchmark's one-cell floor).

    Open out/index.html, the start page that offers both editions (lab/index.html?path=00_start_here.ipynb and
    lab/index.html?path=zh/00_start_here.ipynb), through any static server that sends .wasm as application/wasm,
    such as Python's http.server (`tools/publish.py serve-site`). Nothing the pages load comes from another host.
    """
    out = Path(out).resolve()
    started = time.monotonic()
    work = out.with_name(out.name + "-work")  # build/site → build/site-work: two builds never share one
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
    notebooks = lite_contents(contents, extra)

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
    write_start_page(out)
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


# The site's start page (out/index.html). JupyterLite's own root page only sends the browser on to lab/; its apps
# still read the page's configuration script (config-utils.js reads jupyter-config-data from every index.html up
# to the root), so the start page keeps that script as the build wrote it, and drops only the forwarding.
START_PAGE = """<!DOCTYPE html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>个人信息保护法律课程 · A course on PRC personal-information law</title>
{config}
<style>
body {{ font-family: system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }}
.editions {{ list-style: none; padding: 0; }} .editions li {{ margin: 1.2rem 0; }}
.editions a {{ font-size: 1.3rem; font-weight: 600; }} .note {{ color: #555; }} code {{ background: #f3f3f3; }}
</style>
</head>
<body>
<main>
<h1>个人信息保护法律课程 · <span lang="en">A course on PRC personal-information law</span></h1>
<p>请选择版本 · <span lang="en">Choose an edition</span>:</p>
<ul class="editions">
<li lang="en"><a href="{english}" data-edition="en">English edition</a><br>
The course in English, with the Chinese terms and the official Chinese texts beside it.</li>
<li><a href="{chinese}" data-edition="zh">中文版</a><br>
全部课程的中文版：条文以官方中文文本显示，讲解、步骤和计算器均为中文。<br>
要把界面（菜单）也改为中文，请在菜单 <span lang="en">Settings → Language</span> 中选择“中文 (简体, 中国)”，页面随即重新载入。</li>
</ul>
<p class="note">Python 在本浏览器中运行，第一个笔记本大约需要15秒打开；你的修改和作答只保存在本浏览器中。<br>
<span lang="en">Python runs inside this browser: the first notebook takes about 15 s to open. Your edits and answers
stay in this browser.</span></p>
<p class="note"><a href="{tree}">全部笔记本 · <span lang="en">All notebooks</span></a></p>
</main>
</body>
</html>
"""
START_NOTEBOOKS = {"en": "00_start_here.ipynb", "zh": "zh/00_start_here.ipynb"}
CONFIG_SCRIPT = re.compile(r'<script id="jupyter-config-data"[^>]*>.*?</script>', re.S)


def lab_url(notebook: str) -> str:
    """The address, from the site's root, that opens a notebook of the site in JupyterLab."""
    return f"lab/index.html?path={notebook}"


def write_start_page(out: Path) -> Path:
    """Replace JupyterLite's forwarding root page with the course's start page: one link per edition."""
    root = out / "index.html"
    config = CONFIG_SCRIPT.search(root.read_text(encoding="utf-8"))
    if config is None:
        raise PublishError(f"{root} has no jupyter-config-data script: JupyterLite's root page changed")
    missing = [name for name in START_NOTEBOOKS.values() if not (out / "files" / name).is_file()]
    if missing:
        raise PublishError(f"the site lacks its start notebooks: {', '.join(missing)}")
    root.write_text(
        START_PAGE.format(
            config=config.group(0),
            english=html.escape(lab_url(START_NOTEBOOKS["en"])),
            chinese=html.escape(lab_url(START_NOTEBOOKS["zh"])),
            tree="tree/index.html",
        ),
        encoding="utf-8",
    )
    return root


def check_site(out: Path) -> None:
    """The built site points at its own Pyodide and never falls back to PyPI."""
    config = json.loads((out / "jupyter-lite.json").read_text())["jupyter-config-data"]
    settings = config["litePluginSettings"]["@jupyterlite/pyodide-kernel-extension:kernel"]
    if not str(settings.get("pyodideUrl", "")).startswith("./"):
        raise PublishError(f"the site's pyodideUrl is not local: {settings.get('pyodideUrl')!r}")
    if settings.get("disablePyPIFallback") is not True:
        raise PublishError("the site would fetch packages from PyPI (disablePyPIFallback is not set)")
    start = (out / "index.html").read_text(encoding="utf-8")
    lost = [name for name in START_NOTEBOOKS.values() if f'href="{html.escape(lab_url(name))}"' not in start]
    if lost or not CONFIG_SCRIPT.search(start):
        raise PublishError(f"the site's start page does not offer both editions ({', '.join(lost) or 'no config'})")


# ---------------------------------------------------------------------------------------------- serve


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args) -> None:
        pass


def serve(
    directory: Path, port: int = 0, host: str = "127.0.0.1", quiet: bool = False
) -> http.server.ThreadingHTTPServer:
    """Serve directory on host:port with Python's http.server (it sends .wasm as application/wasm) in a background
    thread; call .shutdown() to stop. port 0 picks a free port (read it from server.server_address[1]).
    quiet: no line per request."""
    directory = Path(directory)
    if not directory.is_dir():
        raise PublishError(f"nothing to serve: {directory} does not exist (build it first)")
    base = QuietHandler if quiet else http.server.SimpleHTTPRequestHandler
    handler = functools.partial(base, directory=str(directory))
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
    p.add_argument("--no-pdf", action="store_true", help="do not print the handouts to PDF")
    p.add_argument("--no-chinese", action="store_true", help="leave out the Chinese edition (notebooks/zh/)")
    p = verbs.add_parser("pdfs", help="print built handouts (build/handouts/*.html) to PDF again")
    p.add_argument("--dir", type=Path, default=ROOT / "build" / "handouts")
    p.add_argument("pages", nargs="*", help="page names in --dir (default: every handout there)")
    p = verbs.add_parser("site", help="the JupyterLite site in build/site/")
    p.add_argument("--out", type=Path, default=ROOT / "build" / "site")
    for verb, default, first in (
        ("serve-site", "site", "index.html"),
        ("serve-handouts", "handouts", "index.html"),
    ):
        p = verbs.add_parser(verb, help=f"serve build/{default}/ on 127.0.0.1")
        p.add_argument("--port", type=int, default=8000)
        p.add_argument("--dir", type=Path, default=ROOT / "build" / default)
        p.set_defaults(first=first)
    args = parser.parse_args(argv)
    try:
        if args.verb == "handouts":
            pages = handouts(args.out, args.notebooks or None, pdfs=not args.no_pdf, chinese=not args.no_chinese)
            print(f"{len(pages)} handouts: {args.out / 'index.html'}")
        elif args.verb == "pdfs":
            found = sorted([*args.dir.glob("*.html"), *args.dir.glob("zh/*.html")])
            names = args.pages or [p.relative_to(args.dir).as_posix() for p in found if p.name != "index.html"]
            print_pdfs(args.dir, names)
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
