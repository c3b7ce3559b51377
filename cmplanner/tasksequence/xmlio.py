"""Import and export of ConfigMgr 2007 task sequence XML.

Two shapes are read: the console's export (root ``SmsTaskSequencePackage`` whose
``SequenceData`` holds ``<sequence version="3.00">``, as elements or as escaped text) and a bare
``<sequence>`` document (MDT ``ts.xml``, SDK ``SaveToXml`` output). Import keeps everything:
attributes and elements the model has no field for go to ``extra_attributes`` / ``extra_xml``,
and an :class:`~cmplanner.model.tasksequence.XmlLayout` remembers attribute order, original
literals (``disable="False"``), child order and empty elements (``<condition />``), so export of
an unchanged import is equivalent to the original. Export strips secrets unless asked for them
by name, and says so.
"""

from __future__ import annotations

from cmplanner.tasksequence.exportnotes import ExportResult, SecretNote
from cmplanner.tasksequence.xmlread import load_task_sequence, parse_task_sequence
from cmplanner.tasksequence.xmlshape import PACKAGE_ROOT, RAW_CONDITION, gc_paused
from cmplanner.tasksequence.xmlwrite import export_task_sequence, export_xml

__all__ = [
    "PACKAGE_ROOT",
    "RAW_CONDITION",
    "ExportResult",
    "SecretNote",
    "export_task_sequence",
    "export_xml",
    "gc_paused",
    "load_task_sequence",
    "parse_task_sequence",
]
