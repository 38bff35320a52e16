"""The charts (pilaw.show.charts): Vega-Lite v5 specs built in Python. Each carries the library's numbers, fits a projected
screen, fetches nothing, and neither importing the module nor building a chart loads a plotting library."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from pilaw import InputError, LawError
from pilaw.law.money import format_yuan
from pilaw.rules.compensation import page_claim
from pilaw.show import charts, theme
from pilaw.teaching.cases import cases

D = Decimal
DAY = date(2024, 8, 1)
ON = date(2024, 3, 15)
QUESTION_3 = ["gender", "birth_year", "district"]


def units(spec: dict, data: list | None = None):
    """Every unit view of a spec (a dict with a ``mark``), with the data values it draws (its own or inherited)."""
    data = spec.get("data", {}).get("values", data)
    if "mark" in spec:
        yield spec, data
    for key in ("layer", "hconcat", "vconcat", "concat"):
        for child in spec.get(key, ()):
            yield from units(child, data)


def named(spec: dict, name: str) -> tuple[dict, list]:
    found = [(unit, data) for unit, data in units(spec) if unit.get("name") == name]
    assert len(found) == 1, f"{name}: {len(found)} views"
    return found[0]


def has_view(spec: dict, name: str) -> bool:
    return any(unit.get("name") == name for unit, _data in units(spec))


def keys(value) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in keys(v)}
    return set()


def texts(value) -> str:
    """Every string in a spec, joined: what a reader can see somewhere on the chart."""
    if isinstance(value, dict):
        return " ".join(texts(v) for v in value.values())
    if isinstance(value, list):
        return " ".join(texts(v) for v in value)
    return value if isinstance(value, str) else ""


def is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


CHARTS = {
    "roster": lambda: charts.roster_uniqueness([*QUESTION_3, "birth_date"]),
    "claims": charts.claims_and_awards,
    "routes": charts.routes_diagram,
    "ratio": charts.ratio_growth,
    "ratio_insider": lambda: charts.ratio_growth({"whereabouts": 25}, insider=True, on=ON),
    "pipl66": lambda: charts.pipl66_caps(mark="2,000,000,000", mark_label="星河网店", on=DAY),
    "pipl66_log": lambda: charts.pipl66_caps(max_turnover="100,000,000,000", log=True, mark="2,000,000,000", on=DAY),
}


# ------------------------------------------------------------------------------------------------ every chart


@pytest.mark.parametrize("name", CHARTS)
def test_every_chart_is_a_vega_lite_v5_spec_whose_views_each_have_a_mark_and_an_encoding(name):
    spec = CHARTS[name]()
    assert spec["$schema"] == "https://vega.github.io/schema/vega-lite/v5.json"
    assert {"mark", "layer", "hconcat"} & set(spec)
    views = list(units(spec))
    assert views and all("encoding" in unit and unit["mark"] for unit, _data in views)
    assert all(data is not None for _unit, data in views), "every view draws inline data"
    json.dumps(spec, allow_nan=False)  # plain JSON: what the front end receives


@pytest.mark.parametrize("name", CHARTS)
def test_every_chart_fetches_nothing_and_says_what_it_shows_in_one_line(name):
    spec = CHARTS[name]()
    assert "url" not in keys(spec), "data are inline, never fetched"
    description = spec["description"]
    assert description and "\n" not in description
    assert charts.bundle(spec) == {charts.MIME: spec, "text/plain": description}


@pytest.mark.parametrize("name", CHARTS)
def test_every_chart_is_titled_in_chinese_and_english(name):
    spec = CHARTS[name]()
    title = texts(spec["title"])
    assert is_chinese(title) and any("a" <= ch <= "z" for ch in title)


@pytest.mark.parametrize("name", CHARTS)
def test_every_chart_fits_a_projected_screen(name):
    spec = CHARTS[name]()
    if "hconcat" in spec:  # panels plus about 100 px each for axes and titles (measured in chromium: ≤ 801 px)
        panels = spec["hconcat"]
        assert sum(p["width"] for p in panels) + spec["spacing"] * (len(panels) - 1) + 100 * len(panels) <= 860
    else:  # one view: autosize "fit" makes the width the whole chart
        assert spec["width"] <= 860 and spec["autosize"]["type"] == "fit"


def test_importing_the_charts_and_drawing_every_one_never_imports_matplotlib():
    code = (
        "import sys\nimport pilaw.show.charts, pilaw.show.course, pilaw.widgets.fines\n"
        "from pilaw.widgets.personal_information import combination\n"
        "assert 'matplotlib' not in sys.modules\n"
        "from tests.test_charts import CHARTS\n"
        "for build in CHARTS.values(): build()\n"
        "combination()\n"
        "assert 'matplotlib' not in sys.modules, 'a chart imported matplotlib'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[1])


# ------------------------------------------------------------------------------------------------ notebook 01: roster


def test_the_roster_chart_has_a_bar_per_class_size_with_the_unique_in_red_and_a_growth_line():
    spec = charts.roster_uniqueness(QUESTION_3)
    bars, bar_data = named(spec, "class_sizes")
    assert [(row["size"], row["people"]) for row in bar_data] == [("1", 193), ("2", 80), ("3", 27)]
    assert [row["unique"] for row in bar_data] == [True, False, False]
    assert bars["encoding"]["color"]["condition"] == {"test": "datum.unique", "value": "#b00020"}
    assert "193 / 300" in bars["title"] and "k = 1" in bars["title"]
    _line, growth = named(spec, "growth")
    assert [row["unique"] for row in growth] == [0, 13, 193]
    assert growth[0]["column"] == "+ 性别 gender"


def test_the_roster_growth_line_follows_the_order_given():
    _line, growth = named(charts.roster_uniqueness(["district", "birth_year", "gender"]), "growth")
    assert [row["unique"] for row in growth] == [0, 120, 193]


def test_the_roster_chart_refuses_an_unknown_column():
    with pytest.raises(InputError):
        charts.roster_uniqueness(["gender", "shoe_size"])


# ------------------------------------------------------------------------------------------ notebook 05: compensation


def test_every_case_with_an_award_is_drawn_once_at_its_amount_and_labelled():
    spec = charts.claims_and_awards()
    drawn = [
        row
        for name in ("claimed_cases", "claimed_approximate", "unclaimed_cases", "unclaimed_approximate")
        for unit, data in [named(spec, name)]
        for row in data
        if bool(row["approximate"]) == name.endswith("approximate")
    ]
    awarded = {c.id: c for c in cases() if c.awarded is not None and c.awarded > 0}
    assert sorted(row["id"] for row in drawn) == sorted(awarded)
    for row in drawn:
        case = awarded[row["id"]]
        assert row["awarded"] == float(case.awarded)
        assert row["awarded_yuan"].endswith(format_yuan(case.awarded))
        assert (row["claimed"] is not None) == (case.claimed is not None and case.claimed > 0)
    labels = {row["label"] for row in drawn}
    assert "≈B10" in labels and {"B5", "B6", "B7", "B2", "B12"} <= labels


def test_the_claims_chart_names_the_cases_it_cannot_draw_and_marks_the_page_floors_as_not_law():
    spec = charts.claims_and_awards()
    subtitle = " ".join(spec["title"]["subtitle"])
    assert "B1: 未说明判赔 award not stated" in subtitle and "B8: " in subtitle
    _rule, floors = named(spec, "claimed_page_floors")
    page = page_claim()
    assert [row["amount"] for row in floors] == [float(page.property_floor), float(page.mental_floor)]
    assert all("not law" in row["en"] and "不是法律" in row["zh"] for row in floors)


def test_the_claims_chart_is_on_log_scales():
    spec = charts.claims_and_awards()
    unit, _data = named(spec, "claimed_cases")
    assert unit["encoding"]["x"]["scale"]["type"] == "log" and unit["encoding"]["y"]["scale"]["type"] == "log"
    unit, _data = named(spec, "unclaimed_cases")
    assert unit["encoding"]["y"]["scale"]["type"] == "log"


# ------------------------------------------------------------------------------------------------ notebook 06: routes


def status_colour(spec: dict, card: dict) -> str:
    unit, _data = named(spec, "cards")
    scale = unit["encoding"]["fill"]["scale"]
    return dict(zip(scale["domain"], scale["range"], strict=False))[card["status"]]


def test_the_routes_diagram_draws_one_card_per_engagement_and_party_coloured_by_status():
    from pilaw.widgets.routes import example

    spec = charts.routes_diagram()
    _unit, cards = named(spec, "cards")
    r = example()
    assert {c["key"] for c in cards} == {f"{e.key}@{p.value}" for e in r.engagements for p in e.targets}
    by_key = {c["key"]: c for c in cards}
    assert status_colour(spec, by_key["criminal.pi@leaker"]) == theme.RED
    assert status_colour(spec, by_key["admin.holder@holder"]) == theme.AMBER
    assert status_colour(spec, by_key["civil.medical@holder"]) == theme.GREY


def test_the_routes_diagram_follows_the_facts():
    from pilaw.widgets.routes import example

    _unit, cards = named(charts.routes_diagram(example(to_whom="public")), "cards")
    assert not any(c["key"].endswith("@recipient") for c in cards)


# ---------------------------------------------------------------------------------- notebook 08: the severity ratio


def test_the_ratio_chart_draws_three_lines_that_reach_one_at_50_500_and_5000_pieces():
    spec = charts.ratio_growth(on=ON)
    _unit, lines = named(spec, "groups")
    for group, standard in (("sensitive", 50), ("safety", 500), ("other", 5000)):
        rows = [row for row in lines if row["group"] == group]
        assert all(row["ratio"] == pytest.approx(row["pieces"] / standard) for row in rows) and len(rows) == 2
    _unit, levels = named(spec, "growth_levels")
    assert {row["level"]: row["ratio"] for row in levels} == {"serious": 1, "especially_serious": 10}
    _unit, shares = named(spec, "shares")
    assert {row["expression"] for row in shares} == {"35/50 + 150/500 = 1"}
    assert sum(row["fraction"] for row in shares) == pytest.approx(1)


def test_the_insider_ratio_chart_halves_the_standards():
    spec = charts.ratio_growth({"whereabouts": 25}, insider=True, on=ON)
    _unit, lines = named(spec, "groups")
    first = next(row for row in lines if row["group"] == "sensitive")
    assert first["ratio"] == pytest.approx(first["pieces"] / 25)
    _unit, shares = named(spec, "shares")
    assert [row["expression"] for row in shares] == ["25/25 = 1"]


# ----------------------------------------------------------------------------------------------- notebook 10: PIPL 66


def series(spec: dict, key: str) -> tuple[list, list]:
    _unit, points = named(spec, "caps")
    rows = [row for row in points if row["key"] == key]
    return [row["turnover"] for row in rows], [row["cap"] for row in rows]


def test_the_caps_cross_at_a_turnover_of_1000000000():
    assert charts.crossing_turnover(DAY) == D(1000000000)


def test_the_pipl_chart_draws_the_fixed_cap_the_turnover_cap_the_higher_reading_and_the_crossing():
    spec = charts.pipl66_caps(max_turnover="3,000,000,000", on=DAY)
    # in million yuan: x = 0, 1,000 (the crossing), 3,000
    assert series(spec, "fixed_cap") == ([0, 1000, 3000], [50, 50, 50])
    assert series(spec, "turnover_cap") == ([0, 1000, 3000], [0, 50, 150])
    assert series(spec, "higher_reading") == ([0, 1000, 3000], [50, 50, 150])
    _unit, crossing = named(spec, "crossing")
    assert crossing == [{"turnover": 1000, "cap": 50}]
    assert "1,000,000,000" in texts(spec["layer"])  # the crossing is labelled with its exact turnover
    unit, points = named(spec, "caps")
    assert "type" not in unit["encoding"]["x"]["scale"]  # linear
    assert {row["cap_yuan"] for row in points} >= {"50,000,000", "150,000,000", "0"}


def test_the_higher_reading_is_labelled_as_commentary_not_the_text_and_drawn_faint_and_dashed():
    spec = charts.pipl66_caps(on=DAY)
    unit, points = named(spec, "caps")
    label = next(row["label"] for row in points if row["key"] == "higher_reading")
    assert "whichever is higher" in label and "not the text" in label and "学界" in label and "不是条文" in label

    def style(channel: str):
        scale = unit["encoding"][channel]["scale"]
        return dict(zip(scale["domain"], scale["range"], strict=False))[label]

    assert style("strokeDash") != [1, 0] and style("opacity") < 1
    assert "'or'" in texts(spec["title"]) and "“五千万元以下或者上一年度营业额百分之五以下”" in texts(spec["title"])


def test_the_title_quotes_the_cap_from_the_corpus():
    assert charts.pipl66_cap_words(DAY) == "五千万元以下或者上一年度营业额百分之五以下"


def test_a_marked_company_shows_its_two_caps():
    spec = charts.pipl66_caps(max_turnover="3,000,000,000", mark="2,000,000,000", mark_label="星河网店", on=DAY)
    _unit, mark = named(spec, "mark")
    assert [(row["turnover"], row["cap"]) for row in mark] == [(2000, 50), (2000, 100)]
    assert [row["cap_yuan"] for row in mark] == ["50,000,000", "100,000,000"]
    assert all(row["label"] == "星河网店" for row in mark)


def test_a_mark_beyond_the_range_widens_the_range():
    spec = charts.pipl66_caps(max_turnover="500,000,000", mark="4,000,000,000", on=DAY)
    assert max(series(spec, "turnover_cap")[0]) == 4000


def test_below_the_crossing_there_is_no_crossing_point_and_the_higher_reading_is_the_fixed_cap():
    spec = charts.pipl66_caps(max_turnover="999,999,999.99", on=DAY)
    assert not has_view(spec, "crossing")
    assert series(spec, "higher_reading")[1] == series(spec, "fixed_cap")[1]


def test_log_axes_start_four_decades_below_the_right_end():
    spec = charts.pipl66_caps(max_turnover="100,000,000,000", log=True, on=DAY)
    unit, _points = named(spec, "caps")
    assert unit["encoding"]["x"]["scale"]["type"] == "log" and unit["encoding"]["y"]["scale"]["type"] == "log"
    assert series(spec, "turnover_cap")[0] == [10, 1000, 100000]
    assert has_view(spec, "crossing")


@pytest.mark.parametrize("bad", [True, None, "一千", "abc", "-1", "0", "NaN", "1.005"])
def test_a_bad_max_turnover_is_refused_with_a_bilingual_message(bad):
    with pytest.raises(InputError) as caught:
        charts.pipl66_caps(max_turnover=bad, on=DAY)
    assert caught.value.zh and caught.value.en


@pytest.mark.parametrize(
    "kwargs",
    [
        {"mark": "一千"},
        {"mark": True},
        {"log": "yes"},
        {"log": True, "min_turnover": "0"},
        {"min_turnover": "5,000,000,000"},
        {"on": "abc"},
    ],
)
def test_other_bad_arguments_are_refused(kwargs):
    with pytest.raises(InputError):
        charts.pipl66_caps(**kwargs)


def test_before_pipl_took_effect_the_chart_is_refused():
    with pytest.raises(LawError):
        charts.pipl66_caps(on=date(2021, 10, 31))
