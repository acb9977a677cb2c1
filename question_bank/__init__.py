"""The shipped question bank: YAML data, located with ``importlib.resources``."""
