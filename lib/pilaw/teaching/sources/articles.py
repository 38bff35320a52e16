"""Citations checked on their own: unknown, not held, ended, or named without their text."""

from __future__ import annotations

import re
from datetime import date

from pilaw import law
from pilaw.law.steps import Kind, Step
from pilaw.law.text import date_zh
from pilaw.teaching.sources.citations import ARTICLE
from pilaw.teaching.sources.data import article_count, corpus_table, in_force, law_label, versions_of
from pilaw.teaching.sources.findings import State, label_of, period, renumber_step, step_on, successor_of
from pilaw.teaching.sources.layout import SENTENCE_END
from pilaw.teaching.sources.matching import paragraph_groups
from pilaw.teaching.sources.numbers import cn_number
from pilaw.teaching.sources.records import (
    CITED_NOT_QUOTED,
    GRAM,
    NOT_IN_CORPUS,
    OUTDATED_VERSION,
    UNKNOWN_ARTICLE,
    Citation,
)
from pilaw.teaching.sources.script import skeleton

# --------------------------------------------------------------------------- citations: unknown, missing, ended, bare


def check_citations(state: State, cites: list[Citation]) -> None:
    """Each article cited (once): a number the law does not have, an article the course does not hold, one not in
    force on the day, or one named without its text."""
    seen: set[tuple[str | None, str]] = set()
    for cite in cites:
        key = (cite.law, cite.article)
        if key in seen or cite.law is None:
            continue
        seen.add(key)
        _check_one_citation(state, cite)


def _check_one_citation(state: State, cite: Citation) -> None:
    ref = cite.ref
    assert ref is not None and cite.law is not None
    inferred = _inferred(cite, ref)
    versions = versions_of(ref)
    if not versions:
        _not_held(state, cite, ref, inferred)
        return
    if cite.paragraph is not None and _no_such_paragraph(state, cite, versions, inferred):
        return
    current = in_force(versions, state.on)
    if current is None:
        if ref not in {f.ref for f in state.findings if f.kind == OUTDATED_VERSION}:
            _not_in_force(state, cite, versions, inferred)
        return
    if ref in state.quoted or ref in state.attributed or not _bare(state, cite):
        return
    zh_label, en_label = label_of(current)
    state.found(
        CITED_NOT_QUOTED,
        ref,
        (cite.start, cite.end),
        (
            f"原文举出{zh_label}，却没有引用条文，也没有说明该法规定了什么：请读原文核对。",
            f"The text names {en_label} without quoting it or saying what it provides: read the article and check.",
        ),
        (
            *inferred,
            step_on(
                f"{zh_label}（{period(current)[0]}）的全文见“官方文本”一栏。",
                f"The full text of {en_label} ({period(current)[1]}) is shown as the official text.",
                current,
            ),
        ),
        expected=current.text_zh,
    )


def _inferred(cite: Citation, ref: str) -> list[Step]:
    """The reading step of a citation whose law was not named (the only law of the corpus with the article)."""
    if not cite.law_inferred:
        return []
    zh, en = law_label(cite.law)
    return [
        Step(
            f"原文没有写明是哪部法律；课程语料库中只有{zh}有这一条，按{zh}读。",
            f"The text does not say which law; of the laws the course holds only the {en} has this article, so it is "
            "read as that law's.",
            ref,
            Kind.READING,
        )
    ]


def _count_step(key: str, count: int, ref: str, on: date) -> Step:
    """How many articles the law has: the course's data (``terms.json``), applied through the law's last article —
    its commencement article — where the corpus holds it; otherwise a step not assessed, citing the article
    checked."""
    zh, en = law_label(key)
    last = in_force(versions_of(f"{key}/{count}"), on)
    if last is not None and "施行" in last.text_zh:
        last_zh, last_en = label_of(last)
        return step_on(
            f"{zh}共{count}条（{date_zh(on)}有效的文本）：最后一条是施行条款（{last_zh}），没有第{count}条以后的条文。",
            f"The {en} has {count} articles (the text in force on {on.isoformat()}): the last, {last_en}, is its "
            f"commencement article; there is no article after {count}.",
            last,
        )
    return Step(
        f"{zh}共{count}条（{date_zh(on)}有效的文本）：这个条数出自课程的数据，课程语料库没有收录该法的施行条款，"
        "这里没有逐条核对。",
        f"The {en} has {count} articles (the text in force on {on.isoformat()}): the count is the course's data; the "
        "corpus does not hold the law's commencement article, so it is not checked article by article here.",
        ref,
        Kind.NOT_ASSESSED,
    )


def _not_held(state: State, cite: Citation, ref: str, inferred: list[Step]) -> None:
    """An article the corpus lacks: a number beyond the law's count is unknown; any other is not held."""
    assert cite.law is not None
    zh, en = law_label(cite.law)
    base = cn_number(cite.article.split("-")[0]) or 0
    count = article_count(cite.law, state.on)
    held = cite.law in corpus_table()
    where, law_key = (cite.start, cite.end), cite.law
    if count is not None and (base > count or base < 1):
        state.found(
            UNKNOWN_ARTICLE,
            ref if held else None,
            where,
            (f"{zh}只有{count}条，没有第{base}条。", f"The {en} has {count} articles; there is no article {base}."),
            (*inferred, _count_step(law_key, count, ref, state.on)),
            law=law_key,
        )
        return
    state.found(
        NOT_IN_CORPUS,
        ref if held else None,
        where,
        (
            f"课程没有收录{zh}第{cite.article}条的文本：无法核对，请查官方文本。"
            if held
            else f"课程没有收录{zh}：无法核对，请查官方文本。",
            f"The course does not hold the text of {en} art. {cite.article}: it cannot be checked here; read the "
            "official text."
            if held
            else f"The course does not hold the {en}: it cannot be checked here; read the official text.",
        ),
        (
            *inferred,
            Step(
                f"不作推测：课程语料库中没有{zh}第{cite.article}条，无法判断这一引用是否正确。",
                f"No guess is made: the corpus does not hold {en} art. {cite.article}, so nothing is said about "
                "whether the text is right.",
                ref,
                Kind.NOT_ASSESSED,
            ),
        ),
        law=law_key,
    )


def _no_such_paragraph(state: State, cite: Citation, versions: tuple[law.Provision, ...], inferred: list[Step]) -> bool:
    """A paragraph number no version of the article reaches: an unknown article (True when found)."""
    most = max(len(paragraph_groups(v)) for v in versions)
    if cite.paragraph is None or 1 <= cite.paragraph <= most:
        return False
    zh, en = label_of(versions[-1])
    state.found(
        UNKNOWN_ARTICLE,
        cite.ref,
        (cite.start, cite.end),
        (
            f"{zh}只有{most}款，没有第{cite.paragraph}款。",
            f"{en} has {most} paragraph(s); there is no paragraph {cite.paragraph}.",
        ),
        (
            *inferred,
            step_on(
                f"{zh}的各个版本最多{most}款。", f"No version of {en} has more than {most} paragraph(s).", versions[-1]
            ),
        ),
        law=cite.law,
    )
    return True


def _not_in_force(state: State, cite: Citation, versions: tuple[law.Provision, ...], inferred: list[Step]) -> None:
    """An article not in force on the day: not yet, or no longer (renumbered, where the data says so)."""
    on, last, first = state.on, versions[-1], versions[0]
    ref = last.ref
    future = on < first.effective_from
    if future:
        when = step_on(
            f"这一条{date_zh(first.effective_from)}才施行，{date_zh(on)}尚未生效。",
            f"This article took effect only on {first.effective_from.isoformat()}; on {on.isoformat()} it was not yet "
            "in force.",
            first,
        )
    else:
        when = step_on(
            f"这一条的最后一个文本到{last.effective_to}为止，{date_zh(on)}已不再有效。",
            f"The last text of this article ended on {last.effective_to}; on {on.isoformat()} it is no longer in force.",
            last,
        )
    renumber = renumber_step(ref, on)
    successor = successor_of(ref, on)
    zh, en = label_of(last)
    state.found(
        OUTDATED_VERSION,
        ref,
        (cite.start, cite.end),
        (
            f"{zh}在{date_zh(on)}" + ("尚未生效。" if future else "已不再有效。"),
            f"{en} is " + ("not yet" if future else "no longer") + f" in force on {on.isoformat()}.",
        ),
        (*inferred, when, *([renumber] if renumber is not None else [])),
        expected=successor.text_zh if successor else None,
    )


_BARE_WORDS = re.compile(r"都|均|也|有所|有|作了|作出|相关|的|等|中|里|之中|分别|规定|条文|内容|了|[、，,和及与以或者]")


def _bare(state: State, cite: Citation) -> bool:
    """Whether a citation says nothing about its article: what follows it in its sentence, other citations and
    words such as 都有所规定 aside, is (almost) empty."""
    end = SENTENCE_END.search(state.norm, cite.end)
    rest = state.norm[cite.end : end.start() if end else len(state.norm)]
    rest = _BARE_WORDS.sub("", ARTICLE.sub("", rest))
    return len(skeleton(rest)[0]) < GRAM
