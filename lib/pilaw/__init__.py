"""pilaw: PRC personal-information law as dated data and cited rules, for a Jupyter course.

The layers, each importing only those above it in this list (``tests/test_layers.py`` keeps it so):

1. ``pilaw.law`` — the corpus (dated provisions and figures) and the parsing every rule shares
   (``law.money``, ``law.inputs``, ``law.errors``, ``law.steps``);
2. ``pilaw.rules`` — pure, cited, dated rules: ``compensation``, ``criminal``, ``administrative``, ``police``,
   ``pipl``, ``classify``, ``processing``;
3. ``pilaw.teaching`` — scenarios built on the rules: ``routes``, ``case_study``, ``cases``, ``source_page``,
   ``sources`` (the checker for any legal source), ``examples``, ``roster``;
4. ``pilaw.show`` — presentation: ``render``, ``charts``, ``theme``, ``course``;
5. ``pilaw.widgets`` — the calculators (ipywidgets only), which the notebooks call.

Importing ``pilaw`` loads none of the widget or plotting code.
"""

from pilaw.law.errors import InputError, LawError, PilawError

__version__ = "0.1.0"
__all__ = ["InputError", "LawError", "PilawError", "__version__"]
