"""Start of the bundled ``cmplanner`` executable: the whole command line, as installed by pip."""

from __future__ import annotations

import sys

from cmplanner.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
