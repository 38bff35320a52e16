"""The PIPL art. 66 caps plot: the lines it draws, where they cross, and what it refuses."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal

import matplotlib
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from pilaw import InputError, LawError, plots  # noqa: E402

D = Decimal
DAY = date(2024, 8, 1)


def lines(figure) -> dict:
    return {line.get_gid(): line for line in figure.axes[0].lines if line.get_gid()}


@pytest.fixture(autouse=True)
def _close():
    yield
    plt.close("all")


def test_the_caps_cross_at_a_turnover_of_1000000000():
    assert plots.crossing_turnover(DAY) == D(1000000000)


def test_the_plot_returns_a_figure_with_the_fixed_cap_the_turnover_cap_the_higher_reading_and_the_crossing():
    figure = plots.pipl66_caps(max_turnover="3,000,000,000", on=DAY)
    assert isinstance(figure, matplotlib.figure.Figure)
    found = lines(figure)
    assert set(found) == {"fixed_cap", "turnover_cap", "higher_reading", "crossing"}
    # in million yuan: x = 0, 1,000 (the crossing), 3,000
    assert list(found["fixed_cap"].get_xdata()) == [0, 1000, 3000]
    assert list(found["fixed_cap"].get_ydata()) == [50, 50, 50]
    assert list(found["turnover_cap"].get_ydata()) == [0, 50, 150]
    assert list(found["higher_reading"].get_ydata()) == [50, 50, 150]
    assert list(found["crossing"].get_xdata()) == [1000] and list(found["crossing"].get_ydata()) == [50]
    assert figure.axes[0].get_xscale() == "linear"


def test_the_higher_reading_is_labelled_as_commentary_not_the_text():
    figure = plots.pipl66_caps(on=DAY)
    label = lines(figure)["higher_reading"].get_label()
    assert "whichever is higher" in label and "not the text" in label
    assert lines(figure)["higher_reading"].get_linestyle() != "-"
    assert "'or'" in figure.axes[0].get_title()


def test_the_title_quotes_the_cap_from_the_corpus():
    assert plots.pipl66_cap_words(DAY) == "五千万元以下或者上一年度营业额百分之五以下"


def test_a_marked_company_shows_its_two_caps():
    figure = plots.pipl66_caps(max_turnover="3,000,000,000", mark="2,000,000,000", mark_label="星河网店", on=DAY)
    mark = lines(figure)["mark"]
    assert list(mark.get_xdata()) == [2000, 2000]
    assert list(mark.get_ydata()) == [50, 100]
    assert "星河网店" in mark.get_label()


def test_a_mark_beyond_the_range_widens_the_range():
    figure = plots.pipl66_caps(max_turnover="500,000,000", mark="4,000,000,000", on=DAY)
    assert max(lines(figure)["turnover_cap"].get_xdata()) == 4000


def test_below_the_crossing_there_is_no_crossing_point_and_the_higher_reading_is_the_fixed_cap():
    figure = plots.pipl66_caps(max_turnover="999,999,999.99", on=DAY)
    found = lines(figure)
    assert "crossing" not in found
    assert list(found["higher_reading"].get_ydata()) == list(found["fixed_cap"].get_ydata())


def test_log_axes_start_four_decades_below_the_right_end():
    figure = plots.pipl66_caps(max_turnover="100,000,000,000", log=True, on=DAY)
    ax = figure.axes[0]
    assert ax.get_xscale() == "log" and ax.get_yscale() == "log"
    found = lines(figure)
    assert list(found["turnover_cap"].get_xdata()) == [10, 1000, 100000]
    assert "crossing" in found


def test_the_figure_fits_a_projected_screen():
    figure = plots.pipl66_caps(on=DAY)
    assert figure.get_size_inches()[0] * figure.dpi <= 900


def test_labels_are_bilingual_when_a_chinese_font_is_installed_and_english_without(monkeypatch):
    monkeypatch.setattr(plots, "_cjk_font", lambda: "Noto Sans CJK SC")
    assert "固定上限" in lines(plots.pipl66_caps(on=DAY))["fixed_cap"].get_label()
    monkeypatch.setattr(plots, "_cjk_font", lambda: None)
    figure = plots.pipl66_caps(on=DAY, mark=2_000_000_000)
    texts = [line.get_label() for line in figure.axes[0].lines] + [figure.axes[0].get_title(),
                                                                    figure.axes[0].get_xlabel()]
    assert all(not any("\u4e00" <= ch <= "\u9fff" for ch in t) for t in texts), texts


@pytest.mark.parametrize("bad", [True, None, "一千", "abc", "-1", "0", "NaN", "1.005"])
def test_a_bad_max_turnover_is_refused_with_a_bilingual_message(bad):
    with pytest.raises(InputError) as caught:
        plots.pipl66_caps(max_turnover=bad, on=DAY)
    assert caught.value.zh and caught.value.en


@pytest.mark.parametrize("kwargs", [{"mark": "一千"}, {"mark": True}, {"log": "yes"}, {"log": True, "min_turnover": "0"},
                                    {"min_turnover": "5,000,000,000"}, {"on": "abc"}])
def test_other_bad_arguments_are_refused(kwargs):
    with pytest.raises(InputError):
        plots.pipl66_caps(**kwargs)


def test_before_pipl_took_effect_the_plot_is_refused():
    with pytest.raises(LawError):
        plots.pipl66_caps(on=date(2021, 10, 31))


def test_importing_the_plots_module_does_not_import_matplotlib():
    code = "import sys, pilaw.plots, pilaw.widgets.fines; assert 'matplotlib' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
