"""Calculators work without a kernel: set .value, press the button, read the result."""

from __future__ import annotations

from decimal import Decimal

from pilaw.widgets import Calculator, text
from pilaw.widgets.start import amount_reader


def test_the_amount_reader_starts_with_a_meaningful_example():
    reader = amount_reader()
    assert reader.outcome == Decimal("1200.50")
    assert "1,200.50" in reader.result.value


def test_a_refused_amount_shows_a_bilingual_message_and_keeps_what_was_typed():
    reader = amount_reader()
    reader.inputs["amount"].value = "一千"
    assert reader.outcome is None and reader.unexpected is None
    assert "请检查输入" in reader.result.value and "Please check the input" in reader.result.value
    assert reader.inputs["amount"].value == "一千"


def test_pressing_the_button_recomputes():
    reader = amount_reader()
    reader.inputs["amount"].value = "5"
    reader.button.click()
    assert reader.outcome == Decimal("5")


def test_a_fault_in_a_rule_is_shown_inside_the_widget_not_raised():
    def broken(amount):
        raise ZeroDivisionError("boom")

    calc = Calculator({"amount": text("金额", "Amount", "1")}, compute=broken, render=str)
    assert isinstance(calc.unexpected, ZeroDivisionError)
    assert "The calculator failed" in calc.result.value


def test_a_quiz_gives_instant_feedback_on_a_choice_and_on_an_amount():
    from pilaw.widgets.quiz import Amount, Choice, quiz

    q = quiz(
        Choice("哪个？", "Which?", ["a", "b"], 1, "因为 b。", "Because b."),
        Amount("多少？", "How much?", Decimal("500"), "五百。", "Five hundred."),
    )
    choice, amount = q.items
    choice.button.click()
    assert choice.correct is None and "Choose an answer first" in choice.feedback.value
    choice.input.value = 0
    choice.button.click()
    assert choice.correct is False and "Not quite" in choice.feedback.value
    choice.input.value = 1
    choice.button.click()
    assert choice.correct is True and "Because b." in choice.feedback.value
    amount.input.value = "五百"
    amount.button.click()
    assert amount.correct is None and "Please check the input" in amount.feedback.value
    amount.input.value = "500元"
    amount.button.click()
    assert amount.correct is True and q.score == 2


def test_what_a_calculator_would_show_is_what_it_shows_once_the_inputs_are_set():
    reader = amount_reader()
    preview = reader.shown(amount="2500")
    assert reader.outcome == Decimal("1200.50")  # nothing on screen changed
    reader.inputs["amount"].value = "2500"
    assert (preview.outcome, preview.html) == (reader.outcome, reader.result.value)
    refused = reader.shown(amount="一千")
    assert refused.outcome is None and refused.unexpected is None and refused.html == amount_reader("一千").result.value


def test_what_a_calculator_would_show_starts_from_its_worked_example_whatever_was_typed():
    reader = amount_reader()
    reader.inputs["amount"].value = "7"
    assert reader.shown().outcome == Decimal("1200.50") and reader.outcome == Decimal("7")
    assert reader.shown(amount="8").outcome == Decimal("8")


def test_a_calculator_that_shows_its_date_renders_the_date_of_the_question_not_of_the_screen():
    from datetime import date

    from pilaw.widgets.fines import pipl66_calculator

    calc = pipl66_calculator()
    calc.inputs["on"].value = date(2024, 1, 1)
    question = calc.shown(on=date(2022, 1, 1))
    assert question.outcome.on == date(2022, 1, 1)
    assert question.html == pipl66_calculator(on=date(2022, 1, 1)).result.value


def test_a_calculator_shown_twice_is_the_same_widget():
    reader = amount_reader()
    assert reader.widget is reader.widget


def test_widgets_with_the_same_look_share_one_layout_and_one_style():
    from pilaw.widgets import checkbox

    a, b = text("甲", "A", "1"), text("乙", "B", "2")
    assert a.layout is b.layout and a.style is b.style
    assert text("丙", "C", width="100px").layout is not a.layout
    assert checkbox("丁", "D").style is not a.style  # each kind of widget has its own kind of style


def test_a_shared_look_closed_with_its_widgets_is_made_again():
    import ipywidgets as W

    first = text("甲", "A").layout
    W.Widget.close_all()
    again = text("乙", "B")
    assert again.layout is not first and again.layout.comm is not None


def test_no_calculator_of_the_course_changes_a_shared_look():
    from pilaw.widgets import _SHARED
    from test_bad_input_catalog import FACTORIES

    for param in FACTORIES:
        calc = param.values[0]()
        assert calc.widget is not None
    for (kind, traits), model in _SHARED.items():
        assert {name: getattr(model, name) for name, _ in traits} == dict(traits), kind.__name__
        defaults = kind()
        changed = {
            name
            for name in model.keys
            if not name.startswith("_") and name not in dict(traits) and getattr(model, name) != getattr(defaults, name)
        }
        assert not changed, f"{kind.__name__} {dict(traits)}: {changed} changed after it was shared"


# --- the shared look and the HTML helpers (pilaw.show.render, pilaw.show.theme) --------------------------------


def test_a_step_that_does_not_simply_apply_the_law_says_its_kind_under_its_basis_in_both_languages():
    from pilaw.law.steps import PAGE_CLAIM, Kind, Step
    from pilaw.show.render import steps_html
    from pilaw.show.theme import AMBER

    markup = steps_html(
        [
            Step("适用", "applies", "pipl/28"),
            Step("解读", "a reading", "pipl/28", Kind.READING),
            Step("网页称", "the page says", PAGE_CLAIM),
        ]
    )
    rows = markup.split("<tr>")[2:]
    assert Kind.READING.zh not in rows[0] and Kind.READING.en not in rows[0]
    assert f"{Kind.READING.zh} · {Kind.READING.en}" in rows[1] and AMBER in rows[1]
    assert "what the page claims (not law)" in rows[2] and Kind.PAGE.en not in rows[2]  # said once, by the basis


def test_html_is_ipython_html_in_a_kernel_and_the_course_uses_it():
    from IPython.display import HTML

    from pilaw.show import course, render

    assert isinstance(render.html("<b>x</b>"), HTML) and render.html("<b>x</b>").data == "<b>x</b>"
    assert isinstance(render.show("pipl/69"), HTML) and isinstance(course.course_map(), HTML)


def test_the_setup_note_and_the_error_box_take_their_colours_from_the_theme():
    from pilaw import InputError
    from pilaw.show import course, theme
    from pilaw.widgets import error_html

    assert theme.GREEN in course.check_environment().data
    assert theme.ERROR_BOX_STYLE in error_html(InputError("x", "错", "wrong"))


def test_the_presentation_files_write_no_colour_of_their_own():
    import re
    from pathlib import Path

    import pilaw

    lib = Path(pilaw.__file__).parent
    switched = ["show/render.py", "show/course.py", *(f"widgets/{n}.py" for n in ("__init__", "quiz", "start"))]
    switched += ["widgets/personal_information.py", "widgets/processing.py"]
    for name in switched:
        assert not re.findall(r"#[0-9a-fA-F]{3,6}\b", (lib / name).read_text(encoding="utf-8")), name
