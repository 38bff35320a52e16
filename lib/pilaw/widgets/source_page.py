"""The source page beside the official texts, and an error hunt (notebook 04 now reads the page with the source
checker, :mod:`pilaw.widgets.sources`; these stay for passage-by-passage work).

* :func:`passage_checker` — choose a passage of the page; see it beside the official text, with the
  differences marked and a cited step for each. Default: Civil Code art. 1034 (the lost "自").
* :func:`error_hunt` — one question per error of the page; the explanation appears only after an answer.
* :func:`answer_key` — the full list of the page's errors, behind a button that works only once every
  question of the hunt has been answered (right or wrong).
  Every answer key is computed from :mod:`pilaw.teaching.source_page`, so the quiz cannot drift from the data.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cached_property
from typing import Any

import ipywidgets as W

from pilaw.show import source_page as page_view
from pilaw.teaching import source_page as sp
from pilaw.widgets import Calculator, date_picker, dropdown, hbox, html_widget, push_button, vbox
from pilaw.widgets.quiz import Amount, Choice, Quiz, quiz

DEFAULT_PASSAGE = "cc1034"


def passage_options() -> list[tuple[str, str]]:
    return [(f"{p.label_zh} · {p.label_en}", p.key) for p in sp.passages()]


WIDE = "860px"  # the passage names are long; stay within a 900 px projector width (theme.PAGE_WIDTH)
DATE_WIDTH = "580px"  # room for the date picker's long label beside the box


def passage_checker(passage: str = DEFAULT_PASSAGE) -> Calculator:
    """A dropdown of the page's passages and an optional date for the official text (empty = the passage's own)."""
    return Calculator(
        {
            "passage": dropdown("网页段落", "Passage of the page", passage_options(), passage, width=WIDE),
            "on": date_picker(
                "对照文本的日期（空＝默认）", "Date of the official text (empty = default)", None, width=DATE_WIDTH
            ),
        },
        compute=lambda passage, on: sp.compare(passage, on=on),
        render=page_view.comparison_html,
        button=("对照", "Compare"),
    )


def _version_name(version: sp.VersionMatch) -> str:
    until = version.effective_to.isoformat() if version.effective_to else "至今 today"
    return f"{version.effective_from.year}年文本 the {version.effective_from.year} text ({version.effective_from.isoformat()} – {until})"


def error_questions() -> list[Choice | Amount]:
    """The questions of the error hunt, in page order; answers computed from the comparisons and the corpus."""
    e = sp.erratum
    lost_1035 = sp.compare("cc1035").lost
    lost_claim = sp.compare("claim").lost

    matches = sp.match_versions("art219_explanation")
    closest = sp.closest_version("art219_explanation")
    version_options = [_version_name(m) for m in matches] + ["两者都不是 neither"]

    band_options = [
        "没有错 Nothing is wrong",
        "第二百五十三条之一没有管制，网页还漏了“情节特别严重”的三年以上七年以下一档 "
        "Art. 253-1 has no 管制, and the page leaves out the 3-to-7-years band for 情节特别严重",
        "最高刑是十年 The maximum is ten years",
        "这个罪不处罚金 This crime carries no fine",
    ]
    official = sp.official_text("art253_1_penalty")
    band_answer = 1 if ("管制" not in official and "三年以上七年以下" in official) else 0

    authority = e("authority_name")
    authority_options = [
        "工商行政管理部门（网页的说法） the administration for industry and commerce (the page's word)",
        "监督检查部门（反不正当竞争法第二十一条，2025年10月15日起为第二十六条） the supervision and inspection department "
        "(AUCL art. 21; art. 26 from 2025-10-15)",
        "只有公安机关 only the police",
    ]

    rule = e("rule_500_3000")
    rule_options = [
        "民法典第一千零三十四条 Civil Code art. 1034",
        "民法典第一千一百八十二条 Civil Code art. 1182",
        "消费者权益保护法第五十五条 Consumer Rights Protection Law art. 55",
        "都没有：来源不明，截至2026年年中在国家法律中未找到 None: of unknown origin, not found in national law as of mid-2026",
    ]

    return [
        Amount(
            "网页引用的民法典第一千零三十五条，与官方文本相比少了几个字？",
            "How many characters does the page's quotation of Civil Code art. 1035 lose against the official text?",
            Decimal(lost_1035),
            e("lost_chars_1035").explain_zh,
            e("lost_chars_1035").explain_en,
            unit_zh="个字",
            unit_en="characters",
        ),
        Amount(
            "网页的赔偿段落，与还原的文本相比少了几个字符（标点也算）？",
            "How many characters (punctuation included) does the page's compensation paragraph lose against the restored reading?",
            Decimal(lost_claim),
            e("lost_chars_claim").explain_zh,
            e("lost_chars_claim").explain_en,
            unit_zh="个字符",
            unit_en="characters",
        ),
        Choice(
            "网页对刑法第二百一十九条的解说（“三年以上七年以下”）依据的是哪个文本？",
            "Which text of Criminal Law art. 219 does the page's explanation ('three to seven years') follow?",
            version_options,
            closest,
            e("art219_two_versions").explain_zh,
            e("art219_two_versions").explain_en,
        ),
        Choice(
            "解说中的“有限徒刑”应当是什么？",
            "What should the explanation's '有限徒刑' be?",
            [
                f"{e('art219_typo').law_says_zh} fixed-term imprisonment",
                "无期徒刑 life imprisonment",
                "没有错 it is right",
            ],
            0,
            e("art219_typo").explain_zh,
            e("art219_typo").explain_en,
        ),
        Choice(
            "网页说侵犯公民个人信息罪“情节严重者将面临三年以下有期徒刑、拘役或管制”。错在哪里？",
            "The page says the personal-information crime brings, in serious cases, 'up to three years, criminal "
            "detention or 管制'. What is wrong?",
            band_options,
            band_answer,
            e("art253_1_penalty").explain_zh,
            e("art253_1_penalty").explain_en,
        ),
        Choice(
            "今天，侵犯商业秘密的行政处罚由哪个部门负责？网页说“工商行政管理部门”。",
            "Today, which authority imposes administrative penalties for trade-secret infringement? The page says "
            "'工商行政管理部门'.",
            authority_options,
            1,
            authority.explain_zh,
            authority.explain_en,
        ),
        Choice(
            "哪一条法律规定了网页的“不低于500元／不低于3000元”？",
            "Which provision contains the page's 'at least 500 yuan / at least 3,000 yuan' rule?",
            rule_options,
            len(rule_options) - 1,
            rule.explain_zh,
            rule.explain_en,
        ),
    ]


def error_hunt() -> Quiz:
    """Find the page's errors yourself: each answer is explained only once you have answered."""
    return quiz(*error_questions())


class AnswerKey:
    """The page's errata, shown on request once every question of ``hunt`` has an answer."""

    def __init__(self, hunt: Quiz):
        self.hunt = hunt
        self.button = push_button("显示答案", "Show the answers", width="auto", button_style="warning", disabled=True)
        self.status = html_widget()
        self.answers = html_widget()
        for item in hunt.items:
            item.button.on_click(self.refresh)
        self.button.on_click(self.reveal)
        self.refresh()

    @property
    def remaining(self) -> int:
        return sum(item.correct is None for item in self.hunt.items)

    def refresh(self, *_ignored: object) -> None:
        left = self.remaining
        self.button.disabled = left > 0
        if left:
            self.status.value = (
                f"<small>先回答上面的每一道题（还有{left}道）。答对答错都可以。 "
                f"Answer every question above first ({left} left); right or wrong, both count.</small>"
            )
        else:
            self.status.value = "<small>可以查看答案了。 You can now see the answers.</small>"

    def reveal(self, *_ignored: object) -> None:
        if self.remaining:  # a click on a disabled button (possible from code) shows nothing
            return
        self.answers.value = page_view.errata_html()

    @cached_property
    def widget(self) -> W.VBox:
        return vbox([hbox([self.button, self.status]), self.answers])

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)


def answer_key(hunt: Quiz) -> AnswerKey:
    """A button that shows every error of the page — only after each question of the hunt has been tried."""
    return AnswerKey(hunt)
