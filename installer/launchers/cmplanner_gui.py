"""Start of the bundled ``cmplanner-gui`` executable: the app, opened on the plan given.

The same program as pip's ``cmplanner-gui`` gui-script (:mod:`cmplanner.gui.script`, which
shows a problem in a message box when there is no console), plus the bundle's PDF worker.
"""

from __future__ import annotations

import sys

from cmplanner.gui.script import run

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the bundle's PDF worker process starts here too
    sys.exit(run(sys.argv[1:]))
