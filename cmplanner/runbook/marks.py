"""Marks the runbook's HTML for Qt printing carries: where a layout chunk may end, where a
section starts a new page, and a chunk that goes on with the table before it. Kept apart so
the printing layer (and its worker process) can read them without the runbook's renderer."""

CHUNK_MARK = "<!--cmplanner:chunk-->"
PAGE_MARK = "<!--cmplanner:page-->"
CONT_MARK = "<!--cmplanner:continued-->"
