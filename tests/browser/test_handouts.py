"""The static handouts (tools/publish.py handouts): an executed notebook exported to HTML with its widget
state, opened in chromium with every request to another host refused. The calculators must be drawn from
the copies of require.js and the widget renderer in _static/, and show their worked example; a Vega-Lite
chart must be drawn by the copies of vega, vega-lite and vega-embed in _static/. Each English notebook brings its
Chinese edition (zh/NN_name.html, reaching the same _static/): the index lists both editions and its search
finds both."""

from __future__ import annotations

import json
import re

import pytest

from .conftest import NOTEBOOKS, load_publish, require_npm_for, screenshot

publish = load_publish()


def _has_calculator(path) -> bool:
    """More code than the setup cell (the glossary is Markdown only, and draws no widget)."""
    cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
    return sum(c["cell_type"] == "code" for c in cells) > 1


# A small selection keeps this fast: the start-here notebook, and the last lesson with a calculator.
AVAILABLE = sorted(p.name for p in NOTEBOOKS.glob("*.ipynb") if _has_calculator(p))
SELECTION = sorted({AVAILABLE[0], AVAILABLE[-1]}) if AVAILABLE else []
# The handouts the selection builds: the English pages, then the Chinese edition of each in zh/.
ENGLISH_PAGES = [n.replace(".ipynb", ".html") for n in SELECTION]
CHINESE_PAGES = [
    f"zh/{page}" for page in ENGLISH_PAGES if (NOTEBOOKS / "zh" / page.replace(".html", ".ipynb")).is_file()
]
HANDOUTS = ENGLISH_PAGES + CHINESE_PAGES
WIDGETS_DRAWN = """() => {
  const views = [...document.querySelectorAll('.jupyter-widgets')];
  return views.length > 0 && document.querySelectorAll('.widget-box, .widget-text, .widget-html').length > 0;
}"""


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    require_npm_for(publish, "handouts")
    out = tmp_path_factory.mktemp("handouts")
    pages = publish.handouts(out, SELECTION)
    server = publish.serve(out)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", pages
    finally:
        server.shutdown()
        server.server_close()


def relative(pages) -> list[str]:
    """The pages' addresses in the handouts' folder (zh/NN_name.html for the Chinese edition)."""
    return [page.relative_to(pages[0].parent).as_posix() for page in pages]


def test_the_build_writes_one_page_per_notebook_and_edition_an_index_and_no_cdn_address(served):
    _, pages = served
    assert CHINESE_PAGES and relative(pages) == HANDOUTS
    index = (pages[0].parent / "index.html").read_text(encoding="utf-8")
    for page, name in zip(pages, HANDOUTS, strict=True):
        assert f'href="{name}"' in index
        html = page.read_text(encoding="utf-8")
        static = "../_static" if name.startswith("zh/") else "_static"  # the one _static/ of the folder
        assert "application/vnd.jupyter.widget-state+json" in html
        assert f'<script src="{static}/require.js"' in html
        assert f"'{static}/html-manager/dist/embed-amd.js'" in html
        assert re.search(r'<html lang="([^"]+)">', html).group(1) == ("en" if static == "_static" else "zh-Hans")
        assert not publish.LOCAL_NOTEBOOK_LINK.search(html)  # every link to a notebook opens its handout
        # links to sources are fine; nothing the page loads may come from another host
        assert not re.search(r"""src=["']https?://|<link[^>]*href=["']https?://|@import url\(["']?https?://""", html)
        assert "unpkg.com" not in html and "cdnjs" not in html


@pytest.mark.parametrize("handout", HANDOUTS)
def test_a_handout_draws_its_widgets_offline(page, served, handout):
    base, _ = served
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base}/{handout}")
    page.wait_for_function(WIDGETS_DRAWN, timeout=30_000)
    assert page.locator(".jupyter-widgets").first.is_visible()
    screenshot(page, f"handout-{handout.split('_')[0].replace('/', '-')}")
    assert errors == []
    assert page.context.blocked == []


@pytest.mark.skipif("00_start_here.ipynb" not in SELECTION, reason="needs notebooks/00_start_here.ipynb")
def test_the_start_here_handout_shows_the_calculator_with_its_worked_example(page, served):
    base, _ = served
    page.goto(f"{base}/00_start_here.html")
    page.wait_for_selector(".widget-text input", timeout=30_000)
    assert page.locator(".widget-text input").first.input_value() == "1,200.50"
    page.wait_for_function(
        "() => [...document.querySelectorAll('.widget-html-content')]"
        ".some(e => e.textContent.includes('1,200.50') && e.textContent.includes('Read as'))"
    )
    screenshot(page, "handout-00")
    assert page.context.blocked == []


@pytest.mark.skipif("00_start_here.ipynb" not in SELECTION, reason="needs notebooks/00_start_here.ipynb")
def test_each_chinese_handout_is_also_shown_in_traditional_characters_with_its_statutes_as_published(served):
    _, pages = served
    folder = pages[0].parent
    index = (folder / "index.html").read_text(encoding="utf-8")
    for name in CHINESE_PAGES:
        shown = name.replace("zh/", "zh-hant/")
        html = (folder / shown).read_text(encoding="utf-8")
        assert f'href="{shown}"' in index
        assert '<html lang="zh-Hant">' in html and "本頁由中文版以OpenCC" in html
        assert "../_static/require.js" in html and "application/vnd.jupyter.widget-state+json" in html
    assert "繁體中文" in index


def test_the_chinese_start_here_handout_shows_its_calculator_in_chinese_and_links_the_english_edition(page, served):
    base, _ = served
    page.goto(f"{base}/zh/00_start_here.html")
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    page.wait_for_selector(".widget-text input", timeout=30_000)
    assert page.locator(".widget-text input").first.input_value() == "1,200.50"
    assert page.locator(".widget-text label").first.inner_text() == "金额（元）"  # the Chinese label alone
    page.wait_for_function(
        "() => [...document.querySelectorAll('.widget-html-content')].some(e => e.textContent.includes('读作'))"
    )
    screenshot(page, "handout-zh-00")
    page.get_by_role("link", name="英文版", exact=True).click()
    page.wait_for_url(f"{base}/00_start_here.html")
    page.get_by_role("link", name="中文版", exact=True).click()  # and back again
    page.wait_for_url(f"{base}/zh/00_start_here.html")
    assert page.context.blocked == []


def test_the_index_lists_both_editions_each_under_its_heading_and_links_every_handout(page, served):
    base, _ = served
    page.goto(f"{base}/index.html")
    headings = page.locator("h2[id^=edition-]").all_inner_texts()
    assert headings == ["English edition", "中文版", "繁體中文（由中文版自動轉換）"]
    traditional = [name.replace("zh/", "zh-hant/") for name in CHINESE_PAGES]
    for edition, expected in (("en", ENGLISH_PAGES), ("zh", CHINESE_PAGES), ("zh-hant", traditional)):
        links = page.locator(f'ol.handouts[data-edition="{edition}"] a')
        assert links.evaluate_all("links => links.map(a => a.getAttribute('href'))") == expected
    page.locator('ol.handouts[data-edition="zh"] a').first.click()
    page.wait_for_function(WIDGETS_DRAWN, timeout=30_000)  # a Chinese handout opened from the index draws
    assert page.url == f"{base}/{CHINESE_PAGES[0]}"
    assert page.context.blocked == []


# ---------------------------------------------------------------------------------------- Vega-Lite charts

# The title tries to close the <script> that holds the spec; it must reach the chart as plain text.
HOSTILE_TITLE = "Fines </script><script>document.title = 'broken'</script> <!-- & <b>"
BAR_CHART = {
    "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
    "title": HOSTILE_TITLE,
    "data": {
        "values": [{"regime": "PIPL 66", "cap": 50}, {"regime": "CSL 64", "cap": 1}, {"regime": "CRPL 56", "cap": 5}]
    },
    "mark": "bar",
    "encoding": {"x": {"field": "regime", "type": "nominal"}, "y": {"field": "cap", "type": "quantitative"}},
}


WIDGET_CHART = {
    **BAR_CHART,
    "title": "In an Output widget",
    "data": {"values": [{"regime": "PIPL 66", "cap": 50}, {"regime": "CSL 64", "cap": 1}]},
}


def vega_notebook(folder):
    """A notebook outside notebooks/: a cell displays a Vega-Lite v5 bar chart with a text/plain, and another
    shows one in an Output widget, as a calculator does."""
    import nbformat

    bundle = {"application/vnd.vegalite.v5+json": BAR_CHART, "text/plain": "chart"}
    in_widget = {
        "output_type": "display_data",
        "metadata": {},
        "data": {"application/vnd.vegalite.v5+json": WIDGET_CHART, "text/plain": "widget chart"},
    }
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# Vega-Lite chart"),
        nbformat.v4.new_code_cell(f"from IPython.display import display\ndisplay({bundle!r}, raw=True)"),
        nbformat.v4.new_code_cell("display({'text/plain': 'after the chart'}, raw=True)"),
        nbformat.v4.new_code_cell(
            "import ipywidgets as W\nchart = W.Output()\n"
            f"chart.outputs = ({in_widget!r},)\nW.VBox([W.HTML('calculator'), chart])"
        ),
    ]
    path = folder / "vega_chart.ipynb"
    nbformat.write(nb, path)
    return path


@pytest.fixture(scope="module")
def vega_served(tmp_path_factory):
    require_npm_for(publish, "handouts")
    source = vega_notebook(tmp_path_factory.mktemp("vega-source"))
    out = tmp_path_factory.mktemp("vega-handout")
    pages = publish.handouts(out, [str(source)])
    server = publish.serve(out)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", pages[0]
    finally:
        server.shutdown()
        server.server_close()


def test_a_vega_lite_output_becomes_html_with_its_spec_escaped_and_local_scripts(vega_served):
    _, page = vega_served
    html = page.read_text(encoding="utf-8")
    assert html.count('class="pilaw-vega"') == 1  # the cell's chart; the widget's is in the widget state
    assert "pilaw-vega-2" in html and 'renderer: "svg"' in html and "actions: false" in html
    assert "</script><script>document.title" not in html and "\\u003c/script\\u003e" in html
    static = page.parent / "_static"
    for spec, build in publish.VEGA_BUILDS.items():
        assert (static / spec[0] / "build" / build).is_file()
    assert not re.search(r"""src=["']https?://|<link[^>]*href=["']https?://""", html)


def test_each_vega_lite_output_is_turned_into_html_and_keeps_its_text_plain():
    import nbformat

    chart = nbformat.v4.new_output(
        "display_data",
        {"application/vnd.vegalite.v5+json": BAR_CHART, "text/plain": "chart"},
        metadata={"application/vnd.vegalite.v5+json": {"embed_options": {}}},
    )
    result = nbformat.v4.new_output(
        "execute_result",
        {
            "application/vnd.vegalite.v5+json": BAR_CHART,
            "text/html": '<script src="https://cdn.example/vega"></script>',
            "text/plain": "alt.Chart(...)",
        },
        execution_count=2,
    )
    text = nbformat.v4.new_output("stream", text="plain\n")
    nb = nbformat.v4.new_notebook(
        cells=[
            nbformat.v4.new_code_cell("", outputs=[chart, text]),
            nbformat.v4.new_code_cell("", outputs=[result], execution_count=2),
        ]
    )
    in_widget = {
        "output_type": "display_data",
        "metadata": {},
        "data": {"application/vnd.vegalite.v5+json": WIDGET_CHART, "text/plain": "widget chart"},
    }
    nb.metadata["widgets"] = {
        publish.WIDGET_STATE: {
            "state": {
                "m1": {
                    "model_name": "OutputModel",
                    "model_module": "@jupyter-widgets/output",
                    "state": {"outputs": [in_widget]},
                }
            }
        }
    }
    assert publish.vega_outputs_to_html(nb) == 3
    (turned,) = nb.metadata.widgets[publish.WIDGET_STATE].state.m1.state.outputs
    assert set(turned.data) == {"text/html", "text/plain"} and 'id="pilaw-vega-3"' in turned.data["text/html"]
    assert set(chart.data) == {"text/html", "text/plain"} and chart.data["text/plain"] == "chart"
    assert chart.metadata == {}
    assert 'id="pilaw-vega-1"' in chart.data["text/html"] and 'id="pilaw-vega-2"' in result.data["text/html"]
    assert "cdn.example" not in result.data["text/html"] and result.execution_count == 2
    assert text.text == "plain\n"


def test_the_spec_survives_the_escape_unchanged():
    html = publish.vega_output_html(BAR_CHART, "vega-lite", "chart", "c1")
    block = re.search(r'<script type="application/json" id="c1-spec">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and json.loads(block) == BAR_CHART


def test_a_vega_lite_chart_is_drawn_offline_as_svg(page, vega_served):
    base, built = vega_served
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base}/{built.name}")
    page.wait_for_function(
        "document.querySelectorAll('.pilaw-vega[data-drawn] .vega-embed svg').length == 2", timeout=30_000
    )
    cell_chart, widget_chart = page.locator(".vega-embed svg").all()
    assert cell_chart.locator(".mark-rect path").count() == 3  # one bar per row
    assert cell_chart.locator(".role-title-text").text_content() == HOSTILE_TITLE
    assert widget_chart.locator(".mark-rect path").count() == 2
    assert page.locator(".jupyter-widgets .vega-embed svg .role-title-text").text_content() == "In an Output widget"
    assert page.title() == "Vega-Lite chart"  # the title's script did not run
    assert page.locator(".vega-embed details, .vega-actions").count() == 0  # actions off
    assert page.locator(".pilaw-vega-fallback").count() == 0
    assert page.get_by_text("after the chart", exact=True).is_visible()  # the page goes on past the chart
    screenshot(page, "handout-vega-lite")
    assert errors == []
    assert page.context.blocked == []


def test_without_its_scripts_the_chart_shows_its_text_plain_instead(page, vega_served, tmp_path):
    import shutil

    _, built = vega_served
    copy = tmp_path / "handout"
    shutil.copytree(built.parent, copy)
    shutil.rmtree(copy / "_static" / "vega-embed")
    server = publish.serve(copy)
    try:
        page.goto(f"http://127.0.0.1:{server.server_address[1]}/{built.name}")
        page.wait_for_function("document.querySelectorAll('.pilaw-vega[data-error]').length == 2", timeout=30_000)
        fallbacks = page.locator(".pilaw-vega-fallback")
        assert fallbacks.all_text_contents() == ["chart", "widget chart"]
        assert fallbacks.first.is_visible() and fallbacks.last.is_visible()
        assert page.locator(".pilaw-vega svg").count() == 0
    finally:
        server.shutdown()
        server.server_close()
    assert page.context.blocked == []


# --------------------------------------------------------------------------------------- print (PDF) and search


def pdf_text(path) -> str:
    """The text of a PDF as a reader's copy and search see it (pypdf reads the fonts' ToUnicode maps)."""
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def squeezed(text: str) -> str:
    """text without any white space: a PDF's lines wrap, and CJK text has no spaces to compare."""
    return re.sub(r"\s+", "", text)


def fonts_of(reader):
    """Every font the PDF's pages use: (name, font dictionary)."""
    for page in reader.pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {})
        for name, font in fonts.get_object().items():
            yield name, font.get_object()


def embedded(font) -> bool:
    """A Type 3 font carries its glyphs; any other names a font file in its descriptor (or its descendant's)."""
    if font.get("/Subtype") == "/Type3":
        return "/CharProcs" in font
    descriptor = font.get("/FontDescriptor")
    if descriptor is None and "/DescendantFonts" in font:
        descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
    descriptor = descriptor.get_object() if descriptor is not None else {}
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_every_handout_carries_the_print_style_and_the_search_covers_every_handout(served):
    _, pages = served
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert 'id="pilaw-print"' in html and "size: A4" in html and "break-before: page" in html
    bundle = pages[0].parent / "_static" / publish.SEARCH_BUNDLE
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == [publish.SEARCH_LANGUAGE]  # one index for the whole course
    assert entry["languages"][publish.SEARCH_LANGUAGE]["page_count"] == len(pages)  # the index page is left out
    assert (bundle / "pagefind-ui.js").is_file() and (bundle / "pagefind-ui.css").is_file()


def test_the_build_prints_each_handout_to_an_a4_pdf_that_the_index_links(browser, served):
    from pypdf import PdfReader

    _, pages = served
    pdfs = [page.with_suffix(".pdf") for page in pages]
    for pdf in pdfs:
        assert pdf.is_file() and pdf.read_bytes()[:5] == b"%PDF-", pdf.name
        reader = PdfReader(pdf)
        assert len(reader.pages) > 1
        box = reader.pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    index = (pages[0].parent / "index.html").read_text(encoding="utf-8")
    listed = "".join(re.findall(r'<ul class="pdfs" data-edition="\w+">(.*?)</ul>', index, re.S))
    assert re.findall(r'href="([^"]+)"', listed) == [name.replace(".html", ".pdf") for name in HANDOUTS]


@pytest.mark.skipif("00_start_here.ipynb" not in SELECTION, reason="needs notebooks/00_start_here.ipynb")
def test_the_pdf_holds_the_title_the_worked_example_and_chinese_a_reader_can_copy(browser, served):
    import nbformat
    from pypdf import PdfReader

    _, pages = served
    pdf = next(page for page in pages if page.name == "00_start_here.html").with_suffix(".pdf")
    text = pdf_text(pdf)
    title = publish.notebook_title(nbformat.read(NOTEBOOKS / "00_start_here.ipynb", as_version=4))
    assert re.search(r"[\u4e00-\u9fff]", title), "the title has Chinese in it"
    assert squeezed(title) in squeezed(text)
    # the calculator, drawn offline by the html-manager, shows its worked example: 1,200.50 read as yuan (元)
    assert "Read as" in text and "读作" in text and re.search(r"1,?200\.50元", squeezed(text))
    # the Chinese is text, in the ideographs the page has (not the CJK radicals that share their glyphs)
    assert "个人信息" in text and not publish.RADICAL.search(text)
    fonts = dict(fonts_of(PdfReader(pdf)))
    assert fonts and [name for name, font in fonts.items() if not embedded(font)] == []


@pytest.mark.skipif("00_start_here.ipynb" not in SELECTION, reason="needs notebooks/00_start_here.ipynb")
def test_the_chinese_pdf_has_its_chinese_title_and_the_worked_example_in_chinese(browser, served):
    import nbformat
    from pypdf import PdfReader

    _, pages = served
    page = next(page for page in pages if page.relative_to(pages[0].parent).as_posix() == "zh/00_start_here.html")
    pdf = page.with_suffix(".pdf")
    assert pdf.is_file() and pdf != pages[0].with_suffix(".pdf")  # beside its page, not over the English PDF
    title = publish.notebook_title(nbformat.read(NOTEBOOKS / "zh" / "00_start_here.ipynb", as_version=4))
    assert title == "从这里开始"
    reader = PdfReader(pdf)
    assert reader.metadata.title == title
    first = squeezed(reader.pages[0].extract_text())
    assert first.startswith(title) and "Starthere" not in first
    text = pdf_text(pdf)
    assert "读作" in squeezed(text) and re.search(r"1,?200\.50元", squeezed(text))
    assert "个人信息" in text and not publish.RADICAL.search(text)


@pytest.mark.skipif("00_start_here.ipynb" not in SELECTION, reason="needs notebooks/00_start_here.ipynb")
def test_each_level_two_section_of_the_pdf_starts_a_page(browser, served):
    from pypdf import PdfReader

    _, pages = served
    page = next(page for page in pages if page.name == "00_start_here.html")
    headings = [
        squeezed(re.sub(r"<[^>]+>", "", heading)).replace("¶", "")
        for heading in re.findall(r"<h2[^>]*>(.*?)</h2>", page.read_text(encoding="utf-8"), re.S)
    ]
    assert len(headings) >= 2
    tops = [squeezed(sheet.extract_text())[:200] for sheet in PdfReader(page.with_suffix(".pdf")).pages]
    for heading in headings:
        assert any(top.startswith(heading) for top in tops), f"{heading} does not start a page"


def test_a_guided_question_keeps_its_answer_folded(page):
    """A reveal written over several lines in Markdown (as the lessons write them) stays closed in a handout,
    and so in its PDF and out of its search index."""
    import nbformat
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    source = (
        "1. **Tick it.** What changes?\n<details><summary>核对 Check</summary>\n\n"
        "The *answer*, hidden until tried.\n</details>\n\n"
        "2. **Untick it.** And now?\n<details><summary>核对 Check</summary>Nothing.</details>\n"
    )
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(source)])
    reveals = publish.fold_reveals(nb)
    assert len(reveals) == 1  # the one-line reveal is drawn closed already
    html = publish.unfold_reveals(markdown2html_mistune(nb.cells[0].source), reveals)
    page.set_content(f"<!DOCTYPE html><html><body>{html}</body></html>")
    assert page.locator("details").count() == 2 and page.locator("details[open]").count() == 0
    assert page.locator("details em").text_content() == "answer"
    assert not page.get_by_text("hidden until tried").is_visible()
    assert page.locator("ol > li").count() == 2  # the list is not cut in two by the answer
    with pytest.raises(publish.PublishError):
        publish.unfold_reveals("<p>the token is gone</p>", reveals)


def test_a_cmap_that_names_cjk_radicals_is_rewritten_to_the_ideographs():
    cmap = (
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<00> <FF>\n"
        b"endcodespacerange\n2 beginbfchar\n<3A> <2F08>\n<42> <4EC0>\nendbfchar\n"
        b"2 beginbfrange\n<50> <51> <2EA0>\n<60> <61> [<2F45> <0041>]\nendbfrange\nendcmap\nend\nend\n"
    )
    fixed = publish.unradical_cmap(cmap)
    pairs = dict(re.findall(rb"<([0-9A-F]+)> <([0-9A-F]+)>", fixed.split(b"endcodespacerange")[1]))
    text = {code.decode(): bytes.fromhex(value.decode()).decode("utf-16-be") for code, value in pairs.items()}
    # 人 (a Kangxi radical, by NFKC), 什 kept, 民 and 氵 (the radicals supplement, by the table), 方 and A
    assert text == {"3A": "人", "42": "什", "50": "民", "51": "\u6c35", "60": "方", "61": "A"}
    assert fixed.startswith(b"/CIDInit") and fixed.endswith(b"endcmap\nend\nend\n")
    assert (
        publish.unradical_cmap(
            cmap.replace(b"<2F08>", b"<4EBA>").replace(b"<2EA0>", b"<4E00>").replace(b"<2F45>", b"<65B9>")
        )
        is None
    )


# A term each lesson teaches, in Chinese and in English, and the lesson a search for it must find.
SEARCH_TERMS = {
    "02_lawful_processing.ipynb": ("单独同意", "separate consent"),
    "10_administrative_fines.ipynb": ("营业额", "turnover"),
    "11_case_study.ipynb": ("敏感个人信息", "turnover"),
    "13_appendix_trade_secret_damages.ipynb": ("惩罚性赔偿", "punitive damages"),
}
# A term the Chinese edition of a lesson writes, and its handout (zh/) a search for it must find.
SEARCH_TERMS_ZH = {
    "00_start_here.ipynb": ("学习目标",),
    "10_administrative_fines.ipynb": ("营业额",),
    "13_appendix_trade_secret_damages.ipynb": ("惩罚性赔偿",),
}
SEARCHED = [(n.replace(".ipynb", ".html"), term) for n in SELECTION for term in SEARCH_TERMS.get(n, ())] + [
    (f"zh/{n.replace('.ipynb', '.html')}", term) for n in SELECTION for term in SEARCH_TERMS_ZH.get(n, ())
]


@pytest.mark.parametrize(("handout", "term"), SEARCHED)
def test_the_index_page_searches_every_handout_of_both_editions_in_chinese_and_english_offline(
    page, served, handout, term
):
    base, _ = served
    page.goto(f"{base}/index.html")
    page.fill(".pagefind-ui__search-input", term)
    page.wait_for_selector(".pagefind-ui__result-link", timeout=15_000)
    address = f"{base}/{handout}"  # exactly: zh/NN_name.html is not NN_name.html
    page.wait_for_function(
        "address => [...document.querySelectorAll('.pagefind-ui__result-link')]"
        ".some(a => a.href.split('#')[0] === address)",
        arg=address,
        timeout=15_000,
    )
    links = page.locator(".pagefind-ui__result-link").evaluate_all("links => links.map(a => a.href)")
    found = [link for link in links if link.split("#")[0] == address]
    assert any("#" in link for link in found), "the results name the sections that hold the term"
    screenshot(page, f"handout-search-{handout.split('_')[0].replace('/', '-')}")
    page.goto(found[0])
    page.wait_for_function(WIDGETS_DRAWN, timeout=30_000)
    assert page.url.split("#")[0] == address
    assert page.context.blocked == []


def test_the_index_page_and_its_search_results_have_no_serious_accessibility_violation(page, served):
    from axe_playwright_python.sync_playwright import Axe

    base, _ = served
    page.goto(f"{base}/index.html")
    page.fill(".pagefind-ui__search-input", "turnover")
    page.wait_for_selector(".pagefind-ui__result-link", timeout=15_000)
    page.evaluate(Axe().axe_script)  # the copy of axe-core in the package: nothing is fetched
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    serious = [(v["id"], v["help"]) for v in results["violations"] if v["impact"] in ("serious", "critical")]
    assert serious == []
    assert page.context.blocked == []
