"""cmplanner: an offline planning assistant for ConfigMgr 2007 administrators."""

__version__ = "0.1.0"
