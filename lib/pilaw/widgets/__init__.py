"""The calculators: thin adapters that parse inputs, call a rule in ``pilaw`` and show its cited steps.

Every calculator is a :class:`Calculator`: its ``inputs`` are ordinary ipywidgets, so a test can set
``calc.inputs["loss"].value = "abc"`` and read ``calc.result.value`` without a kernel or a browser.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import Any

import ipywidgets as W

from pilaw.law.errors import InputError, LawError
from pilaw.show import edition
from pilaw.show.theme import ERROR_BOX_STYLE

INITIAL = "initial"  # labels as wide as their text: bilingual labels are long

# Every ipywidgets widget carries a Layout and most a style, each a widget model of its own that the kernel must
# open and send to the browser. A lesson of a few calculators and a quiz would build two or three of these per
# visible widget; one shared model per look keeps a lesson to less than half of them. A shared model is never
# changed after it is made: a widget that needs another look is given another shared model.
_SHARED: dict[tuple[type[W.Widget], tuple[tuple[str, Any], ...]], W.Widget] = {}


def shared(kind: type[W.Widget], **traits: Any) -> W.Widget:
    """The one ``kind`` widget with these traits in this kernel (made again if it was closed)."""
    key = (kind, tuple(sorted(traits.items())))
    model = _SHARED.get(key)
    if model is None or model.comm is None:
        model = _SHARED[key] = kind(**traits)
    return model


def layout(**traits: Any) -> W.Layout:
    return shared(W.Layout, **traits)


def make(
    kind: type[W.DOMWidget], *, layout_: dict[str, Any] | None = None, description_width: str = INITIAL, **traits: Any
) -> Any:
    """``kind(**traits)`` with a shared layout and, if the kind has one, a shared style."""
    style = kind.class_traits().get("style")
    if style is not None and "style" not in traits:
        from ipywidgets.widgets.widget_description import DescriptionStyle

        looks = {"description_width": description_width} if issubclass(style.klass, DescriptionStyle) else {}
        traits["style"] = shared(style.klass, **looks)
    return kind(layout=layout(**(layout_ or {})), **traits)


def html_widget(value: str = "", **layout_traits: Any) -> W.HTML:
    return make(W.HTML, value=value, layout_=layout_traits)


def vbox(children: Iterable[W.Widget], **layout_traits: Any) -> W.VBox:
    return make(W.VBox, children=list(children), layout_=layout_traits)


def hbox(children: Iterable[W.Widget], **layout_traits: Any) -> W.HBox:
    return make(W.HBox, children=list(children), layout_=layout_traits)


def grid(children: Iterable[W.Widget], **layout_traits: Any) -> W.GridBox:
    return make(W.GridBox, children=list(children), layout_=layout_traits)


def push_button(zh: str, en: str, width: str = "max-content", **traits: Any) -> W.Button:
    return make(W.Button, description=label(zh, en), layout_={"width": width}, **traits)


def label(zh: str, en: str) -> str:
    """A control's label: both languages, or the Chinese alone in the Chinese edition (its messages stay bilingual)."""
    return zh if zh and edition.zh() else f"{zh} {en}"


def text(
    zh: str,
    en: str,
    value: str = "",
    placeholder: str = "",
    width: str = "420px",
    description_width: str = INITIAL,
    **layout_traits: Any,
) -> W.Text:
    """A text box for an amount or a count: text, so that what the student typed is kept when it is refused."""
    return make(
        W.Text,
        value=str(value),
        description=label(zh, en),
        placeholder=placeholder,
        layout_={"width": width, **layout_traits},
        description_width=description_width,
    )


def checkbox(
    zh: str, en: str, value: bool = False, width: str = "auto", description_width: str = INITIAL, **traits: Any
) -> W.Checkbox:
    return make(
        W.Checkbox,
        value=value,
        description=label(zh, en) if zh or en else "",
        indent=False,
        layout_={"width": width},
        description_width=description_width,
        **traits,
    )


def option_label(text: str) -> str:
    """A choice's label: "中文 · English" as given, or the Chinese half alone in the Chinese edition."""
    chinese, sep, english = text.partition(" · ")
    return chinese if sep and edition.zh() and not re.search(r"[\u4e00-\u9fff]", english) else text


def dropdown(zh: str, en: str, options: Iterable[Any], value: Any = None, width: str = "auto") -> W.Dropdown:
    """A choice; options are labels or (label, value) pairs, labels read through :func:`option_label`."""
    choices = [(option_label(o[0]), o[1]) if isinstance(o, tuple) else (option_label(str(o)), o) for o in options]
    kwargs = {} if value is None else {"value": value}
    return make(W.Dropdown, options=choices, description=label(zh, en), layout_={"width": width}, **kwargs)


def date_picker(zh: str, en: str, value: date | None, width: str = "340px") -> W.DatePicker:
    return make(W.DatePicker, value=value, description=label(zh, en), layout_={"width": width})


def error_html(error: Exception) -> str:
    if isinstance(error, (InputError, LawError)):
        return (
            f'<div style="{ERROR_BOX_STYLE}"><b>请检查输入 Please check the input</b><br>{html.escape(error.zh)}<br>'
            f"{html.escape(error.en)}</div>"
        )
    return (
        f'<div style="{ERROR_BOX_STYLE}"><b>计算器出错了 The calculator failed</b><br>'
        "这是课程的错误，不是你的。请告诉老师。 This is a fault in the course, not yours: please tell your teacher.<br>"
        f"<small>{html.escape(type(error).__name__)}: {html.escape(str(error))}</small></div>"
    )


@dataclass(frozen=True)
class Shown:
    """What a calculator shows for some inputs: its outcome, the error if the input was refused, and the HTML."""

    outcome: Any
    error: Exception | None
    html: str

    @property
    def unexpected(self) -> Exception | None:
        return None if isinstance(self.error, (InputError, LawError, type(None))) else self.error


class Calculator:
    """Inputs → a pure rule → an HTML result. Recomputes whenever an input changes or the button is pressed."""

    def __init__(
        self,
        inputs: Mapping[str, W.ValueWidget],
        compute: Callable[..., Any],
        render: Callable[[Any], str],
        *,
        button: tuple[str, str] = ("计算", "Compute"),
    ):
        self.inputs = dict(inputs)
        self._compute = compute
        self._render = render
        self.result = html_widget()
        self.button = push_button(*button, button_style="primary")
        self.outcome: Any = None
        self.error: Exception | None = None
        self.defaults = self.values()  # the worked example the calculator was built with
        for widget in self.inputs.values():
            widget.observe(self.update, names="value")
        self.button.on_click(self.update)
        self.update()

    def values(self) -> dict[str, Any]:
        return {name: widget.value for name, widget in self.inputs.items()}

    def shown(self, **changes: Any) -> Shown:
        """What the calculator shows for its default inputs with some changed (a guided question: "set X…"),
        by the same rule and renderer, whatever a student has typed and without building a widget."""
        return self._show({**self.defaults, **changes})

    def _show(self, values: Mapping[str, Any]) -> Shown:
        try:
            outcome = self._compute(**values)
            return Shown(outcome, None, self._render(outcome))
        except Exception as error:  # shown inside the widget, never as a traceback
            return Shown(None, error, error_html(error))

    def update(self, *_ignored: object) -> None:
        now = self._show(self.values())
        self.outcome, self.error, self.result.value = now.outcome, now.error, now.html

    @property
    def unexpected(self) -> Exception | None:
        """An error that is not the student's input: a bug (tests assert this stays None)."""
        return Shown(self.outcome, self.error, self.result.value).unexpected

    @cached_property
    def widget(self) -> W.VBox:
        """The calculator on screen (built once: showing it twice shows the same widget)."""
        return vbox([*self.inputs.values(), self.button, self.result])

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.widget._repr_mimebundle_(**kwargs)
