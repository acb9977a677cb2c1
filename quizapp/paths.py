"""Where quizapp keeps its files. Nothing here touches the disk at import time."""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

APP_NAME = "quizapp"
DATA_DIR_ENV = "QUIZAPP_DATA_DIR"


def data_dir() -> Path:
    """The user's data folder: ``$QUIZAPP_DATA_DIR`` or the platform's user data dir."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def ensure_data_dir() -> Path:
    path = data_dir()
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return f"sqlite:///{ensure_data_dir() / 'quizapp.db'}"


def user_bank_dir() -> Path:
    """Folder for the learner's own YAML items, loaded beside the shipped bank."""
    return data_dir() / "bank"


def cache_dir() -> Path:
    return data_dir() / "cache"


def shipped_bank_dir() -> Path:
    return Path(str(files("question_bank")))
