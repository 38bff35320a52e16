"""The notebook 01 calculators, without a kernel: defaults, changes, and a refused input."""

from __future__ import annotations

import json
from datetime import date

from pilaw.rules.classify import Personal, Private, Sensitive
from pilaw.widgets.personal_information import classifier, combination, roster_preview

# --- (a) the classifier ------------------------------------------------------------------------------------------


def test_the_classifier_starts_with_health_information_which_is_personal_sensitive_and_often_private():
    calc = classifier()
    c = calc.outcome
    assert c.key == "health"
    assert (c.personal, c.sensitive, c.private) == (Personal.LISTED, Sensitive.LISTED, Private.LIKELY)
    html = calc.result.value
    assert "民法典第一千零三十四条" in html and "PIPL art. 28" in html and "Civil Code art. 1032" in html
    assert calc.unexpected is None


def test_choosing_another_item_reclassifies_it():
    calc = classifier()
    calc.inputs["item"].value = "phone"
    assert calc.outcome.sensitive is Sensitive.NOT_LISTED
    assert "未列明" in calc.result.value
    calc.inputs["item"].value = "anonymised"
    calc.button.click()
    assert calc.outcome.personal is Personal.NOT_PERSONAL
    assert "匿名化处理后的信息" in calc.result.value


def test_an_unsettled_reading_shows_the_yellow_caveat():
    calc = classifier("id_number")
    assert calc.outcome.settled is False
    assert "尚无定论" in calc.result.value and "not settled" in calc.result.value


def test_a_date_before_the_pipl_shows_that_the_category_did_not_exist_yet():
    calc = classifier()
    calc.inputs["on"].value = date(2021, 6, 1)
    assert calc.outcome.sensitive is Sensitive.NOT_IN_FORCE
    assert "尚未施行" in calc.result.value


def test_a_date_before_the_civil_code_is_refused_inside_the_widget():
    calc = classifier()
    calc.inputs["on"].value = date(2020, 6, 1)
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入" in calc.result.value and "Please check the input" in calc.result.value


def test_a_cleared_date_means_today():
    calc = classifier()
    calc.inputs["on"].value = None
    assert calc.outcome.on == date.today()


# --- (b) the combination of columns --------------------------------------------------------------------------------


def test_the_default_release_of_gender_date_of_birth_and_district_singles_out_everyone():
    calc = combination()
    u = calc.outcome
    assert u.columns == ("gender", "birth_date", "district")
    assert (u.people, u.unique, u.k) == (300, 300, 1)
    assert "300 / 300" in calc.result.value and "k = 1" in calc.result.value
    assert shown_chart(calc)["hconcat"]  # the chart
    assert "苏" in calc.result.value  # the example person's full row
    assert calc.unexpected is None


def test_ticking_boxes_recomputes_the_counts():
    calc = combination(chart=False)
    for name in ("birth_date", "district"):
        calc.inputs[name].value = False
    calc.inputs["birth_year"].value = True
    assert (calc.outcome.unique, calc.outcome.k) == (13, 1)
    calc.inputs["district"].value = True
    calc.button.click()
    assert calc.outcome.unique == 193


def test_releasing_only_gender_identifies_no_one():
    calc = combination(["gender"], chart=False)
    assert (calc.outcome.unique, calc.outcome.k) == (0, 139)
    assert "No one is alone" in calc.result.value


def test_a_bad_roster_size_shows_a_bilingual_message_and_keeps_the_text():
    calc = combination(chart=False)
    calc.inputs["size"].value = "三百"
    assert calc.outcome is None and calc.unexpected is None
    assert "请检查输入" in calc.result.value and "number of people" in calc.result.value
    assert calc.inputs["size"].value == "三百"
    calc.inputs["size"].value = "100"
    assert calc.outcome.people == 100


def test_the_layout_stays_within_900_pixels_and_holds_every_input():
    calc = combination(chart=False)
    box = calc.widget
    assert box.layout.max_width == "900px"
    shown = set()
    stack = [box]
    while stack:
        w = stack.pop()
        shown.add(id(w))
        stack.extend(getattr(w, "children", ()))
    assert all(id(w) in shown for w in calc.inputs.values())


def test_the_roster_preview_shows_masked_phones_and_fictional_employers():
    html = roster_preview(5).value
    assert html.count("<tr>") == 6  # header + 5 rows
    assert "****" in html and "星河" in html


def shown_chart(calc) -> dict:
    [output] = calc.chart.outputs
    assert output["output_type"] == "display_data"
    return output["data"]["application/vnd.vegalite.v5+json"]


def test_the_chart_is_a_vega_lite_display_redrawn_on_every_recompute_and_cleared_on_a_bad_input():
    calc = combination()
    assert calc.chart in calc.widget.children
    spec = shown_chart(calc)
    assert "300 / 300" in texts_of(spec)
    calc.inputs["size"].value = "100"
    assert f"{calc.outcome.unique} / 100" in texts_of(shown_chart(calc))
    calc.inputs["size"].value = "三百"
    assert calc.chart.outputs == () and "请检查输入" in calc.result.value
    calc.inputs["size"].value = "300"
    assert "300 / 300" in texts_of(shown_chart(calc))


def test_without_the_chart_only_the_numbers_show():
    calc = combination(chart=False)
    assert calc.chart is None and "300 / 300" in calc.result.value


def texts_of(spec: dict) -> str:
    return json.dumps(spec, ensure_ascii=False)


def test_the_classifier_says_in_words_why_above_its_step_table():
    from pilaw.rules.classify import classify
    from pilaw.widgets.personal_information import classification_why

    calc = classifier()
    why = classification_why(calc.outcome)
    assert why in calc.result.value and why.count("<div>") == 3
    assert "names it" in why and "lists it" in why and "may be" in why
    assert "not yet a statutory category" in classification_why(classify("health", on=date(2021, 10, 31)))
    assert classification_why(classify("anonymised")).count("<div>") == 1
