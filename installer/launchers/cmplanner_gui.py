"""Start of the bundled ``cmplanner-gui`` executable: the app, opened on the plan given.

The same program as pip's ``cmplanner-gui`` gui-script (:func:`cmplanner.cli.gui.script_main`,
which shows a problem in a message box when there is no console), plus the bundle's PDF worker.
"""

from __future__ import annotations

import sys

from cmplanner.cli.gui import run_without_console as run

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the bundle's PDF worker process starts here too
    sys.exit(run(sys.argv[1:]))
