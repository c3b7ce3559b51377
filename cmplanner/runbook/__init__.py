"""Runbooks: a plan as a document an admin can print and follow.

``render_runbook(plan, fmt, sections, figures)`` gives HTML or Markdown text;
``cmplanner.render.pdf.write_pdf`` prints the same runbook to PDF through Qt. Templates live in
``templates/runbook`` and may be overridden per user (``paths.user_templates_dir()``).
"""

from __future__ import annotations

from cmplanner.runbook.render import render_runbook, render_text
from cmplanner.runbook.sections import SECTIONS, RunbookFormat, choose_sections

__all__ = ["SECTIONS", "RunbookFormat", "choose_sections", "render_runbook", "render_text"]
