"""The headless ``cmplanner`` command: argument parsing and formatting over the core.

Each subcommand lives in its own module with a ``register(subparsers)`` function; modules import
the core only inside their handlers so that ``--version`` and ``dp check`` stay fast.
"""
