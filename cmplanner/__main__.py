"""``python -m cmplanner`` runs the command line."""

import sys

from cmplanner.cli.main import main

sys.exit(main())
