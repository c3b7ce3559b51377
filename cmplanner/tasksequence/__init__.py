"""Task sequences: the 2007 step catalog, XML import and export, builders, numbering, lint.

Everything here is Qt-free: the GUI wizards, the CLI, the runbook and the log analyzer call
the same functions.

- ``catalog``: the step types and known variables, as data from ``resources/tasksequence``.
- ``xmlio`` (``xmlread``, ``xmlwrite``, ``xmlshape``, ``xmlsafe``): import of console exports
  and bare ``<sequence>`` documents without DTDs or entity expansion; lossless export, secrets
  left out unless asked for by name, each one listed (``exportnotes``). ``xmlcompare`` says
  whether two documents are equivalent; ``limits`` holds the one nesting limit.
- ``secrets``: which values are secrets (by step type and property from the catalog, by the
  variable a Set Task Sequence Variable step or condition names) and passwords typed into
  command lines (the export writes ``%REMOVED_PASSWORD%`` in their place,
  ``mask_secrets_in_text`` hides them in text that is only shown). The export's decisions
  are the only ones: lint's TS012 reports ``xmlwrite.secret_notes``, ``ts show`` hides a
  condition's value exactly when the export blanks it.
- ``numbering``: instruction numbers exactly as smsts.log counts them (groups take one number
  when they start and one, under their own name, when they end).
- ``conditions``: conditions in words, evaluated three-valued, and a dry run of a whole
  sequence against variables.
- ``builders``: capture-only, USMT 4 hard-link and error-catching task sequences of the seed
  posts; ``factory`` makes single steps from the catalog; ``logscript`` generates CopyLogs.vbs.
- ``lint`` and ``analysis``: the ``TS`` rules of the shared engine, applied to one sequence.
- ``outline``: the numbered outline ``cmplanner ts show`` prints.
"""
