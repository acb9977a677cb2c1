"""Load the question bank from YAML: line-aware parsing, validation, content-hash cache.

Parsing uses ``yaml.CSafeLoader`` (libyaml) with two extra constructors that remember the line
of every mapping key and sequence entry, so each pydantic error is reported as
``file:line: field: message``. A file with a syntax error is skipped, an invalid item is
skipped, and everything valid is kept: a broken user file never hides the rest of the bank.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from quizapp.bank.models import ITEM_ADAPTER, Item, Taxonomy

TAXONOMY_FILE = "taxonomy.yaml"
# Folders of a bank that hold other things than plain items (practical tasks have their own schema).
_SKIP_DIRS = {"practical", "__pycache__"}
# Bump when the models or the loader change what a cached bank would contain.
CACHE_VERSION = "3"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in the bank, printed as ``file:line: field: message``."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.field}: " if self.field else ""
        return f"{self.file}:{self.line}: {where}{self.message}"


@dataclass(frozen=True)
class BankSource:
    path: Path
    origin: str = "shipped"  # "shipped" or "user"


@dataclass
class Bank:
    taxonomy: Taxonomy
    items: dict[str, Item]
    problems: list[Problem] = field(default_factory=list)
    locations: dict[str, str] = field(default_factory=dict)  # id -> "file:line"
    user_item_ids: frozenset[str] = frozenset()
    from_cache: bool = False

    def of_kind(self, *kinds: str) -> list[Item]:
        return [item for item in self.items.values() if item.kind in kinds]

    def in_scope(self, scope: str, *kinds: str) -> list[Item]:
        """Items in a scope: ``all``, ``s:<subject>`` or ``t:<topic key>``."""
        items = self.of_kind(*kinds) if kinds else list(self.items.values())
        if scope == "all":
            return items
        kind, _, value = scope.partition(":")
        if kind == "s":
            return [i for i in items if i.subject == int(value)]
        if kind == "t":
            return [i for i in items if i.topic == value]
        raise ValueError(f"unknown scope {scope!r}")


# --- YAML with line numbers -----------------------------------------------------------------
class _LineDict(dict):
    line: int = 0
    key_lines: dict[Any, int]


class _LineList(list):
    line: int = 0
    item_lines: list[int]


class _LineLoader(yaml.CSafeLoader):
    """libyaml parser + safe constructor; containers remember their source lines."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.duplicate_keys: list[tuple[int, str]] = []


def _construct_map(loader: _LineLoader, node: yaml.MappingNode):
    data = _LineDict()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in data.key_lines:
            loader.duplicate_keys.append((key_node.start_mark.line + 1, str(key)))
        data.key_lines[key] = key_node.start_mark.line + 1
        data[key] = loader.construct_object(value_node, deep=False)


def _construct_seq(loader: _LineLoader, node: yaml.SequenceNode):
    data = _LineList()
    data.line = node.start_mark.line + 1
    data.item_lines = [child.start_mark.line + 1 for child in node.value]
    yield data
    data.extend(loader.construct_object(child, deep=False) for child in node.value)


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)


def _parse(text: str, display: str, problems: list[Problem]) -> Any:
    loader = _LineLoader(text)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        message = f"YAML 문법 오류: {exc.problem or exc}"
        if exc.context and exc.context_mark and exc.context_mark.line + 1 != line:
            message += f" ({exc.context_mark.line + 1}번째 줄의 {exc.context.removeprefix('while ')}"
            message += "에서 시작)"
        problems.append(Problem(display, line, "", message))
        return None
    except yaml.YAMLError as exc:
        problems.append(Problem(display, 1, "", f"YAML 문법 오류: {exc}"))
        return None
    finally:
        loader.dispose()
    for line, key in loader.duplicate_keys:
        problems.append(Problem(display, line, key, "같은 키가 한 항목에 두 번 나옵니다"))
    return data


# --- pydantic errors -> file:line: field: message -------------------------------------------
_KOREAN = {
    "missing": "필수 필드가 없습니다",
    "extra_forbidden": "알 수 없는 필드입니다 (오타인지 확인하세요)",
    "int_type": "정수여야 합니다",
    "string_type": "문자열이어야 합니다",
    "list_type": "목록이어야 합니다",
    "bool_type": "참/거짓이어야 합니다",
    "model_type": "매핑(키: 값)이어야 합니다",
    "dict_type": "매핑(키: 값)이어야 합니다",
    "string_too_short": "비어 있으면 안 됩니다",
    "union_tag_not_found": "kind 필드가 없습니다 (mcq, flashcard, code, practical 중 하나)",
    "union_tag_invalid": "알 수 없는 kind입니다 (mcq, flashcard, code, practical 중 하나)",
}


def _message(error: dict[str, Any]) -> str:
    kind = error["type"]
    if kind == "value_error":
        return str(error["ctx"]["error"])
    if kind in ("greater_than_equal", "less_than_equal"):
        return f"값 {error['input']!r}이 허용 범위를 벗어났습니다 ({error['msg']})"
    if kind == "string_pattern_mismatch":
        return f"형식이 맞지 않습니다: {error['input']!r} (허용 패턴 {error['ctx']['pattern']})"
    if kind in ("too_short", "too_long"):
        return f"개수가 허용 범위를 벗어났습니다 ({error['msg']})"
    base = _KOREAN.get(kind)
    if base is None:
        return error["msg"]
    if kind.endswith("_type"):
        return f"{base} (받은 값: {error['input']!r})"
    return base


def _locate(node: Any, loc: Sequence[Any]) -> tuple[int, str]:
    """Follow a pydantic error location through the line-aware data; return line and field."""
    line = getattr(node, "line", 1)
    parts: list[str] = []
    for part in loc:
        parts.append(str(part + 1) if isinstance(part, int) else str(part))
        if isinstance(node, _LineDict) and part in node:
            line = node.key_lines.get(part, line)
            node = node[part]
        elif isinstance(node, _LineList) and isinstance(part, int) and part < len(node):
            line = node.item_lines[part]
            node = node[part]
        else:
            node = None
    return line, ".".join(parts)


def _validation_problems(exc: ValidationError, raw: Any, display: str) -> list[Problem]:
    found = []
    kind = raw.get("kind") if isinstance(raw, dict) else None
    for error in exc.errors(include_url=False):
        loc = list(error["loc"])
        if loc and loc[0] == kind:  # the discriminated union's tag is not a field
            loc = loc[1:]
        if error["type"].startswith("union_tag"):
            loc = ["kind"]
        line, field_name = _locate(raw, loc)
        found.append(Problem(display, line, field_name, _message(error)))
    return found


# --- loading --------------------------------------------------------------------------------
def _display(path: Path) -> str:
    """A path as the learner would type it: relative to the working folder when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def bank_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    found = []
    for path in root.rglob("*.yaml"):
        rel = path.relative_to(root)
        if rel.parts[0] in _SKIP_DIRS or rel == Path(TAXONOMY_FILE):
            continue
        found.append(path)
    return sorted(found)


def load_taxonomy(path: Path, problems: list[Problem]) -> Taxonomy | None:
    display = _display(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        problems.append(Problem(display, 1, "", f"읽을 수 없습니다: {exc.strerror}"))
        return None
    data = _parse(text, display, problems)
    try:
        return Taxonomy.model_validate(data)
    except ValidationError as exc:
        problems.extend(_validation_problems(exc, data, display))
        return None


def _content_hash(taxonomy_bytes: bytes, files: Iterable[tuple[int, Path, bytes]]) -> str:
    digest = hashlib.sha256(CACHE_VERSION.encode())
    digest.update(taxonomy_bytes)
    for index, path, content in files:
        digest.update(f"\0{index}\0{path}\0{len(content)}\0".encode())
        digest.update(content)
    return digest.hexdigest()


def load_bank(
    sources: Sequence[BankSource],
    *,
    taxonomy_path: Path | None = None,
    cache_dir: Path | None = None,
) -> Bank:
    """Load and validate every item under ``sources`` (the first source holds the taxonomy).

    Items from earlier sources win on duplicate ids; later duplicates are reported.
    With ``cache_dir``, a bank whose files hash the same as last time is unpickled instead
    of parsed (the cache lives in the user's own data folder).
    """
    taxonomy_path = taxonomy_path or sources[0].path / TAXONOMY_FILE
    try:
        taxonomy_bytes = taxonomy_path.read_bytes()
    except OSError:
        taxonomy_bytes = b""
    contents: list[tuple[int, Path, bytes]] = []
    unreadable: list[Problem] = []
    for index, source in enumerate(sources):
        for path in bank_files(source.path):
            try:
                contents.append((index, path, path.read_bytes()))
            except OSError as exc:
                unreadable.append(Problem(_display(path), 1, "", f"읽을 수 없습니다: {exc.strerror}"))

    key = _content_hash(taxonomy_bytes, contents)
    cache_file = cache_dir / f"bank-{key[:24]}.pickle" if cache_dir else None
    if cache_file is not None and not unreadable:
        try:
            with cache_file.open("rb") as fh:
                bank = pickle.load(fh)
            bank.from_cache = True
            return bank
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass

    problems: list[Problem] = list(unreadable)
    taxonomy = load_taxonomy(taxonomy_path, problems)
    context = {"topic_subject": taxonomy.topic_subject()} if taxonomy else {}
    items: dict[str, Item] = {}
    locations: dict[str, str] = {}
    user_ids: set[str] = set()
    for index, path, content in contents:
        display = _display(path)
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(Problem(display, 1, "", f"UTF-8 파일이 아닙니다 ({exc.reason})"))
            continue
        data = _parse(text, display, problems)
        if data is None:
            if text.strip():
                continue
            problems.append(Problem(display, 1, "", "빈 파일입니다: 문항 목록(YAML list)이 필요합니다"))
            continue
        if not isinstance(data, list):
            problems.append(
                Problem(display, getattr(data, "line", 1), "", "최상위는 문항 목록(YAML list)이어야 합니다")
            )
            continue
        for position, raw in enumerate(data):
            line = data.item_lines[position]
            try:
                item = ITEM_ADAPTER.validate_python(raw, context=context)
            except ValidationError as exc:
                problems.extend(_validation_problems(exc, raw, display))
                continue
            if item.id in items:
                problems.append(
                    Problem(display, line, "id", f"중복된 id '{item.id}' (처음 나온 곳: {locations[item.id]})")
                )
                continue
            items[item.id] = item
            locations[item.id] = f"{display}:{line}"
            if sources[index].origin == "user":
                user_ids.add(item.id)

    if taxonomy is None:
        # Without a taxonomy nothing can be placed; keep the problems, serve no items.
        taxonomy = Taxonomy.model_construct(subjects=[])
        items = {}
    bank = Bank(
        taxonomy=taxonomy,
        items=items,
        problems=sorted(problems),
        locations=locations,
        user_item_ids=frozenset(user_ids),
    )
    if cache_file is not None and not unreadable:
        _write_cache(cache_file, bank)
    return bank


def _write_cache(cache_file: Path, bank: Bank) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        for old in cache_file.parent.glob("bank-*.pickle"):
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_file.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(bank, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache_file)
    except OSError:
        pass  # a cache that cannot be written only costs the next start a re-parse


def default_sources(user_bank: Path | None = None) -> list[BankSource]:
    from quizapp.paths import shipped_bank_dir, user_bank_dir

    return [
        BankSource(shipped_bank_dir(), "shipped"),
        BankSource(user_bank or user_bank_dir(), "user"),
    ]
