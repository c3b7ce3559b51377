"""Start of the bundled ``cmplanner`` executable: the whole command line, as installed by pip."""

from __future__ import annotations

import multiprocessing
import sys

from cmplanner.cli.main import main

if __name__ == "__main__":
    # A large runbook PDF is printed by a second process: in the bundle that process is
    # this executable again, which freeze_support turns into the worker.
    multiprocessing.freeze_support()
    sys.exit(main())
