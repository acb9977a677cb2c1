"""Scheduling (fsrs), study queues and sessions. Headless: no Textual import."""
