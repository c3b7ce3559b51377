"""Headless Qt output: PDF printing and drawings (SVG, PNG) made with QtGui/QtSvg.

Neither core nor GUI: the core never imports Qt, and this layer never imports ``cmplanner.gui``.
The CLI imports it lazily, only for outputs that need Qt (``runbook -o x.pdf``, ``diagram``),
and the GUI shows the very same drawings and documents.
"""
