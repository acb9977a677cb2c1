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
import zlib
from collections.abc import Iterable, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from pydantic import ValidationError

from quizapp.bank.models import Item, Taxonomy, item_adapter

TAXONOMY_FILE = "taxonomy.yaml"
# Folders of a bank that hold other things than plain items (practical tasks have their own schema).
_SKIP_DIRS = {"practical", "__pycache__"}
# Bump when the models or the loader change what a cached bank would contain.
CACHE_VERSION = "5"


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


class ItemMeta(NamedTuple):
    """What counting and filtering need to know about an item, without its text."""

    id: str
    kind: str
    subject: int
    topic: str
    tags: tuple[str, ...]


class ItemMap(MutableMapping[str, Item]):
    """``id -> item``, holding each item as a compressed pickle until it is first used.

    A learner's session touches a few dozen items; the home screen only counts. Keeping the
    other items as bytes instead of pydantic objects saves several MiB in the TUI process,
    whose peak memory has a budget (DESIGN.md). ``meta`` answers every counting question.
    """

    def __init__(self, items: Iterable[Item] = ()) -> None:
        self._blobs: dict[str, bytes] = {}
        self._live: dict[str, Item] = {}
        self.meta: dict[str, ItemMeta] = {}
        for item in items:
            self[item.id] = item

    def __setitem__(self, key: str, item: Item) -> None:
        self._blobs[key] = zlib.compress(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL), 6)
        self._live[key] = item
        self.meta[key] = ItemMeta(item.id, item.kind, item.subject, item.topic, tuple(item.tags))

    def __getitem__(self, key: str) -> Item:
        item = self._live.get(key)
        if item is None:
            item = self._live[key] = pickle.loads(zlib.decompress(self._blobs[key]))
        return item

    def __delitem__(self, key: str) -> None:
        del self._blobs[key], self.meta[key]
        self._live.pop(key, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self._blobs)

    def __len__(self) -> int:
        return len(self._blobs)

    def __contains__(self, key: object) -> bool:
        return key in self._blobs

    def __getstate__(self) -> dict[str, Any]:
        return {"blobs": self._blobs, "meta": self.meta}  # live objects are rebuilt on use

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._blobs, self.meta, self._live = state["blobs"], state["meta"], {}


@dataclass
class Bank:
    taxonomy: Taxonomy
    items: ItemMap
    problems: list[Problem] = field(default_factory=list)
    locations: dict[str, str] = field(default_factory=dict)  # id -> "file:line"
    user_item_ids: frozenset[str] = frozenset()
    from_cache: bool = False

    def __post_init__(self) -> None:
        if not isinstance(self.items, ItemMap):
            self.items = ItemMap(self.items.values())

    def ids_in_scope(self, scope: str, *kinds: str) -> list[str]:
        """Ids in a scope (``all``, ``s:<subject>`` or ``t:<topic key>``), without loading items."""
        metas: Iterable[ItemMeta] = self.items.meta.values()
        if kinds:
            metas = [m for m in metas if m.kind in kinds]
        if scope == "all":
            return [m.id for m in metas]
        kind, _, value = scope.partition(":")
        if kind == "s":
            return [m.id for m in metas if m.subject == int(value)]
        if kind == "t":
            return [m.id for m in metas if m.topic == value]
        raise ValueError(f"unknown scope {scope!r}")

    def of_kind(self, *kinds: str) -> list[Item]:
        return [self.items[m.id] for m in self.items.meta.values() if m.kind in kinds]

    def in_scope(self, scope: str, *kinds: str) -> list[Item]:
        """Items in a scope: ``all``, ``s:<subject>`` or ``t:<topic key>``."""
        return [self.items[i] for i in self.ids_in_scope(scope, *kinds)]


# --- YAML with line numbers -----------------------------------------------------------------
class _LineDict(dict):
    line: int = 0
    key_lines: dict[Any, int]


class _LineList(list):
    line: int = 0
    item_lines: list[int]


def _parse(text: str, display: str, problems: list[Problem]) -> Any:
    import yaml  # only when parsing: a start from the cache never needs PyYAML

    from quizapp.bank.yamlread import LineLoader

    loader = LineLoader(text)
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
    items = ItemMap()
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
                item = item_adapter().validate_python(raw, context=context)
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
        items = ItemMap()
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
