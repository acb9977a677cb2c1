"""Question bank: YAML files -> validated items (no Textual, no science stack)."""

from quizapp.bank.loader import Bank, BankSource, Problem, default_sources, load_bank

__all__ = ["Bank", "BankSource", "Problem", "default_sources", "load_bank"]
