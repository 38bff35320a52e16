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


#: legal terms as the traditional display must write them: characters converted, the term itself unchanged (OpenCC
#: s2hk; the phrase-converting s2twp would write 個人資訊 and 網路)
TERMS_IN_TRADITIONAL = {
    "个人信息": "個人信息",
    "敏感个人信息": "敏感個人信息",
    "个人信息处理者": "個人信息處理者",
    "单独同意": "單獨同意",
    "告知-同意": "告知-同意",
    "私密信息": "私密信息",
    "行踪轨迹": "行蹤軌跡",
    "情节严重": "情節嚴重",
    "情节特别严重": "情節特別嚴重",
    "从旧兼从轻": "從舊兼從輕",
    "侵犯公民个人信息罪": "侵犯公民個人信息罪",
    "拒不履行信息网络安全管理义务罪": "拒不履行信息網絡安全管理義務罪",
    "网络服务提供者": "網絡服務提供者",
    "网络运营者": "網絡運營者",
    "商业秘密": "商業秘密",
    "违法所得": "違法所得",
    "罚款": "罰款",
    "并处或者单处罚金": "並處或者單處罰金",
    "有期徒刑": "有期徒刑",
    "拘役": "拘役",
    "管制": "管制",
    "过错推定": "過錯推定",
    "精神损害赔偿": "精神損害賠償",
    "惩罚性赔偿": "懲罰性賠償",
    "履行个人信息保护职责的部门": "履行個人信息保護職責的部門",
    "最高人民法院": "最高人民法院",
    "司法解释": "司法解釋",
}


def test_the_legal_terms_keep_their_words_in_the_traditional_display():
    from pilaw.teaching.sources import to_traditional_hk

    assert {zh: to_traditional_hk(zh) for zh in TERMS_IN_TRADITIONAL} == TERMS_IN_TRADITIONAL


def test_the_traditional_display_converts_the_prose_and_keeps_the_statute_as_published_and_labelled():
    from pilaw.show import edition
    from pilaw.show.render import provision_html

    edition.set_edition("zh")
    try:
        statute = provision_html("pipl/29")
    finally:
        edition.set_edition("en")
    official = "处理敏感个人信息应当取得个人的单独同意"
    assert official in statute
    page = (
        '<!DOCTYPE html><html lang="zh-Hans"><head><title>个人信息的处理</title></head><body>'
        f"<p>处理敏感个人信息，应当取得单独同意。</p>{statute}"
        '<script type="application/vnd.jupyter.widget-state+json">{"value": "计算器"}</script></body></html>'
    )
    shown = publish.traditional_page(page)
    assert '<html lang="zh-Hant">' in shown and "<title>個人信息的處理</title>" in shown
    assert "<p>處理敏感個人信息，應當取得單獨同意。</p>" in shown
    assert official in shown and "官方公佈的簡體中文原文" in shown  # the statute as published, and said so
    assert "英文譯文" in shown  # the folded translation's label is prose
    assert '{"value": "计算器"}' in shown  # the calculators' saved state is left alone
    assert shown.index("本頁由中文版以OpenCC") < shown.index("處理敏感")


def test_the_index_lists_the_traditional_display_after_the_two_editions():
    entries = [
        ("en", "00.html", "Start"),
        ("zh", "zh/00.html", "从这里开始"),
        ("zh-hant", "zh-hant/00.html", "從這裏開始"),
    ]
    page = publish.index_page(entries, {}, search=False)
    assert page.index("English edition") < page.index("中文版") < page.index("繁體中文") < page.index("zh-hant/00.html")
