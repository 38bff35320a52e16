"""Plots for the notebooks. matplotlib is imported inside each function, so ``import pilaw.plots`` stays light.

* :func:`pipl66_caps` — PIPL art. 66 para. 2, the two caps of a serious case against the previous year's
  turnover: the fixed cap, the turnover share, where they cross, and (as commentary, not text) the
  "whichever is higher" reading.

Every figure drawn here comes from :func:`pilaw.administrative.pipl_serious_caps` (dated figures); none is
written in this module.
"""

from __future__ import annotations

import re
from decimal import Decimal
from fractions import Fraction

from . import law
from .administrative import pipl_serious_caps
from .errors import InputError
from .money import format_yuan, parse_yuan

__all__ = ["crossing_turnover", "pipl66_cap_words", "pipl66_caps"]

ZERO = Decimal(0)
MILLION = Decimal(10) ** 6  # plotting unit: 百万元 (million yuan) — a unit, not a legal figure
LOG_SPAN = Decimal(10) ** 4  # a log plot starts four decades below its right end unless told otherwise
LINEAR_HEADROOM, LOG_HEADROOM = 1.5, 30  # room above the lines for the legend (layout, not law)
WIDTH_INCHES, HEIGHT_INCHES, DPI = 8.6, 5.0, 100  # 860 px wide: fits a 1280×720 projector with room to spare

# Fonts that hold Chinese glyphs, best first; the first one installed is used.
CJK_FONTS = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
             "Microsoft YaHei", "SimHei", "PingFang SC", "Heiti SC", "Arial Unicode MS")


def crossing_turnover(on: object = None) -> Decimal:
    """The turnover at which the two serious-case caps of PIPL art. 66 para. 2 are equal.

    The fixed cap divided by the turnover share (read from the dated figures through
    :func:`pipl_serious_caps`): 50,000,000 ÷ 5 % = 1,000,000,000 yuan. Below it the fixed cap is the larger,
    above it the turnover cap.
    """
    fixed, per_yuan, _higher, _lower = pipl_serious_caps(1, on=on)
    exact = Fraction(fixed) / Fraction(per_yuan)
    return Decimal(exact.numerator) / Decimal(exact.denominator)


def pipl66_cap_words(on: object = None) -> str:
    """The words of the serious-case cap, read from the corpus (PIPL art. 66 para. 2, what follows "并处")."""
    prov = law.provision("pipl/66", on) if on is not None else law.versions("pipl/66")[-1]
    found = re.search(r"并处(.+?或者.+?)罚款", prov.paragraphs_zh[1])
    return found.group(1) if found else ""


def _cjk_font() -> str | None:
    """The name of an installed font with Chinese glyphs, or None (then the plot is labelled in English only)."""
    from matplotlib import font_manager

    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in CJK_FONTS:
        if name in installed:
            return name
    return next((name for name in sorted(installed) if "CJK" in name), None)


def _positive(value: object, field: str) -> Decimal:
    amount = parse_yuan(value, field)
    if amount <= 0:
        raise InputError(field, "须大于0", "must be more than 0")
    return amount


def pipl66_caps(max_turnover: object = "3,000,000,000", *, mark: object = None, mark_label: str = "",
                log: bool = False, min_turnover: object = None, on: object = None):
    """Plot PIPL art. 66 para. 2's two caps of a serious case against the previous year's turnover.

    Lines (each has a ``gid`` so a test can find it): ``fixed_cap`` — the fixed 50,000,000 yuan cap;
    ``turnover_cap`` — 5 % of turnover; ``higher_reading`` — "whichever is higher", drawn faint and dashed
    because it is a commentary reading, not the text (which says "或者", or); ``crossing`` — the point where
    the caps meet (1,000,000,000 yuan turnover), when it lies in the plotted range; ``mark`` — an optional
    company's turnover (``mark``, named ``mark_label``) with its two caps.

    ``max_turnover``: the right end of the turnover axis (yuan). ``log``: log-log axes (then the left end is
    ``min_turnover``, default four decades below the right end). ``on``: date of the conduct (default today).
    Amounts are plotted in 百万元 (million yuan). Returns the matplotlib Figure.
    """
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    if not isinstance(log, bool):
        raise InputError("log", "须为 True 或 False", f"must be True or False, not {log!r}")
    right = _positive(max_turnover, "最大营业额 max_turnover")
    marked = None if mark is None else parse_yuan(mark, "标出的营业额 mark")
    if marked is not None:
        right = max(right, marked)
    if log:
        left = right / LOG_SPAN if min_turnover is None else _positive(min_turnover, "最小营业额 min_turnover")
        if marked is not None and marked > 0:
            left = min(left, marked)
    else:
        left = ZERO if min_turnover is None else parse_yuan(min_turnover, "最小营业额 min_turnover")
    if left >= right:
        raise InputError("最小营业额 min_turnover", "须小于最大营业额", "must be less than max_turnover")

    fixed, _cap, _higher, _lower = pipl_serious_caps(right, on=on)
    cross = crossing_turnover(on)
    xs = [left] + ([cross] if left < cross < right else []) + [right]
    caps = [pipl_serious_caps(x, on=on) for x in xs]
    ratio_text = _percent(pipl_serious_caps(1, on=on)[1])
    quoted = pipl66_cap_words(on)

    def m(amount: Decimal) -> float:  # drawing only: exact amounts stay Decimal everywhere else
        return float(amount / MILLION)

    cjk = _cjk_font()

    def both(zh: str, en: str) -> str:
        return f"{zh} · {en}" if cjk else en

    rc = {"font.size": 10}
    if cjk:  # a concrete family list, stored in each text as it is made (a generic family is resolved later)
        rc["font.family"] = [cjk, "DejaVu Sans"]
    with plt.rc_context(rc):
        figure = plt.figure(figsize=(WIDTH_INCHES, HEIGHT_INCHES), dpi=DPI)
        ax = figure.add_subplot(1, 1, 1)
        x = [m(v) for v in xs]
        ax.plot(x, [m(c[2]) for c in caps], color="#9e9e9e", linewidth=7, alpha=0.45, linestyle=(0, (2, 1)),
                gid="higher_reading",
                label=both("取较高者（评论中的读法，不是条文用语）", "whichever is higher (commentary reading, not the text)"))
        ax.plot(x, [m(c[0]) for c in caps], color="#1f4e9c", linewidth=2, gid="fixed_cap",
                label=both(f"固定上限 {format_yuan(fixed)} 元", f"fixed cap {format_yuan(fixed)} yuan"))
        ax.plot(x, [m(c[1]) for c in caps], color="#b00020", linewidth=2, gid="turnover_cap",
                label=both(f"上一年度营业额的 {ratio_text}", f"{ratio_text} of last year's turnover"))
        if left < cross < right:
            ax.plot([m(cross)], [m(fixed)], marker="o", markersize=8, color="black", linestyle="none", gid="crossing",
                    label=both(f"交点：营业额 {format_yuan(cross)} 元", f"crossing at turnover {format_yuan(cross)} yuan"))
        if marked is not None and (not log or marked > 0):
            m_fixed, m_cap, _h, _l = pipl_serious_caps(marked, on=on)
            ax.axvline(m(marked), color="#2e7d32", linestyle=":", linewidth=1.5)
            ax.plot([m(marked), m(marked)], [m(m_fixed), m(m_cap)], marker="s", color="#2e7d32", linestyle="none",
                    gid="mark", label=f"{mark_label or both('示例', 'example')} — "
                                      + both(f"营业额 {format_yuan(marked)} 元", f"turnover {format_yuan(marked)} yuan"))
            ax.annotate(f"{format_yuan(m_cap)}", (m(marked), m(m_cap)), xytext=(8, 4), textcoords="offset points",
                        fontsize=9, color="#b00020")
            ax.annotate(f"{format_yuan(m_fixed)}", (m(marked), m(m_fixed)), xytext=(8, -14),
                        textcoords="offset points", fontsize=9, color="#1f4e9c")
        top = max(m(c[2]) for c in caps)
        if log:  # headroom above the lines for the legend: a decade and a half on log axes, half again on linear
            ax.set_xscale("log")
            ax.set_yscale("log")
            ax.set_ylim(top=top * LOG_HEADROOM)
        else:
            ax.set_xlim(m(left), m(right))
            ax.set_ylim(0, top * LINEAR_HEADROOM)
        grouped = FuncFormatter(lambda v, _pos: f"{v:,.0f}" if v >= 1 else f"{v:g}")
        ax.xaxis.set_major_formatter(grouped)
        ax.yaxis.set_major_formatter(grouped)
        ax.set_xlabel(both("上一年度营业额（百万元）", "previous year's turnover (million yuan)"))
        ax.set_ylabel(both("罚款上限（百万元）", "fine cap (million yuan)"))
        title_en = "PIPL art. 66 para. 2 (serious case): the text says 'or', not 'whichever is higher'"
        ax.set_title(f"个人信息保护法第六十六条第二款：「{quoted}」\n{title_en}" if cjk else title_en, fontsize=11)
        ax.grid(True, which="major", alpha=0.3)
        ax.legend(loc="upper left", fontsize=9, framealpha=0.9)
        figure.tight_layout()
    return figure


def _percent(ratio: Decimal) -> str:
    """Decimal('0.05') → "5 %" (Decimal's own percent format; no factor written here)."""
    return f"{ratio.normalize():%}".removesuffix("%") + " %"
