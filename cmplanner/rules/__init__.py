"""The one rules engine: rule metadata from ``resources/rules``, checks in ``checks/``, and
the findings every output (text, JSON, SARIF, the app, the runbook) is made from."""
