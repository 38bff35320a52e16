"""Quotations: passages presented as an article's text, and how they depart from it."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from pilaw import law
from pilaw.law.steps import Kind, Step
from pilaw.law.text import date_zh
from pilaw.teaching.sources.citations import ARTICLE, law_pattern
from pilaw.teaching.sources.data import in_force, versions_of
from pilaw.teaching.sources.findings import State, caveats, label_of, period, renumber_step, step_on, successor_of
from pilaw.teaching.sources.layout import SENTENCE_END, Span, line_of, lines_in, trim
from pilaw.teaching.sources.matching import Alignment, align, best_alignments, changes_text, diff_spans
from pilaw.teaching.sources.records import (
    ALTERED_QUOTE,
    GRAM,
    INLINE_FLOOR,
    MATCH_FLOOR,
    OUTDATED_VERSION,
    PUNCT,
    PUNCTUATION,
    Citation,
    DiffSpan,
    Quote,
)
from pilaw.teaching.sources.script import skeleton

# --------------------------------------------------------------------------- finding quotations

_OPEN_QUOTE = re.compile(r"\s*(?:中|里)?(?:明确)?(?:规定|写道|指出)?\s*[：:，,]?\s*([“「『\"])")
_CLOSE = {"“": "”", "「": "」", "『": "』", '"': '"'}
_SAYS = re.compile(r"\s*(?:中|里)?(?:明确)?(?:规定\s*[：:，,]|[：:])\s*")
_EDITORIAL = re.compile(r"^\s*【[^】\n]{1,30}】")


def _similar_to_some_paragraph(line_norm: str, versions: tuple[law.Provision, ...]) -> bool:
    skel, _ = skeleton(line_norm)
    if not skel:
        return False
    for version in versions:
        for para in version.paragraphs_zh:
            p_skel, _ = skeleton(para)
            matcher = SequenceMatcher(None, skel, p_skel, autojunk=False)
            if (
                matcher.real_quick_ratio() >= MATCH_FLOOR
                and matcher.quick_ratio() >= MATCH_FLOOR
                and matcher.ratio() >= MATCH_FLOOR
            ):
                return True
    return False


def find_quotes(state: State, citations: list[Citation]) -> list[Quote]:
    """Passages presented as an article's text: after a heading (an article number opening a line, the text on
    that line or the lines below, as far as they read like the article), or in quotation marks after it."""
    norm = state.norm
    lines = lines_in(norm)
    out: list[Quote] = []
    for cite in citations:
        if state.inside_quote(cite.start, cite.end):
            continue
        ref = cite.ref
        versions = versions_of(ref) if ref else ()
        line_no = line_of(lines, cite.start)
        line = lines[line_no]
        before = norm[line.start : cite.start]
        after = norm[cite.end : cite.end + 1]
        heading = (not before.strip() or not _strip_law_names(before).strip()) and (
            after in ("", "\n", " ", "【") or _heads_text(norm, cite, line, versions)
        )
        spans: list[Span] = []
        opened = _OPEN_QUOTE.match(norm, cite.end)
        if opened and not heading:
            close = _CLOSE[opened.group(1)]
            stop = norm.find(close, opened.end())
            limit = opened.end() + 5000
            stop = stop if 0 <= stop <= limit else min(len(norm), limit)
            newline = norm.find("\n\n", opened.end(), stop)
            stop = newline if newline >= 0 else stop
            if stop > opened.end():
                spans.append(Span(opened.end(), stop))
        elif heading:
            rest = trim(norm, Span(cite.end, line.end))
            if rest.end > rest.start and not re.match(r"[、，,和及与]", norm[rest.start]):
                spans.append(rest)
            index = line_no + 1
            limit = max((len(v.paragraphs_zh) for v in versions), default=1) + 2
            while index < len(lines) and len(spans) < limit:
                nxt = trim(norm, lines[index])
                index += 1
                if nxt.end == nxt.start:
                    continue
                if not spans:  # the heading stands alone on its line: the next line is the text
                    spans.append(nxt)
                    if not versions:
                        break
                    continue
                if _starts_heading(norm, nxt):
                    break
                if versions and _similar_to_some_paragraph(norm[nxt.start : nxt.end], versions):
                    spans.append(nxt)
                    continue
                break
        else:
            says = _SAYS.match(norm, cite.end)
            if says and versions:
                sentence_end = SENTENCE_END.search(norm, says.end())
                stops = [line.end]
                if sentence_end:
                    stops.append(sentence_end.start() + (1 if norm[sentence_end.start()] in "。；" else 0))
                for stop in dict.fromkeys(stops):
                    candidate = norm[says.end() : stop]
                    best = best_alignments(candidate, versions, cite.paragraph)
                    if len(skeleton(candidate)[0]) >= GRAM * 2 and any(
                        a.exact or a.ratio >= INLINE_FLOOR for a in best
                    ):
                        spans.append(trim(norm, Span(says.end(), stop)))
                        break
        if not spans:
            continue
        start, end = spans[0].start, spans[-1].end
        quote = Quote(citation=cite, start=start, end=end, text=state.slice(start, end))
        out.append(quote)
        state.covered.append(Span(cite.start, end))
    return out


def _starts_heading(norm: str, line: Span) -> bool:
    """Whether a line opens with an article number (another heading) or is a law's name in 《》 alone."""
    if ARTICLE.match(norm, line.start):
        return True
    named = law_pattern().match(norm, line.start)
    return bool(named and named.group(0).startswith("《") and not norm[named.end() : line.end].strip(" 》"))


def _heads_text(norm: str, cite: Citation, line: Span, versions: tuple[law.Provision, ...]) -> bool:
    """Whether an article number written straight before text, with no space ("第一千零三十四条自然人的…"), heads
    that article's text: only when the text that follows reads like it."""
    rest = norm[cite.end : line.end]
    if not versions or not rest.strip() or re.match(r"\s*(?:规定|的|中|所|之|、|和|及|与|，|,|：)", rest):
        return False
    return any(a.exact or a.ratio >= INLINE_FLOOR for a in best_alignments(rest, versions, cite.paragraph))


def _strip_law_names(text: str) -> str:
    return law_pattern().sub("", text)


def _quote_norm(state: State, quote: Quote) -> str:
    """The quotation in normal form, its lines joined by single breaks (blank lines dropped)."""
    raw = state.norm[quote.start : quote.end]
    return "\n".join(line.strip() for line in raw.split("\n") if line.strip())


# --------------------------------------------------------------------------- checking quotations


def _editorial_heading(written: str, ref: str) -> tuple[str, list[Step]]:
    """The quotation without an editor's heading (``【侵犯商业秘密罪】``), and the step that says it was left out."""
    editorial = _EDITORIAL.match(written)
    if not editorial:
        return written, []
    heading = editorial.group(0).strip()
    step = Step(
        f"引文开头的“{heading}”是编者加的标题（罪名），不属于条文，比较时不计。",
        f"The opening '{heading}' is an editor's heading (the crime's name), not part of the article; it is left out "
        "of the comparison.",
        ref,
    )
    return written[editorial.end() :].lstrip(), [step]


def check_quote(state: State, quote: Quote) -> None:
    """A quotation against every version of its article: the same (a punctuation note at most), an older or later
    version, or altered."""
    ref = quote.citation.ref
    versions = versions_of(ref) if ref else ()
    if ref is None or not versions:
        return  # an article the corpus lacks is reported once, by check_citations
    state.quoted.add(ref)
    written, head = _editorial_heading(_quote_norm(state, quote), ref)
    if not written.strip():
        return
    current = in_force(versions, state.on)
    alignments = best_alignments(written, versions, quote.citation.paragraph)
    if not alignments:
        _finding_unlike(state, quote, ref, current or versions[-1], written, head)
        return
    now = next((a for a in alignments if current and a.version.effective_from == current.effective_from), None)
    exact = [a for a in alignments if a.exact]
    if now is not None and now.exact:
        _punctuation_only(state, quote, ref, written, now, head)
    elif exact or now is None or _closer_to_other(alignments, now):
        best = exact[0] if exact else max(alignments, key=lambda a: a.ratio)
        _finding_outdated_quote(state, quote, ref, best, current, written, head)
    else:
        _finding_altered(state, quote, ref, written, now, head)


def _punctuation_only(state: State, quote: Quote, ref: str, written: str, now: Alignment, head: list[Step]) -> None:
    spans = diff_spans(written, now.expected)
    if not any(s.kind == PUNCT for s in spans):
        return
    zh, en = label_of(now.version)
    period_zh, period_en = period(now.version)
    state.found(
        PUNCTUATION,
        ref,
        (quote.start, quote.end),
        (
            f"引文与{zh}（{period_zh}）一字不差，只有标点或空格不同。",
            f"The quotation matches {en} ({period_en}) word for word; only punctuation or spacing differs.",
        ),
        (*head, *caveats(now.version)),
        expected=now.expected,
        diff=spans,
    )


def _finding_altered(state: State, quote: Quote, ref: str, written: str, target: Alignment, head: list[Step]) -> None:
    """A quotation closest to the text in force, but not the same: each change a cited step."""
    spans = diff_spans(written, target.expected)
    zh_changes, en_changes = changes_text(spans)
    zh, en = label_of(versions_of(ref)[-1])
    period_zh, period_en = period(target.version)
    steps = [
        *head,
        step_on(
            f"把引文与{zh}（{period_zh}）逐字比较（标点和空格另计）。",
            f"The quotation compared character by character with {en} ({period_en}); punctuation and spacing "
            "counted apart.",
            target.version,
        ),
        *(
            step_on(f"引文{z}。", f"In the quotation, {e}.", target.version)
            for z, e in zip(zh_changes, en_changes, strict=True)
        ),
    ]
    if any(s.kind == PUNCT for s in spans):
        steps.append(
            step_on(
                "此外还有标点或空格的差异，不算改动文字。",
                "Punctuation or spacing also differs; that is not counted as a change of wording.",
                target.version,
            )
        )
    if target.ratio < MATCH_FLOOR:
        steps.append(
            step_on(
                "大部分文字都不同：这可能是另一条，或者是转述而不是引文。",
                "Most of the text differs: this may be another article, or a paraphrase rather than a quotation.",
                target.version,
                Kind.READING,
            )
        )
    state.found(
        ALTERED_QUOTE,
        ref,
        (quote.start, quote.end),
        (
            f"作为{zh}引用的文字与条文的任何版本都不一致：" + "；".join(zh_changes) + "。",
            f"The text quoted as {en} differs from every version of the article: " + "; ".join(en_changes) + ".",
        ),
        (*steps, *caveats(target.version)),
        expected=target.expected,
        diff=spans,
    )


def _closer_to_other(alignments: list[Alignment], now: Alignment) -> bool:
    """Whether another version is clearly closer to the quotation than the one in force."""
    return any(
        a.ratio > now.ratio + 0.05 and a.version.effective_from != now.version.effective_from for a in alignments
    )


def _finding_unlike(state: State, quote: Quote, ref: str, prov: law.Provision, written: str, head: list[Step]) -> None:
    zh, en = label_of(prov)
    state.found(
        ALTERED_QUOTE,
        ref,
        (quote.start, quote.end),
        (
            f"作为{zh}引用的文字与这一条的任何版本都对不上。",
            f"The text quoted as {en} matches no version of that article.",
        ),
        (
            *head,
            step_on(
                f"在{zh}的各个版本中找不到与引文相合的文字：可能引错了条号，或者这是转述。",
                f"No version of {en} has text like the quotation: the article number may be wrong, or this is a "
                "paraphrase.",
                prov,
                Kind.READING,
            ),
        ),
        expected=prov.text_zh,
        diff=diff_spans(written, prov.text_zh),
    )


def _finding_outdated_quote(
    state: State,
    quote: Quote,
    ref: str,
    matched: Alignment,
    current: law.Provision | None,
    written: str,
    head: list[Step],
) -> None:
    on = state.on
    old = matched.version
    zh, en = label_of(old)
    old_zh, old_en = period(old)
    steps = [
        *head,
        step_on(
            f"引文{'与' if matched.exact else '最接近'}{zh}的{old_zh}{'一致' if matched.exact else ''}。",
            f"The quotation {'matches' if matched.exact else 'is closest to'} {old_en} of {en}.",
            old,
        ),
    ]
    successor = current or successor_of(ref, on)
    renumber = renumber_step(ref, on)
    if renumber is not None:
        steps.append(renumber)
    expected: str | None = None
    spans: tuple[DiffSpan, ...] = ()
    if successor is not None:
        target = align(written, successor.text_zh)
        expected = target[0] if target is not None and target[1] >= MATCH_FLOOR / 2 else successor.text_zh
        spans = diff_spans(written, expected)
        new_zh, new_en = label_of(successor)
        zh_changes, en_changes = changes_text(spans)
        steps.append(
            step_on(
                f"{date_zh(on)}有效的是{new_zh}的{period(successor)[0]}："
                + ("；".join(zh_changes) or "文字相同")
                + "。",
                f"On {on.isoformat()} {new_en} is in force, {period(successor)[1]}: "
                + ("; ".join(en_changes) or "the same words")
                + ".",
                successor,
            )
        )
    elif on < old.effective_from:
        steps.append(
            step_on(
                f"这个文本{date_zh(old.effective_from)}才施行，{date_zh(on)}尚未生效。",
                f"This text took effect only on {old.effective_from.isoformat()}; on {on.isoformat()} it was not yet in force.",
                old,
            )
        )
    else:
        steps.append(
            step_on(
                f"{date_zh(on)}时这一条已不再有效，课程语料库中没有接替该条的条文。",
                f"On {on.isoformat()} this article was no longer in force; the corpus holds no article that replaced it.",
                old,
            )
        )
    steps += caveats(old, successor)
    when_zh = f"{date_zh(on)}已不再有效" if on > (old.effective_to or on) else f"{date_zh(on)}尚未生效"
    when_en = (
        f"no longer in force on {on.isoformat()}"
        if on > (old.effective_to or on)
        else f"not yet in force on {on.isoformat()}"
    )
    state.found(
        OUTDATED_VERSION,
        ref,
        (quote.start, quote.end),
        (f"引文是{zh}的{old_zh}，{when_zh}。", f"The quotation is {old_en} of {en}, {when_en}."),
        steps,
        expected=expected,
        diff=spans,
    )
