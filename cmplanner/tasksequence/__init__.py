"""Task sequences: the 2007 step catalog, XML import and export, builders, numbering, lint.

Everything here is Qt-free: the GUI wizards, the CLI, the runbook and the log analyzer call
the same functions.
"""
