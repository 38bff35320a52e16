"""The handouts and the site offer both editions (tools/publish.py), checked without building them: which Chinese
notebooks are published beside the English, where a link between notebooks leads in a handout, what the index
page lists and what the site's start page links to. The builds themselves are tested in tests/browser/."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = importlib.util.spec_from_file_location("publish_tool", ROOT / "tools" / "publish.py")
assert SPEC and SPEC.loader
publish = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(publish)

START = "00_start_here.ipynb"


def test_each_english_notebook_of_the_course_brings_its_chinese_edition_and_nothing_else_does(tmp_path):
    english = [publish.NOTEBOOKS / START, publish.NOTEBOOKS / "10_administrative_fines.ipynb"]
    assert publish.chinese_editions(english) == [publish.CHINESE / p.name for p in english]
    outside = tmp_path / START
    outside.write_text("{}", encoding="utf-8")
    assert publish.chinese_editions([outside]) == []  # a notebook outside the course has no Chinese edition
    assert publish.chinese_editions([english[0], publish.CHINESE / START]) == []  # named already: not twice
    assert [publish.edition_of(p) for p in (english[0], publish.CHINESE / START, outside)] == ["en", "zh", "en"]


def test_every_english_notebook_of_the_course_has_a_chinese_one_to_publish():
    english = publish.notebook_files()
    assert [p.name for p in publish.chinese_editions(english)] == [p.name for p in english]


def test_a_link_to_a_notebook_of_either_edition_opens_its_handout_and_other_links_stay():
    def link(href: str) -> str:
        return publish.LOCAL_NOTEBOOK_LINK.sub(r'href="\1.html\2"', f'<a href="{href}">')

    assert link("zh/00_start_here.ipynb") == '<a href="zh/00_start_here.html">'
    assert link("../00_start_here.ipynb") == '<a href="../00_start_here.html">'
    assert link("12_glossary.ipynb#个人信息") == '<a href="12_glossary.html#个人信息">'
    for kept in ("https://example.org/a.ipynb", "/files/a.ipynb", "a.ipynb?x=1", "#a"):
        assert link(kept) == f'<a href="{kept}">'


def test_the_two_start_notebooks_link_each_other():
    english = (publish.NOTEBOOKS / START).read_text(encoding="utf-8")
    chinese = (publish.CHINESE / START).read_text(encoding="utf-8")
    assert "[中文版](zh/00_start_here.ipynb)" in english
    assert "[英文版](../00_start_here.ipynb)" in chinese


def test_the_index_lists_each_edition_under_its_own_heading_english_first(tmp_path):
    pdf = tmp_path / "00_start_here.pdf"
    pdf.write_bytes(b"%PDF-")
    entries = [("en", "00_start_here.html", "从这里开始 · Start here"), ("zh", "zh/00_start_here.html", "从这里开始")]
    page = publish.index_page(entries, {"00_start_here.html": pdf, "zh/00_start_here.html": pdf}, search=False)
    lists = re.findall(
        r'<h2 id="edition-(\w+)">(.*?)</h2>\s*<ol class="handouts" data-edition="\1">(.*?)</ol>', page, re.S
    )
    assert [(edition, re.sub(r"<[^>]+>", "", name)) for edition, name, _ in lists] == [
        ("en", "English edition"),
        ("zh", "中文版"),
    ]
    assert re.findall(r'href="([^"]+)"', lists[0][2]) == ["00_start_here.html"]
    assert re.findall(r'href="([^"]+)"', lists[1][2]) == ["zh/00_start_here.html"]
    pdfs = re.findall(r'<ul class="pdfs" data-edition="(\w+)">(.*?)</ul>', page, re.S)
    assert [(e, re.findall(r'href="([^"]+)"', block)) for e, block in pdfs] == [
        ("en", ["00_start_here.pdf"]),
        ("zh", ["zh/00_start_here.pdf"]),
    ]
    alone = publish.index_page(entries[:1], {}, search=False)
    assert "edition-zh" not in alone and "pdfs" not in alone  # an edition not built is not listed


JUPYTERLITE_ROOT = """<!DOCTYPE html>
<html>
  <head>
    <script id="jupyter-config-data" type="application/json" data-jupyter-lite-root=".">
      {"appName": "x"}
    </script>
    <script type="module">
      await import('./config-utils.js');
    </script>
  </head>
</html>
"""


def test_the_site_s_start_page_links_both_editions_and_keeps_jupyterlite_s_configuration(tmp_path):
    (tmp_path / "index.html").write_text(JUPYTERLITE_ROOT, encoding="utf-8")
    for name in publish.START_NOTEBOOKS.values():
        (tmp_path / "files" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "files" / name).write_text("{}", encoding="utf-8")
    page = publish.write_start_page(tmp_path).read_text(encoding="utf-8")
    links = dict(re.findall(r'<a href="([^"]+)" data-edition="(\w+)">', page))
    assert links == {
        "lab/index.html?path=00_start_here.ipynb": "en",
        "lab/index.html?path=zh/00_start_here.ipynb": "zh",
    }
    # the apps read the root page's configuration script; the forwarding to lab/ is gone
    assert '<script id="jupyter-config-data" type="application/json" data-jupyter-lite-root=".">' in page
    assert '{"appName": "x"}' in page and "config-utils.js" not in page
